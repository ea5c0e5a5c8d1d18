// A participant's course in the programme, on their page: the stint (inskrivning) with its dated
// steps and its last day, the current placement's path, and the steps that may come next as small
// forms. The server decides what is allowed (allowedSteps) and who may take a step; the page offers
// only what the server allows for the signed-in person's role, and shows a refusal as it comes.

import { api } from './api.js';
import { byId, formatDate, formatInstant, h, prop, replace, say, showError, waitingText } from './ui.js';
import { COMPENSATIONS, ENDINGS, EXIT_OUTCOMES } from './vocabulary.js';

/** What a stint's steps are called on the page. */
const STINT_STEPS = {
  QUEUE: 'Remiss mottagen (remisskö)',
  ADMIT: 'Antagen av remissgruppen',
  ENROL: 'Inskriven',
  COMPENSATION: 'Ny ersättningsform',
  READY: 'Redo för placering',
  BACK_TO_MAPPING: 'Åter till kartläggning',
  EXIT: 'Avslutad',
  CORRECT: 'Rättelse',
};

const PLACEMENT_STEPS_DUE = {
  ANSWER_STUDY_VISIT: 'Registrera svaret efter studiebesöket',
  START_TRIAL: 'Starta provotiden',
  EXTEND: 'Besluta om förlängning',
};

/**
 * Shows the course in `#course`. `who`: { coordinates, coaches } (may the signed-in person act as
 * the participant's coordinator, or as their coach); `changed`: called after a step, to refresh.
 */
export async function showCourse(participantId, who, changed) {
  const section = byId('course');
  const message = byId('course-message');
  let stints;
  let placements;
  try {
    [stints, placements] = await Promise.all([
      api(`/api/participants/${encodeURIComponent(participantId)}/stints`),
      api(`/api/participants/${encodeURIComponent(participantId)}/placements`),
    ]);
  } catch (error) {
    section.hidden = false;
    say(message, 'Inskrivningen kunde inte hämtas.', 'error');
    return;
  }
  const titles = await slotTitles(placements);
  const stint = stints[0];
  const placement = placements.find((candidate) => candidate.path?.standing === 'STUDY_VISIT'
    || candidate.path?.standing === 'IN_TRAINING') ?? null;
  const act = async (call, done) => {
    await call();
    say(message, done, 'success');
    await changed();
    byId('course-title').focus();
  };
  replace(byId('stint'), stint ? stintView(stint) : h('p', {}, 'Ingen inskrivning är registrerad.'));
  replace(byId('stint-actions'), stint ? stintActions(stint, placement, who, act) : null);
  replace(byId('placement'), placement ? placementView(placement, titles) : nextPlacementHint(stint));
  replace(byId('placement-actions'), placement ? placementActions(placement, who, act) : null);
  replace(byId('earlier-placements'), earlierPlacements(placements.filter((candidate) => candidate !== placement), titles));
  section.hidden = false;
}

/** The titles of the placements' slots, by slot id; a slot that cannot be read shows as its id. */
async function slotTitles(placements) {
  const ids = [...new Set(placements.map((placement) => placement.slotId))];
  const slots = await Promise.all(ids.map((id) => api(`/api/slots/${encodeURIComponent(id)}`).catch(() => null)));
  return new Map(slots.filter(Boolean).map((slot) => [slot.id, slot.title]));
}

// --- The stint --------------------------------------------------------------------------------

function stintView(stint) {
  return [
    h('dl', { class: 'props' },
      prop('Inskrivning', stint.stageLabel),
      prop('Inskriven', formatDate(stint.enrolledOn)),
      prop('Ersättning', stint.compensationLabel),
      stint.readySince ? prop('Väntetid', waitingText(stint.readySince)) : null,
      prop('Sista dag', stint.lastDay ? formatDate(stint.lastDay) : null),
      stint.outcomeLabel ? prop('Utfall', stint.outcomeLabel) : null),
    stint.nearsLastDay ? h('p', { class: 'message message-info', role: 'note' },
      `Inskrivningen når sitt år ${formatDate(stint.lastDay)}: planera avslutet.`) : null,
    timeline('Inskrivningens steg', stint.steps.map((step) => ({
      on: step.on,
      what: [STINT_STEPS[step.kind] ?? step.kind, step.compensationLabel, step.outcomeLabel, step.reason]
        .filter(Boolean).join(' – '),
      by: step.recordedBy,
      at: step.recordedAt,
    }))),
  ];
}

function stintActions(stint, placement, who, act) {
  const allowed = new Set(stint.allowedSteps);
  const underWay = placement !== null;
  const staff = who.coordinates || who.coaches;
  const base = `/api/stints/${encodeURIComponent(stint.id)}`;
  return [
    staff && allowed.has('READY') ? stepForm({
      id: 'ready', title: 'Redo för placering', fields: [dateField('on', 'Från och med')],
      submit: (values) => act(() => api(`${base}/ready`, { method: 'POST', json: values }), 'Deltagaren står nu på väntelistan.'),
    }) : null,
    staff && allowed.has('COMPENSATION') ? stepForm({
      id: 'compensation', title: 'Ändra ersättningsform',
      fields: [dateField('on', 'Från och med'), selectField('compensation', 'Ersättningsform', COMPENSATIONS)],
      submit: (values) => act(() => api(`${base}/compensation`, { method: 'POST', json: values }), 'Ersättningsformen är ändrad.'),
    }) : null,
    staff && !underWay && allowed.has('BACK_TO_MAPPING') ? stepForm({
      id: 'mapping', title: 'Åter till kartläggning', fields: [dateField('on', 'Från och med')],
      submit: (values) => act(() => api(`${base}/mapping`, { method: 'POST', json: values }), 'Deltagaren är åter i kartläggning.'),
    }) : null,
    staff && allowed.has('EXIT') ? stepForm({
      id: 'exit', title: 'Avsluta inskrivningen',
      hint: underWay ? 'Placeringen avslutas samtidigt.' : null,
      fields: [dateField('on', 'Sista dag'), selectField('outcome', 'Utfall', EXIT_OUTCOMES),
        dateField('afUntil', 'Arbetsförmedlingens period till och med', { optional: true,
          hint: 'Vid överlämning till Arbetsförmedlingen under en placering: AF tar över platsen' })],
      submit: (values) => act(() => api(`${base}/exit`, { method: 'POST', json: values }), 'Inskrivningen är avslutad.'),
    }) : null,
    who.coordinates && !underWay && allowed.has('CORRECT') ? stepForm({
      id: 'stint-correct', title: 'Rätta senaste steget',
      fields: [dateField('on', 'Datum'), textField('reason', 'Varför')],
      submit: (values) => act(() => api(`${base}/corrections`, { method: 'POST', json: values }), 'Steget är rättat.'),
    }) : null,
  ];
}

// --- The placement ----------------------------------------------------------------------------

function placementView(placement, titles) {
  const path = placement.path;
  const period = path.currentPeriod;
  const due = path.allowedSteps.map((step) => PLACEMENT_STEPS_DUE[step.kind]).find(Boolean);
  return [
    h('dl', { class: 'props' },
      prop('Placering', `${path.stageLabel} (${placement.reference})`),
      prop('Plats', titles.get(placement.slotId) ?? placement.slotId),
      period ? prop('Nuvarande period', `${formatDate(period.start)}–${formatDate(period.end)}, ${period.weeklyHours} tim/vecka`
        + (period.shortened ? ' (kortad till inskrivningens sista dag)' : '')) : null,
      due ? prop('Nästa steg', due) : null),
    timeline('Placeringens steg', path.steps.map((step) => ({
      on: step.on, what: [step.label, step.reason].filter(Boolean).join(' – '), by: step.recordedBy, at: step.recordedAt,
    }))),
  ];
}

function placementActions(placement, who, act) {
  const allowed = new Set(placement.path.allowedSteps.map((step) => step.kind));
  const staff = who.coordinates || who.coaches;
  const base = `/api/placements/${encodeURIComponent(placement.id)}`;
  return [
    staff && allowed.has('ANSWER_STUDY_VISIT') ? stepForm({
      id: 'answer', title: 'Svar efter studiebesöket',
      fields: [dateField('on', 'Datum'), selectField('trial', 'Svar', [
        { code: 'true', label: 'Ja, vidare till provotid' }, { code: 'false', label: 'Nej, ingen provotid' }]),
      textField('reason', 'Varför inte', { optional: true })],
      submit: ({ on, trial, reason }) => act(() => api(`${base}/answer`, {
        method: 'POST', json: { on, trial: trial === 'true', reason },
      }), 'Svaret är registrerat.'),
    }) : null,
    who.coordinates && allowed.has('START_TRIAL') ? stepForm({
      id: 'trial', title: 'Starta provotiden', hint: 'Tre veckor om inget annat anges.',
      fields: [dateField('start', 'Första dag'), dateField('end', 'Sista dag', { optional: true }), ...termsFields()],
      submit: (values) => act(() => api(`${base}/trial`, { method: 'POST', json: terms(values) }), 'Provotiden har startat.'),
    }) : null,
    staff && allowed.has('EXTEND') ? stepForm({
      id: 'extend', title: 'Förläng en månad', hint: 'Från dagen efter nuvarande period, med de tider som gäller då.',
      fields: [dateField('decidedOn', 'Beslutad'), ...termsFields()],
      submit: (values) => act(() => api(`${base}/extensions`, { method: 'POST', json: terms(values) }), 'Förlängningen är registrerad.'),
    }) : null,
    staff && allowed.has('END') ? stepForm({
      id: 'end', title: 'Avsluta placeringen',
      fields: [dateField('on', 'Sista dag'), selectField('type', 'Hur den slutade', ENDINGS),
        textField('reason', 'Varför (vid avbruten provotid)', { optional: true }),
        dateField('until', 'Arbetsförmedlingens period till och med', { optional: true })],
      submit: ({ on, type, reason, until }) => act(() => api(`${base}/end`, {
        method: 'POST', json: { on, ending: ending(type, reason, until) },
      }), 'Placeringen är avslutad.'),
    }) : null,
    who.coordinates && allowed.has('CORRECT') ? stepForm({
      id: 'placement-correct', title: 'Rätta placeringens senaste steg',
      fields: [dateField('on', 'Datum'), textField('reason', 'Varför')],
      submit: (values) => act(() => api(`${base}/corrections`, { method: 'POST', json: values }), 'Steget är rättat.'),
    }) : null,
  ];
}

/** The ending the form's choice means: work and studies are one type with a destination. */
function ending(choice, reason, until) {
  if (choice === 'WORK' || choice === 'STUDIES') {
    return { type: 'WORK_OR_STUDIES', destination: choice };
  }
  return { type: choice, reason, until };
}

function nextPlacementHint(stint) {
  return h('p', {}, stint?.stage === 'READY'
    ? 'Ingen placering pågår. Boka ett studiebesök från förslagen.'
    : 'Ingen placering pågår.');
}

function earlierPlacements(placements, titles) {
  if (!placements.length) {
    return null;
  }
  const endingOf = (path) => [...path.steps].reverse().find((step) => step.ending)?.ending.label;
  return [h('h3', {}, 'Tidigare placeringar'), h('ul', {}, placements.map((placement) => h('li', {},
    `${titles.get(placement.slotId) ?? placement.slotId}: ${endingOf(placement.path) ?? placement.path.stageLabel}`)))];
}

// --- Shared pieces ----------------------------------------------------------------------------

function timeline(caption, rows) {
  return h('table', { class: 'stack timeline' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ['Datum', 'Steg', 'Registrerat av'].map((title) => h('th', { scope: 'col' }, title)))),
    h('tbody', {}, rows.map((row) => h('tr', {},
      h('td', { 'data-label': 'Datum' }, formatDate(row.on)),
      h('th', { scope: 'row', 'data-label': 'Steg' }, row.what),
      h('td', { 'data-label': 'Registrerat av' }, `${row.by ?? ''} ${formatInstant(row.at)}`.trim())))));
}

function today() {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function dateField(name, label, { optional = false, hint } = {}) {
  return { name, label, hint, optional, control: (id) => h('input', { type: 'date', id, name, value: optional ? '' : today(),
    required: !optional }) };
}

function textField(name, label, { optional = false } = {}) {
  return { name, label, optional, control: (id) => h('input', { type: 'text', id, name, maxlength: 500, required: !optional }) };
}

function numberField(name, label) {
  return { name, label, control: (id) => h('input', { type: 'number', id, name, min: 1, max: 40, required: true }) };
}

function timeField(name, label, value) {
  return { name, label, control: (id) => h('input', { type: 'time', id, name, value, required: true }) };
}

function selectField(name, label, terms) {
  return { name, label, control: (id) => h('select', { id, name, required: true },
    h('option', { value: '' }, 'Välj'), terms.map((term) => h('option', { value: term.code }, term.label))) };
}

function daysField() {
  const days = [['MONDAY', 'mån'], ['TUESDAY', 'tis'], ['WEDNESDAY', 'ons'], ['THURSDAY', 'tor'], ['FRIDAY', 'fre']];
  return { name: 'days', label: 'Dagar', group: true, control: (id) => h('span', { id, class: 'checks' },
    days.map(([code, label]) => h('label', {}, h('input', { type: 'checkbox', name: 'days', value: code }), ` ${label}`))) };
}

/** Weekly hours, days and times: what is agreed for a trial or a month of work training. */
function termsFields() {
  return [numberField('weeklyHours', 'Timmar per vecka'), daysField(), timeField('from', 'Från kl.', '09:00'),
    timeField('to', 'Till kl.', '12:00')];
}

/** The terms as the API takes them: the same hours on each day chosen. */
function terms({ weeklyHours, days, from, to, ...rest }) {
  return { ...rest, weeklyHours: Number(weeklyHours), schedule: days.map((day) => ({ day, start: from, end: to })) };
}

/**
 * A step as a small form in a disclosure: its fields, a button, and the server's refusal shown at
 * the fields it names. `submit` gets the values by name (days as a list; empty optional ones left out).
 */
function stepForm({ id, title, hint, fields, submit }) {
  const error = h('div', { role: 'alert', 'aria-live': 'assertive', hidden: true });
  const button = h('button', { type: 'submit', id: `${id}-submit` }, title);
  const form = h('form', { id: `${id}-form`, novalidate: true },
    hint ? h('p', { class: 'hint' }, hint) : null,
    h('div', { class: 'row' }, fields.map((field) => {
      const controlId = `${id}-${field.name}`;
      return h('div', { class: 'field' },
        h(field.group ? 'span' : 'label', field.group ? { class: 'label' } : { for: controlId }, field.label,
          field.optional ? h('span', { class: 'hint' }, ' (om det behövs)') : null,
          field.hint ? h('span', { class: 'hint' }, ` ${field.hint}`) : null),
        field.control(controlId));
    })),
    error,
    h('div', { class: 'actions' }, button));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const values = {};
    for (const field of fields) {
      const value = field.name === 'days' ? data.getAll('days') : data.get(field.name);
      if (value !== '' && value !== null) {
        values[field.name] = value;
      }
    }
    button.disabled = true;
    try {
      await submit(values);
    } catch (failure) {
      showError(failure, { region: error, root: form, locate: (field) => byId(`${id}-${field.split('.').pop()}`) });
    } finally {
      button.disabled = false;
    }
  });
  return h('details', { class: 'step' }, h('summary', {}, title), form);
}

