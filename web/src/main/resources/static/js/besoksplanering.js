// Follow-up planning (/besoksplanering), for coordinators: a site's coaches' week side by side
// (a column per coach, a row per day), the visits no plan could place with why, and "Planera om",
// which plans the site again (seconds of work for the solver) and says what moved.

import { api } from './api.js';
import { byId, currentParams, errorMessage, formatDate, h, options, replace, say, today } from './ui.js';
import { UNPLANNED_REASONS, VISIT_KINDS, labelOf, loadMySites } from './vocabulary.js';
import {
  addDays, dayTitle, defaultMonday, mondayFromParam, participantLink, planOutcome, visitCard, visitsByDay, weekTitle,
  workingDays,
} from './visits.js';

const siteSelect = byId('p-site');
const weekMessage = byId('week-message');
const state = { monday: defaultMonday(today()) };

init();

async function init() {
  const sites = await loadMySites();
  if (!sites.length) {
    say(byId('page-message'), 'Du är inte samordnare för någon verksamhet.', 'error');
    return;
  }
  const params = currentParams();
  const terms = sites.map((site) => ({ code: site.id, label: site.name }));
  const wanted = params.get('verksamhet');
  options(siteSelect, terms, { value: terms.some((term) => term.code === wanted) ? wanted : terms[0].code });
  state.monday = mondayFromParam(params.get('vecka'), defaultMonday(today()));
  siteSelect.addEventListener('change', () => {
    replace(byId('plan-result'));
    byId('plan-status').textContent = '';
    show(state.monday);
  });
  byId('week-prev').addEventListener('click', () => show(addDays(state.monday, -7)));
  byId('week-next').addEventListener('click', () => show(addDays(state.monday, 7)));
  byId('week-now').addEventListener('click', () => show(defaultMonday(today())));
  byId('plan-run').addEventListener('click', plan);
  window.addEventListener('popstate', () => {
    const again = currentParams();
    if (again.get('verksamhet') && [...siteSelect.options].some((option) => option.value === again.get('verksamhet'))) {
      siteSelect.value = again.get('verksamhet');
    }
    state.monday = mondayFromParam(again.get('vecka'), defaultMonday(today()));
    load();
  });
  await load();
}

function show(monday) {
  state.monday = monday;
  const params = currentParams();
  params.set('verksamhet', siteSelect.value);
  params.set('vecka', monday);
  history.pushState(null, '', `?${params}`);
  say(weekMessage, '');
  load();
}

async function load() {
  const week = byId('site-week');
  const unplanned = byId('unplanned');
  byId('week-title').textContent = weekTitle(state.monday);
  week.setAttribute('aria-busy', 'true');
  unplanned.setAttribute('aria-busy', 'true');
  try {
    const data = await api('/api/follow-up/site-visits',
      { query: { site: siteSelect.value, from: state.monday, until: addDays(state.monday, 6) } });
    replace(week, weekTable(data));
    replace(unplanned, unplannedTable(data));
  } catch (error) {
    replace(week);
    replace(unplanned);
    say(weekMessage, errorMessage(error), 'error');
  } finally {
    week.setAttribute('aria-busy', 'false');
    unplanned.setAttribute('aria-busy', 'false');
  }
}

function weekTable(data) {
  const coaches = data.coaches ?? [];
  if (!coaches.length) {
    return h('p', {}, 'Verksamheten har inga aktiva personliga coacher.');
  }
  const days = workingDays(state.monday);
  const planned = data.visits ?? [];
  const byCoach = new Map(coaches.map((coach) => [coach.id,
    visitsByDay(planned.filter((visit) => visit.appointment?.visitorId === coach.id))]));
  const total = planned.length;
  return [
    h('p', { class: 'hint', id: 'site-week-count' }, total === 1 ? '1 planerat besök den här veckan.' : `${total} planerade besök den här veckan.`),
    h('div', { class: 'table-wrap', role: 'region', 'aria-label': 'Coachernas vecka', tabindex: '0' },
      h('table', { class: 'site-week' },
        h('caption', { class: 'visually-hidden' }, `Coachernas besök, ${weekTitle(state.monday)}`),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Dag'),
          coaches.map((coach) => h('th', { scope: 'col', dataset: { coach: coach.id } }, coach.displayName)))),
        h('tbody', {}, days.map((iso) => h('tr', { dataset: { day: iso }, class: iso === today() ? 'today' : null },
          h('th', { scope: 'row' }, dayTitle(iso)),
          coaches.map((coach) => {
            const visits = byCoach.get(coach.id).get(iso) ?? [];
            return h('td', { dataset: { coach: coach.id } }, visits.length
              ? h('ol', { class: 'visit-list compact' }, visits.map((visit) => visitCard(visit)))
              : h('span', { class: 'hint' }, '–'));
          })))))),
  ];
}

function unplannedTable(data) {
  const left = data.unplanned ?? [];
  if (!left.length) {
    return h('p', {}, 'Alla besök den här veckan är planerade.');
  }
  const names = new Map((data.coaches ?? []).map((coach) => [coach.id, coach.displayName]));
  return h('table', { class: 'stack unplanned-table' },
    h('caption', { class: 'visually-hidden' }, 'Besök som inte gick att planera, med orsak'),
    h('thead', {}, h('tr', {}, ['Deltagare', 'Besök', 'Ska göras', 'Coach', 'Orsak'].map((title) => h('th', { scope: 'col' }, title)))),
    h('tbody', {}, left.map((visit) => h('tr', { dataset: { visit: visit.id } },
      h('th', { scope: 'row', 'data-label': 'Deltagare' }, participantLink(visit.participantId)),
      h('td', { 'data-label': 'Besök' }, labelOf(VISIT_KINDS, visit.kind)),
      h('td', { 'data-label': 'Ska göras' }, `${formatDate(visit.window?.earliest)} – ${formatDate(visit.window?.latest)}`),
      h('td', { 'data-label': 'Coach' }, visit.coachId ? names.get(visit.coachId) ?? 'Coach vid annan verksamhet' : 'Ingen'),
      h('td', { 'data-label': 'Orsak' }, labelOf(UNPLANNED_REASONS, visit.unplanned))))));
}

/** The period to plan: four weeks from today (the server's default), or from the week shown when it lies further ahead. */
function period() {
  const horizon = addDays(today(), 27);
  if (state.monday > horizon) {
    return { from: state.monday, until: addDays(state.monday, 27) };
  }
  return {};
}

async function plan() {
  const button = byId('plan-run');
  const status = byId('plan-status');
  const result = byId('plan-result');
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  result.setAttribute('aria-busy', 'true');
  say(byId('plan-error'), '');
  status.replaceChildren(h('span', { class: 'spinner', 'aria-hidden': 'true' }), ' Planerar om … det kan ta upp till en halv minut.');
  try {
    const run = await api('/api/follow-up/plans', { method: 'POST', json: { site: siteSelect.value, ...period() } });
    status.textContent = `Klart: planerat på ${Math.max(1, Math.round((run.tookMillis ?? 0) / 1000))} s.`;
    replace(result, h('div', { class: 'notice info' }, planOutcome(run, 'plan')));
    await load();
    result.focus();
  } catch (error) {
    status.textContent = '';
    say(byId('plan-error'), errorMessage(error), 'error');
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
    result.setAttribute('aria-busy', 'false');
  }
}
