// A coach's visits (/besok): the week as a calendar (day columns on a wide screen, a day list on
// a phone, or one day), each visit with the forms to record it done or move it; the coach's
// queues; and days away, after which the site is planned again and the page says what moved.

import { ApiError, api, loadMe } from './api.js';
import {
  byId, clearFieldErrors, currentParams, errorMessage, formatDate, h, locateField, options, replace, say, setOrDelete,
  showError, today,
} from './ui.js';
import { ABSENCE_KINDS, QUEUE_KINDS, labelOf } from './vocabulary.js';
import {
  addDays, dateOf, dayTitle, defaultMonday, mondayFromParam, participantLink, planOutcome, timeOf, visitCard, visitsByDay,
  weekTitle, workingDays,
} from './visits.js';

const weekRegion = byId('week');
const weekMessage = byId('week-message');
const absenceForm = byId('absence-form');

const state = { me: null, monday: defaultMonday(today()), view: 'week', day: null, week: null, absences: [] };

init();

async function init() {
  try {
    state.me = await loadMe();
  } catch (error) {
    say(byId('page-message'), errorMessage(error), 'error');
    return;
  }
  options(byId('a-kind'), ABSENCE_KINDS, { value: 'SICK' });
  byId('a-from').value = today();
  byId('a-until').value = today();
  byId('a-from').addEventListener('change', () => {
    if (!byId('a-until').value || byId('a-until').value < byId('a-from').value) {
      byId('a-until').value = byId('a-from').value;
    }
  });
  readAddress();
  byId('week-prev').addEventListener('click', () => showWeek(addDays(state.monday, -7)));
  byId('week-next').addEventListener('click', () => showWeek(addDays(state.monday, 7)));
  byId('week-now').addEventListener('click', () => showWeek(defaultMonday(today())));
  byId('view-week').addEventListener('click', () => setView('week'));
  byId('view-day').addEventListener('click', () => setView('day'));
  byId('day-select').addEventListener('change', (event) => {
    state.day = event.target.value;
    keepInAddress();
    renderWeek();
  });
  window.addEventListener('popstate', () => {
    readAddress();
    loadWeek();
  });
  absenceForm.addEventListener('submit', reportAbsence);
  await Promise.all([loadWeek(), loadQueues(), loadAbsences()]);
}

// --- The address: ?vecka=<Monday>&vy=dag&dag=<day> --------------------------------------------------

function readAddress() {
  const params = currentParams();
  state.monday = mondayFromParam(params.get('vecka'), defaultMonday(today()));
  state.view = params.get('vy') === 'dag' ? 'day' : 'week';
  const days = workingDays(state.monday);
  const wanted = params.get('dag');
  state.day = days.includes(wanted) ? wanted : days.includes(today()) ? today() : days[0];
}

function keepInAddress() {
  const params = currentParams();
  params.set('vecka', state.monday);
  setOrDelete(params, 'vy', state.view === 'day' ? 'dag' : '');
  setOrDelete(params, 'dag', state.view === 'day' ? state.day : '');
  history.pushState(null, '', `?${params}`);
}

function showWeek(monday) {
  state.monday = monday;
  const days = workingDays(monday);
  state.day = days.includes(today()) ? today() : days[0];
  keepInAddress();
  say(weekMessage, '');
  loadWeek();
}

function setView(view) {
  state.view = view;
  keepInAddress();
  renderWeek();
}

// --- The week --------------------------------------------------------------------------------------

async function loadWeek() {
  weekRegion.setAttribute('aria-busy', 'true');
  byId('week-title').textContent = weekTitle(state.monday);
  try {
    state.week = await api('/api/follow-up/visits', { query: { from: state.monday, until: addDays(state.monday, 6) } });
    renderWeek();
  } catch (error) {
    replace(weekRegion);
    say(weekMessage, errorMessage(error), 'error');
  } finally {
    weekRegion.setAttribute('aria-busy', 'false');
  }
}

function renderWeek() {
  const days = workingDays(state.monday);
  const day = state.view === 'day';
  byId('view-week').setAttribute('aria-pressed', String(!day));
  byId('view-day').setAttribute('aria-pressed', String(day));
  byId('day-choice').hidden = !day;
  options(byId('day-select'), days.map((iso) => ({ code: iso, label: dayTitle(iso) })), { value: state.day });
  if (!state.week) {
    return;
  }
  const byDay = visitsByDay(state.week.visits ?? []);
  const shown = day ? [state.day] : days;
  const weekend = (state.week.visits ?? []).filter((visit) => !days.includes(dateOf(visit.appointment?.start))).length;
  replace(weekRegion,
    h('div', { class: `week-grid${day ? ' one-day' : ''}` }, shown.map((iso) => daySection(iso, byDay.get(iso) ?? []))),
    weekend ? h('p', { class: 'hint' }, `Dessutom ${weekend} besök på helgen.`) : null);
}

function daySection(iso, visits) {
  const titleId = `day-${iso}`;
  const away = state.absences.find((absence) => absence.from <= iso && iso <= absence.until);
  return h('section', { class: `day${iso === today() ? ' today' : ''}`, 'aria-labelledby': titleId, dataset: { day: iso } },
    h('h3', { id: titleId }, dayTitle(iso), iso === today() ? h('span', { class: 'hint-inline' }, ' (i dag)') : null,
      h('span', { class: 'day-count' }, visits.length === 1 ? ' · 1 besök' : ` · ${visits.length} besök`)),
    away ? h('p', { class: 'day-away' }, h('span', { class: 'status status-AWAY' }, `Frånvarande: ${labelOf(ABSENCE_KINDS, away.kind)}`))
      : null,
    visits.length
      ? h('ol', { class: 'visit-list' }, visits.map((visit) => visitCard(visit, {
        actions: visit.completion ? [] : h('div', { class: 'visit-actions' }, doneForm(visit), moveForm(visit)),
      })))
      : h('p', { class: 'hint' }, 'Inga besök.'));
}

let forms = 0;

/** "Genomfört": the day it was done (the visit's day, or today if that is later) and a short note. */
function doneForm(visit) {
  const key = `v${++forms}`;
  const day = dateOf(visit.appointment?.start);
  const error = h('div', { id: `${key}-error`, role: 'alert', 'aria-live': 'assertive', hidden: true });
  const form = h('form', { novalidate: true, class: 'visit-form' },
    field(`${key}-on`, 'Genomfört den', h('input', { type: 'date', id: `${key}-on`, name: 'on', required: true,
      value: day && day < today() ? day : today(), max: today() })),
    field(`${key}-note`, h('span', {}, 'Anteckning ', h('span', { class: 'hint' }, 'Kort, högst 500 tecken. Inga hälsouppgifter.')),
      h('textarea', { id: `${key}-note`, name: 'note', rows: 3, maxlength: 500 })),
    error,
    h('div', { class: 'actions compact' }, h('button', { type: 'submit', class: 'small' }, 'Spara som genomfört')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = Object.fromEntries([...new FormData(form).entries()].filter(([, value]) => value !== ''));
    await change(form, error, key, `/api/follow-up/visits/${encodeURIComponent(visit.id)}/done`, data,
      `Besöket hos ${visit.participantId} är markerat som genomfört.`, 'Besöket är redan markerat som genomfört.');
  });
  return h('details', { class: 'visit-step done-step' }, h('summary', {}, 'Genomfört'), form);
}

/** "Flytta": a weekday and a quarter-hour inside the visit's window. */
function moveForm(visit) {
  const key = `v${++forms}`;
  const due = visit.window ?? {};
  const error = h('div', { id: `${key}-error`, role: 'alert', 'aria-live': 'assertive', hidden: true });
  const form = h('form', { novalidate: true, class: 'visit-form' },
    h('p', { class: 'hint' }, `En vardag ${formatDate(due.earliest)} – ${formatDate(due.latest)}, på hel kvart.`),
    h('fieldset', { id: `${key}-start`, class: 'plain' }, h('legend', {}, 'Ny tid för besöket'),
      field(`${key}-start-day`, 'Dag', h('input', { type: 'date', id: `${key}-start-day`, name: 'day', required: true,
        min: due.earliest, max: due.latest, value: dateOf(visit.appointment?.start) })),
      field(`${key}-start-time`, 'Klockslag', h('input', { type: 'time', id: `${key}-start-time`, name: 'time', required: true,
        step: 900, value: timeOf(visit.appointment?.start) }))),
    error,
    h('div', { class: 'actions compact' }, h('button', { type: 'submit', class: 'small' }, 'Flytta besöket')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const { day, time } = Object.fromEntries(new FormData(form));
    await change(form, error, key, `/api/follow-up/visits/${encodeURIComponent(visit.id)}/move`,
      { start: day && time ? `${day}T${time}:00` : null }, `Besöket hos ${visit.participantId} är flyttat.`);
  });
  return h('details', { class: 'visit-step move-step' }, h('summary', {}, 'Flytta'), form);
}

async function change(form, error, key, path, json, done, conflict) {
  const button = form.querySelector('button[type=submit]');
  button.disabled = true;
  try {
    await api(path, { method: 'POST', json });
    await Promise.all([loadWeek(), loadQueues()]);
    say(weekMessage, done, 'success');
    byId('week-title').focus();
  } catch (failure) {
    if (conflict && failure instanceof ApiError && failure.status === 409) {
      say(error, conflict, 'error');
    } else {
      showError(failure, { region: error, root: form, locate: (name) => locateField(key, name) });
    }
  } finally {
    button.disabled = false;
  }
}

function field(id, label, control) {
  return h('div', { class: 'field' }, h('label', { for: id }, label), control);
}

// --- The queues ------------------------------------------------------------------------------------

async function loadQueues() {
  const container = byId('queues');
  container.setAttribute('aria-busy', 'true');
  try {
    const entries = await api('/api/follow-up/queues');
    const groups = QUEUE_KINDS.map((kind) => ({ kind, entries: entries.filter((entry) => entry.kind === kind.code) }))
      .filter((group) => group.entries.length);
    replace(container, groups.length
      ? h('div', { class: 'queues' }, groups.map((group) => h('details', { class: 'queue', open: group.entries.length <= 10,
        dataset: { queue: group.kind.code } },
      h('summary', {}, h('h3', { id: `queue-${group.kind.code}` }, `${group.kind.label} (${group.entries.length})`)),
      h('ul', { class: 'queue-list', 'aria-labelledby': `queue-${group.kind.code}` }, group.entries.map((entry) => h('li',
        { dataset: { participant: entry.participantId } },
        participantLink(entry.participantId), ' ', h('span', { class: 'nowrap hint-inline' }, formatDate(entry.date))))))))
      : h('p', {}, 'Inget väntar i dina köer.'));
    say(byId('queues-message'), '');
  } catch (error) {
    say(byId('queues-message'), errorMessage(error), 'error');
  } finally {
    container.setAttribute('aria-busy', 'false');
  }
}

// --- Days away -------------------------------------------------------------------------------------

async function loadAbsences() {
  try {
    const calendar = await api(`/api/calendars/${encodeURIComponent(state.me.id)}`);
    renderAbsences(calendar.absences ?? []);
    renderWeek();
  } catch (error) {
    say(byId('absences-message'), errorMessage(error), 'error');
  }
}

function renderAbsences(absences) {
  state.absences = absences;
  const coming = absences.filter((absence) => absence.until >= today()).sort((a, b) => a.from.localeCompare(b.from));
  replace(byId('absences'), coming.length
    ? h('ul', { class: 'absence-list' }, coming.map((absence) => h('li', {},
      `${labelOf(ABSENCE_KINDS, absence.kind)}: ${formatDate(absence.from)}`,
      absence.until !== absence.from ? ` – ${formatDate(absence.until)}` : '', ' ',
      h('button', { type: 'button', class: 'link small', onclick: () => takeBack(absence) },
        h('span', {}, 'Ta bort'), h('span', { class: 'visually-hidden' }, ` frånvaron ${formatDate(absence.from)}`)))))
    : h('p', { class: 'hint' }, 'Ingen frånvaro anmäld framåt.'));
}

async function reportAbsence(event) {
  event.preventDefault();
  const json = Object.fromEntries([...new FormData(absenceForm).entries()].filter(([, value]) => value !== ''));
  await replan(() => api(`/api/calendars/${encodeURIComponent(state.me.id)}/absences`, { method: 'POST', json }),
    'Frånvaron är anmäld.');
}

async function takeBack(absence) {
  await replan(() => api(`/api/calendars/${encodeURIComponent(state.me.id)}/absences`,
    { method: 'DELETE', query: { from: absence.from, until: absence.until } }), 'Frånvaron är borttagen.');
}

/** Sends a change of days away and shows the re-plan that follows it: it takes a few seconds. */
async function replan(call, done) {
  const button = byId('absence-save');
  const status = byId('absence-status');
  button.disabled = true;
  absenceForm.setAttribute('aria-busy', 'true');
  status.replaceChildren(h('span', { class: 'spinner', 'aria-hidden': 'true' }), ' Planerar om dina besök …');
  try {
    const result = await call();
    clearFieldErrors(absenceForm);
    byId('absence-summary').hidden = true;
    say(byId('absence-error'), '');
    status.textContent = done;
    renderAbsences(result.calendar?.absences ?? []);
    replace(byId('absence-result'), h('div', { class: 'notice info' }, planOutcome(result.plan, 'absence')));
    byId('absence-result').focus();
    await Promise.all([loadWeek(), loadQueues()]);
  } catch (error) {
    status.textContent = '';
    showError(error, { region: byId('absence-error'), root: absenceForm, locate: (field) => locateField('a', field),
      summary: byId('absence-summary') });
  } finally {
    button.disabled = false;
    absenceForm.setAttribute('aria-busy', 'false');
  }
}
