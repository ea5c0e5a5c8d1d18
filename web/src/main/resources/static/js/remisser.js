// Referrals and enrolment (/remisser), for coordinators: register a referral under a pseudonymous
// id, record the referral group's admission, and enrol with the participant's answer on consent.
// Nothing but the id, site, gender and dates is stored before consent; a declined enrolment keeps
// only an anonymous statistics record, which the list then shows without an id.

import { api } from './api.js';
import {
  byId, clearFieldErrors, errorMessage, formatDate, h, locateField, options, replace, say, showError, today,
} from './ui.js';
import { COMPENSATIONS, STINT_STAGES, labelOf, loadMySites } from './vocabulary.js';

const form = byId('referral-form');
const queueMessage = byId('queue-message');

init();

async function init() {
  let sites;
  try {
    sites = await loadMySites();
  } catch (error) {
    say(byId('page-message'), errorMessage(error), 'error');
    return;
  }
  const terms = sites.map((site) => ({ code: site.id, label: site.name }));
  options(byId('r-site'), terms, { value: terms[0]?.code });
  options(byId('f-site'), terms, { value: terms[0]?.code });
  byId('f-site').addEventListener('change', loadQueue);
  form.addEventListener('submit', refer);
  await loadQueue();
}

async function refer(event) {
  event.preventDefault();
  const button = byId('referral-save');
  button.disabled = true;
  const data = new FormData(form);
  const json = Object.fromEntries([...data.entries()].filter(([, value]) => value !== ''));
  try {
    const stint = await api('/api/stints', { method: 'POST', json });
    clearFieldErrors(form);
    byId('referral-summary').hidden = true;
    say(byId('referral-error'), '');
    form.reset();
    byId('f-site').value = stint.site;
    await loadQueue();
    say(queueMessage, `Remissen för ${stint.participantId} är registrerad (${stint.stageLabel.toLocaleLowerCase('sv-SE')}).`,
      'success');
    byId('queue-title').focus();
  } catch (error) {
    showError(error, { region: byId('referral-error'), root: form, locate: (field) => locateField('r', field),
      summary: byId('referral-summary') });
  } finally {
    button.disabled = false;
  }
}

async function loadQueue() {
  const site = byId('f-site').value;
  const container = byId('queue');
  container.setAttribute('aria-busy', 'true');
  try {
    const [queued, admitted] = await Promise.all(['QUEUED', 'ADMITTED'].map((stage) =>
      api('/api/stints', { query: { site, stage, size: 200 } })));
    const stints = [...queued.items, ...admitted.items];
    replace(container, stints.length ? queueTable(stints) : h('p', {}, 'Inga remisser väntar i den här verksamheten.'));
  } catch (error) {
    say(queueMessage, errorMessage(error), 'error');
  } finally {
    container.setAttribute('aria-busy', 'false');
  }
}

function queueTable(stints) {
  return h('table', { class: 'stack' },
    h('caption', { class: 'visually-hidden' }, 'Remisser som väntar'),
    h('thead', {}, h('tr', {}, ['Deltagare', 'Läge', 'Remiss', 'Antagen', 'Nästa steg']
      .map((title) => h('th', { scope: 'col' }, title)))),
    h('tbody', {}, stints.map((stint) => h('tr', { dataset: { stint: stint.id } },
      h('th', { scope: 'row', 'data-label': 'Deltagare' }, stint.participantId ?? 'Anonym'),
      h('td', { 'data-label': 'Läge' }, labelOf(STINT_STAGES, stint.stage)),
      h('td', { 'data-label': 'Remiss' }, formatDate(stint.steps[0]?.on)),
      h('td', { 'data-label': 'Antagen' }, formatDate(stint.admittedOn)),
      h('td', { 'data-label': 'Nästa steg' }, stint.stage === 'QUEUED' ? admissionForm(stint) : enrolmentForm(stint))))));
}

function admissionForm(stint) {
  return stepForm(stint, 'admission', 'Anta', [dateInput(stint, 'on', 'Antagen av remissgruppen')],
    'Remissen är antagen.');
}

function enrolmentForm(stint) {
  const consent = h('select', { id: `${stint.id}-consent`, name: 'consent', required: true },
    h('option', { value: '' }, 'Välj'), h('option', { value: 'GIVEN' }, 'Ja, samtycker'),
    h('option', { value: 'DECLINED' }, 'Nej, samtycker inte'));
  const compensation = h('select', { id: `${stint.id}-compensation`, name: 'compensation', required: true },
    h('option', { value: '' }, 'Välj'), COMPENSATIONS.map((term) => h('option', { value: term.code }, term.label)));
  return stepForm(stint, 'enrolment', 'Skriv in', [
    dateInput(stint, 'on', 'Inskriven'),
    field(`${stint.id}-consent`, 'Samtycke till att uppgifterna sparas', consent),
    field(`${stint.id}-compensation`, 'Ersättningsform', compensation)],
  'Deltagaren är inskriven.');
}

function dateInput(stint, name, label) {
  const id = `${stint.id}-${name}`;
  return field(id, label, h('input', { type: 'date', id, name, required: true, value: today() }));
}

function field(id, label, control) {
  return h('div', { class: 'field' }, h('label', { for: id }, label), control);
}

function stepForm(stint, step, title, fields, done) {
  const error = h('div', { role: 'alert', 'aria-live': 'assertive', hidden: true });
  const form = h('form', { novalidate: true, id: `${stint.id}-${step}-form` }, fields, error,
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, title)));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await api(`/api/stints/${encodeURIComponent(stint.id)}/${step}`, { method: 'POST', json: Object.fromEntries(new FormData(form)) });
      await loadQueue();
      say(queueMessage, `${stint.participantId ?? 'Remissen'}: ${done}`, 'success');
      byId('queue-title').focus();
    } catch (failure) {
      showError(failure, { region: error, root: form, locate: (name) => byId(`${stint.id}-${name}`) });
    }
  });
  return h('details', { class: 'step' }, h('summary', {}, title), form);
}

