// Follow-up planning (/besoksplanering), for coordinators: a site's coaches' week side by side
// (a column per coach, a row per day), the visits no plan could place with why, and "Planera om",
// which plans the site again (seconds of work for the solver) and says what moved. Below, a
// coach's usual week (working hours, travel, where the day starts, weekly commitments), which the
// plans start from: PUT /api/calendars/{id}, then "Planera om" plans with it.

import { api, loadMe } from './api.js';
import {
  byId, clearFieldErrors, currentParams, errorMessage, formatDate, formatTime, h, locateField, options, replace, say,
  showError, today,
} from './ui.js';
import {
  TRAVEL_MODES, UNPLANNED_REASONS, VISIT_KINDS, capitalise, labelOf, loadMySites, loadVocabularies,
} from './vocabulary.js';
import {
  addDays, dayTitle, defaultMonday, mondayFromParam, participantLink, planOutcome, visitCard, visitsByDay, weekTitle,
  workingDays,
} from './visits.js';

const siteSelect = byId('p-site');
const weekMessage = byId('week-message');
const state = { monday: defaultMonday(today()) };
/** The calendar being edited: the coach, the days sent as workingHours (for the API's field names), the places known. */
const calendar = { coachId: '', coaches: [], sentDays: [], places: [], officeLabel: null, weekend: [], weekdays: [] };
const WORKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'];

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
  await initCalendar();
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
    showCoaches(data.coaches ?? []);
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

// --- A coach's week ----------------------------------------------------------------------------

async function initCalendar() {
  const vocabularies = await loadVocabularies();
  calendar.weekdays = vocabularies.weekdays;
  options(byId('cal-travelMode'), TRAVEL_MODES);
  replace(byId('cal-days'), WORKDAYS.map(dayRow));
  byId('cal-coach').addEventListener('change', () => loadCalendar(byId('cal-coach').value));
  byId('cal-add-commitment').addEventListener('click', () => {
    addCommitmentRow({});
    const rows = byId('cal-commitment-rows').children;
    rows[rows.length - 1].querySelector('input').focus();
  });
  byId('cal-form').addEventListener('submit', saveCalendar);
  byId('cal-replan').addEventListener('click', () => {
    byId('plan-title').scrollIntoView({ block: 'start' });
    plan();
  });
}

/** The site's coaches in the list to choose from; the one chosen stays chosen while it is there. */
function showCoaches(coaches) {
  const same = coaches.length === calendar.coaches.length && coaches.every((coach, i) => coach.id === calendar.coaches[i].id);
  if (same) {
    return;
  }
  calendar.coaches = coaches;
  const select = byId('cal-coach');
  const kept = coaches.some((coach) => coach.id === calendar.coachId) ? calendar.coachId : '';
  options(select, coaches.map((coach) => ({ code: coach.id, label: coach.displayName })),
    { placeholder: coaches.length ? 'Välj coach' : 'Verksamheten har inga coacher', value: kept });
  select.disabled = !coaches.length;
  if (!kept) {
    loadCalendar('');
  }
}

function dayName(code) {
  return capitalise(labelOf(calendar.weekdays, code));
}

/** A weekday: "arbetar" and from–to. */
function dayRow(day) {
  const name = dayName(day);
  const works = h('input', { type: 'checkbox', id: `cal-hours-${day}`, checked: true });
  const start = h('input', { type: 'time', id: `cal-hours-${day}-start`, step: 300 });
  const end = h('input', { type: 'time', id: `cal-hours-${day}-end`, step: 300 });
  works.addEventListener('change', () => {
    start.disabled = !works.checked;
    end.disabled = !works.checked;
  });
  return h('li', { class: 'schedule-row', dataset: { day } },
    h('div', { class: 'check day-check' }, works, h('label', { for: works.id }, `${name}: arbetar`)),
    h('div', { class: 'field' }, h('label', { for: start.id, dataset: { name: `${name}, från` } }, 'Från'), start),
    h('div', { class: 'field' }, h('label', { for: end.id, dataset: { name: `${name}, till` } }, 'Till'), end));
}

async function loadCalendar(coachId) {
  calendar.coachId = coachId;
  const form = byId('cal-form');
  say(byId('cal-message'), '');
  say(byId('cal-saved'), '');
  say(byId('cal-error'), '');
  byId('cal-replan').hidden = true;
  if (!coachId) {
    form.hidden = true;
    return;
  }
  form.setAttribute('aria-busy', 'true');
  try {
    const [week, others] = await Promise.all([
      api(`/api/calendars/${encodeURIComponent(coachId)}`),
      knownCalendars(coachId),
    ]);
    if (calendar.coachId !== coachId) {
      return;
    }
    learnPlaces([week, ...others]);
    showCalendar(week);
    form.hidden = false;
  } catch (error) {
    form.hidden = true;
    say(byId('cal-message'), errorMessage(error), 'error');
  } finally {
    form.setAttribute('aria-busy', 'false');
  }
}

/** The calendars of the site's other coaches and your own: where they start and meet are the places to offer. */
async function knownCalendars(coachId) {
  const me = await loadMe().catch(() => null);
  const ids = [...new Set([...calendar.coaches.map((coach) => coach.id), me?.id].filter((id) => id && id !== coachId))];
  const read = await Promise.allSettled(ids.map((id) => api(`/api/calendars/${encodeURIComponent(id)}`)));
  return read.filter((result) => result.status === 'fulfilled').map((result) => result.value);
}

/** The places the calendars name (offices, as the API gives them), each once; and the label of this site's office. */
function learnPlaces(weeks) {
  const places = new Map(calendar.places.map((place) => [place.label, place]));
  const offices = new Map();
  for (const week of weeks) {
    for (const place of [week.base, ...(week.commitments ?? []).map((commitment) => commitment.place)]) {
      if (place?.label && place.point && !places.has(place.label)) {
        places.set(place.label, { label: place.label, point: place.point });
      }
    }
    if (week.site === siteSelect.value && week.base?.label?.startsWith('Kontoret i ')) {
      offices.set(week.base.label, (offices.get(week.base.label) ?? 0) + 1);
    }
  }
  calendar.places = [...places.values()].sort((a, b) => a.label.localeCompare(b.label, 'sv'));
  calendar.officeLabel = [...offices.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

function placeIndex(place) {
  return place?.label ? calendar.places.findIndex((known) => known.label === place.label) : -1;
}

function placeOptions(select, noneLabel, value) {
  options(select, [{ code: '', label: noneLabel },
    ...calendar.places.map((place, i) => ({ code: String(i), label: place.label }))], { value });
}

function showCalendar(week) {
  const form = byId('cal-form');
  clearFieldErrors(form);
  byId('cal-summary').hidden = true;
  const name = calendar.coaches.find((coach) => coach.id === week.accountId)?.displayName ?? 'Coachen';
  byId('cal-form-title').textContent = `${name}s arbetsvecka`;
  const hours = week.workingHours ?? [];
  for (const day of WORKDAYS) {
    const windows = hours.filter((window) => window.day === day);
    const works = windows.length > 0;
    byId(`cal-hours-${day}`).checked = works;
    const start = byId(`cal-hours-${day}-start`);
    const end = byId(`cal-hours-${day}-end`);
    // A day with a break is shown as its first start and last end; saving keeps it as one stretch.
    start.value = works ? formatTime(windows.map((window) => window.start).sort()[0]) : '08:00';
    end.value = works ? formatTime(windows.map((window) => window.end).sort().at(-1)) : '16:30';
    start.disabled = !works;
    end.disabled = !works;
  }
  calendar.weekend = hours.filter((window) => !WORKDAYS.includes(window.day));
  const weekend = byId('cal-weekend');
  weekend.hidden = !calendar.weekend.length;
  weekend.textContent = calendar.weekend.length
    ? `Arbetar också ${calendar.weekend.map((window) => `${dayName(window.day).toLocaleLowerCase('sv-SE')} `
      + `${formatTime(window.start)}–${formatTime(window.end)}`).join(', ')}; det ligger kvar.`
    : '';
  byId('cal-travelMode').value = week.travelMode ?? 'CAR';
  const base = placeIndex(week.base);
  const atOffice = !week.base || week.base.label === calendar.officeLabel || base < 0;
  placeOptions(byId('cal-base'), 'Kontoret (verksamhetens kontor)', atOffice ? '' : String(base));
  replace(byId('cal-commitment-rows'));
  (week.commitments ?? []).forEach(addCommitmentRow);
  renumberCommitments();
}

function addCommitmentRow(commitment) {
  const rows = byId('cal-commitment-rows');
  const title = h('input', { type: 'text', 'data-part': 'title', maxlength: 100, value: commitment.title ?? '' });
  const day = h('select', { 'data-part': 'day' });
  options(day, WORKDAYS.map((code) => ({ code, label: dayName(code) })), { value: commitment.day ?? 'MONDAY' });
  const start = h('input', { type: 'time', 'data-part': 'start', step: 300, value: formatTime(commitment.start) || '09:00' });
  const end = h('input', { type: 'time', 'data-part': 'end', step: 300, value: formatTime(commitment.end) || '10:00' });
  const place = h('select', { 'data-part': 'place' });
  const index = placeIndex(commitment.place);
  placeOptions(place, 'Ingen plats', index < 0 ? '' : String(index));
  const part = (control, label) => h('div', { class: 'field' }, h('label', { 'data-part': control.dataset.part }, label), control);
  const remove = h('button', { type: 'button', class: 'secondary small remove-row' }, 'Ta bort');
  const row = h('li', { class: 'schedule-row commitment-row' },
    part(title, 'Vad'), part(day, 'Dag'), part(start, 'Från'), part(end, 'Till'), part(place, 'Plats'), remove);
  remove.addEventListener('click', () => {
    const index = [...rows.children].indexOf(row);
    row.remove();
    renumberCommitments();
    const next = rows.children[Math.min(index, rows.children.length - 1)];
    (next?.querySelector('input') ?? byId('cal-add-commitment')).focus();
  });
  rows.append(row);
  renumberCommitments();
}

/** Ids follow the rows' order, as the API names them (commitments[1].title → #cal-commitments-1-title). */
function renumberCommitments() {
  const rows = [...byId('cal-commitment-rows').children];
  rows.forEach((row, index) => {
    row.id = `cal-commitments-${index}`;
    for (const label of row.querySelectorAll('label[data-part]')) {
      const control = row.querySelector(`[data-part="${label.dataset.part}"]:not(label)`);
      control.id = `cal-commitments-${index}-${label.dataset.part}`;
      label.htmlFor = control.id;
      label.dataset.name = `Åtagande ${index + 1}, ${label.textContent.toLocaleLowerCase('sv-SE')}`;
    }
    row.querySelector('.remove-row').setAttribute('aria-label', `Ta bort åtagande ${index + 1}`);
  });
  byId('cal-no-commitments').hidden = rows.length > 0;
}

function chosenPlace(select) {
  return select.value === '' ? undefined : calendar.places[Number(select.value)];
}

function calendarPayload() {
  const days = WORKDAYS.filter((day) => byId(`cal-hours-${day}`).checked);
  calendar.sentDays = [...days, ...calendar.weekend.map((window) => window.day)];
  return {
    site: siteSelect.value,
    workingHours: [
      ...days.map((day) => ({ day, start: byId(`cal-hours-${day}-start`).value || null, end: byId(`cal-hours-${day}-end`).value || null })),
      ...calendar.weekend,
    ],
    base: chosenPlace(byId('cal-base')),
    travelMode: byId('cal-travelMode').value,
    commitments: [...byId('cal-commitment-rows').children].map((row) => ({
      title: row.querySelector('[data-part="title"]:not(label)').value.trim(),
      day: row.querySelector('select[data-part="day"]').value,
      start: row.querySelector('input[data-part="start"]').value || null,
      end: row.querySelector('input[data-part="end"]').value || null,
      place: chosenPlace(row.querySelector('select[data-part="place"]')),
    })),
  };
}

/** The control an error of the API names: workingHours[i] is the i-th day sent. */
function locateCalendarField(field) {
  const hours = field.match(/^workingHours\[(\d+)\](?:\.(\w+))?/);
  if (hours) {
    const day = calendar.sentDays[Number(hours[1])];
    return (day && WORKDAYS.includes(day)
      ? byId(`cal-hours-${day}-${hours[2] === 'start' ? 'start' : hours[2] === 'end' ? 'end' : 'start'}`)
      : null) ?? byId('cal-workingHours');
  }
  if (field === 'workingHours') {
    return byId('cal-workingHours');
  }
  return locateField('cal', field);
}

async function saveCalendar(event) {
  event.preventDefault();
  const form = byId('cal-form');
  const button = byId('cal-save');
  const coachId = calendar.coachId;
  button.disabled = true;
  say(byId('cal-saved'), '');
  byId('cal-replan').hidden = true;
  try {
    const payload = calendarPayload();
    if (!payload.workingHours.length) {
      clearFieldErrors(form);
      say(byId('cal-error'), 'Coachen behöver arbeta minst en dag. Bocka i minst en dag.', 'error');
      byId(`cal-hours-${WORKDAYS[0]}`).focus();
      return;
    }
    const week = await api(`/api/calendars/${encodeURIComponent(coachId)}`, { method: 'PUT', json: payload });
    showCalendar(week);
    say(byId('cal-error'), '');
    say(byId('cal-saved'), 'Sparat. Planera om för att planera besöken efter den nya veckan: tryck på ”Planera om nu” '
      + 'eller på ”Planera om” högst upp.', 'success');
    byId('cal-replan').hidden = false;
  } catch (error) {
    showError(error, { region: byId('cal-error'), root: form, locate: locateCalendarField, summary: byId('cal-summary') });
  } finally {
    button.disabled = false;
  }
}
