// The employer's page (/arbetsgivare). A coordinator chooses or registers an employer; a
// supervisor (handledare) sees only their own employer, with no list of others. For the employer:
// its training slots with their status (register, change, pause, withdraw, reopen), the
// placements at the workplace, and its supervisors, whom a coordinator invites, sends a new link
// and switches off. The chosen employer is kept in the address (?employer=<id>) so a coordinator
// can bookmark it.

import { ApiError, api, hasRole, loadMe } from './api.js';
import {
  byId, checkboxes, checkedValues, clearFieldErrors, copyField, errorMessage, formatDate, formatDays,
  formatHours, formatInstant, formatTime, h, locateField, options, replace, say, setChecked, showError, today,
} from './ui.js';
import {
  ACCOUNT_STATUSES, SECTORS, STATUSES, capitalise, findLocality, labelOf, loadLocalities, loadSites, loadVocabularies,
  shortDay,
} from './vocabulary.js';
import { occupationCombobox } from './occupation-combobox.js';
import { formatStart, timeOf } from './visits.js';

const SLOT_PAGE_SIZE = 50;
const EMPLOYER_LIST_SIZE = 200;

const pageMessage = byId('page-message');
const pageError = byId('page-error');

let vocab;
let sites = [];
let localities = [];
let occupation;
let employer = null; // the chosen employer
let slotPage = 0;
let editingSlot = null; // the slot being changed, or null for a new one
let employerFormMode = 'new';
let supervisorView = false; // a supervisor: their own employer only, and no invitations

init();

async function init() {
  occupation = occupationCombobox(byId('s-occupation'), byId('s-occupation-code'));
  options(byId('e-sector'), SECTORS, { placeholder: 'Välj sektor', value: '' });

  [vocab, sites, localities] = await Promise.all([loadVocabularies(), loadSites(), loadLocalities()]);
  replace(byId('localities'), localities.map((l) => h('option', { value: l.name }, l.municipality)));
  checkboxes(byId('s-demands-boxes'), 'demands', vocab.demands, { idPrefix: 's-demands' });
  checkboxes(byId('s-support-boxes'), 'support', vocab.support, { idPrefix: 's-support' });
  checkboxes(byId('s-accessibility-boxes'), 'accessibility', vocab.accessibility, { idPrefix: 's-accessibility' });
  siteChoices(byId('e-sites-boxes'), 'e-sites');
  siteChoices(byId('s-sites-boxes'), 's-sites');
  replace(byId('list-site'), h('option', { value: '' }, 'Alla'), sites.map((site) => h('option', { value: site.id }, site.name)));

  byId('choose-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const id = byId('employer-id').value.trim() || byId('employer-select').value;
    if (!id) {
      say(pageError, 'Välj en arbetsgivare i listan eller ange ett id.', 'error');
      byId('employer-select').focus();
      return;
    }
    chooseEmployer(id);
  });
  byId('employer-select').addEventListener('change', () => {
    if (byId('employer-select').value) {
      byId('employer-id').value = '';
    }
  });
  byId('list-site').addEventListener('change', loadEmployerList);
  byId('new-employer').addEventListener('click', () => openEmployerForm(null));
  byId('edit-employer').addEventListener('click', () => openEmployerForm(employer));
  byId('change-employer').addEventListener('click', () => {
    byId('choose').hidden = false;
    byId('employer-select').focus();
  });
  byId('employer-cancel').addEventListener('click', closeEmployerForm);
  byId('employer-form').addEventListener('submit', saveEmployer);
  byId('e-address-locality').addEventListener('change', () => fillPosition('e-address-locality', 'e-address-coordinates'));

  byId('new-slot').addEventListener('click', () => openSlotForm(null));
  byId('slot-cancel').addEventListener('click', closeSlotForm);
  byId('slot-form').addEventListener('submit', saveSlot);
  byId('add-schedule-row').addEventListener('click', () => {
    addScheduleRow({});
    const rows = byId('schedule-rows').children;
    rows[rows.length - 1].querySelector('select').focus();
  });
  byId('s-locality').addEventListener('change', () => fillPosition('s-locality', 's-coordinates'));
  byId('slots-prev').addEventListener('click', () => loadSlots(slotPage - 1));
  byId('slots-next').addEventListener('click', () => loadSlots(slotPage + 1));
  byId('invite-form').addEventListener('submit', invite);

  const me = await loadMe().catch(() => null);
  supervisorView = hasRole(me, 'SUPERVISOR') && !hasRole(me, 'COORDINATOR');
  if (supervisorView) {
    showOwnWorkplace(me);
    return;
  }
  byId('choose').hidden = false;
  byId('change-employer').hidden = false;
  byId('invite-form').hidden = false;
  window.addEventListener('popstate', () => showEmployerFromAddress());
  loadEmployerList();
  showEmployerFromAddress();
}

/** A supervisor's page: their employer straight away, worded for the workplace. */
function showOwnWorkplace(me) {
  byId('page-title').textContent = 'Vår arbetsplats';
  byId('page-lead').textContent = 'Era arbetsträningsplatser och de deltagare som har arbetsträning hos er. Håll '
    + 'platserna aktuella – pausa en plats när ni inte kan ta emot någon – och beskriv arbetet och stödet så konkret '
    + 'som möjligt.';
  if (!me.employerId) {
    say(pageError, 'Ditt konto hör inte till någon arbetsgivare. Kontakta din samordnare på TUNA.', 'error');
    return;
  }
  chooseEmployer(me.employerId, { push: false, focus: false });
}

/** Checkboxes for the programme sites, or a text field when the list cannot be read. */
function siteChoices(container, prefix) {
  if (sites.length) {
    checkboxes(container, 'sites', sites.map((site) => ({ code: site.id, label: site.name })), { idPrefix: prefix });
  } else {
    replace(container, h('div', { class: 'field' },
      h('label', { for: `${prefix}-text` }, 'Verksamheternas id', h('span', { class: 'hint' }, 'Skilj med komma, t.ex. eskilstuna, strangnas')),
      h('input', { type: 'text', id: `${prefix}-text` })));
  }
}

function siteValues(prefix, form) {
  const text = byId(`${prefix}-text`);
  return text ? text.value.split(/[;,\s]+/).filter(Boolean) : checkedValues(form, 'sites');
}

function setSiteValues(prefix, form, values) {
  const text = byId(`${prefix}-text`);
  if (text) {
    text.value = (values ?? []).join(', ');
  } else {
    setChecked(form, 'sites', values);
  }
}

/** Fills the position fields from a known locality; clears them for an unknown one. */
function fillPosition(localityId, prefix) {
  const name = byId(localityId).value;
  const known = findLocality(localities, name);
  byId(`${prefix}-lat`).value = known ? String(known.lat) : '';
  byId(`${prefix}-lon`).value = known ? String(known.lon) : '';
  if (known) {
    byId(localityId).value = known.name;
  } else if (name.trim() && localities.length) {
    // An unknown locality needs its position typed.
    byId(localityId).closest('form').querySelector('details').open = true;
  }
}

// --- Choosing an employer ---------------------------------------------------------------------

async function loadEmployerList() {
  const select = byId('employer-select');
  const chosen = select.value || employer?.id || '';
  try {
    const page = await api('/api/employers', { query: { site: byId('list-site').value, size: EMPLOYER_LIST_SIZE } });
    const items = page?.items ?? [];
    replace(select,
      h('option', { value: '' }, items.length ? `Välj bland ${items.length} arbetsgivare` : 'Inga arbetsgivare registrerade'),
      items.map((e) => h('option', { value: e.id }, `${e.name} (${e.organisationNumber})`)));
    select.value = items.some((e) => e.id === chosen) ? chosen : '';
    byId('employer-list-note')?.remove();
    if (page?.total > items.length) {
      select.after(h('p', { class: 'hint', id: 'employer-list-note' },
        `Listan visar de första ${items.length} av ${page.total}. Ange id för att öppna en annan.`));
    }
  } catch (error) {
    replace(select, h('option', { value: '' }, 'Listan kunde inte hämtas – ange id nedan'));
    say(pageError, errorMessage(error), 'error');
  }
}

function showEmployerFromAddress() {
  const id = new URLSearchParams(window.location.search).get('employer');
  if (id) {
    chooseEmployer(id, { push: false });
  } else {
    employer = null;
    byId('employer-view').hidden = true;
    byId('choose').hidden = false;
  }
}

async function chooseEmployer(id, { push = true, focus = true } = {}) {
  say(pageError, '');
  say(pageMessage, '');
  try {
    employer = await api(`/api/employers/${encodeURIComponent(id)}`);
  } catch (error) {
    employer = null;
    byId('employer-view').hidden = true;
    say(pageError, error instanceof ApiError && error.status === 404
      ? 'Det finns ingen arbetsgivare med det id:t. Kontrollera id:t eller välj i listan.'
      : errorMessage(error), 'error');
    pageError.focus();
    return;
  }
  if (push) {
    history.pushState(null, '', `?employer=${encodeURIComponent(employer.id)}`);
  }
  byId('employer-select').value = employer.id;
  closeEmployerForm({ focus: false });
  closeSlotForm({ focus: false });
  renderEmployer();
  byId('choose').hidden = true;
  byId('employer-view').hidden = false;
  byId('supervisor-link').replaceChildren();
  loadPlacements();
  loadFollowUps();
  loadSupervisors();
  await loadSlots(0);
  if (focus) {
    byId('employer-name').focus();
  }
}

function renderEmployer() {
  const e = employer;
  document.title = `${e.name} – TUNA Platsbanken`;
  byId('employer-name').textContent = e.name;
  const contact = e.contact ?? {};
  const address = e.address ?? {};
  replace(byId('employer-props'),
    prop('Organisationsnummer', e.organisationNumber),
    prop('Sektor', labelOf(SECTORS, e.sector)),
    prop('Näringsgren', e.industryName ? `${e.industryName} (SNI ${e.industryCode})` : e.industryCode),
    prop('Adress', [address.street, [address.postalCode, address.locality].filter(Boolean).join(' ')].filter(Boolean).join(', ')),
    prop('Kontaktperson', [contact.name, contact.phone, contact.email].filter(Boolean).join(', ') || '–'),
    prop('Verksamheter', (e.sites ?? []).map(siteName).join(', ')),
    prop('Id', h('code', {}, e.id)));
}

function siteName(id) {
  return sites.find((site) => site.id === id)?.name ?? id;
}

function prop(term, value) {
  return [h('dt', {}, term), h('dd', {}, value || '–')];
}

// --- The employer's slots ---------------------------------------------------------------------

async function loadSlots(page) {
  const status = byId('slots-status');
  status.textContent = 'Hämtar platser …';
  try {
    const result = await api(`/api/employers/${encodeURIComponent(employer.id)}/slots`, { query: { page, size: SLOT_PAGE_SIZE } });
    slotPage = result?.page ?? page;
    renderSlots(result);
  } catch (error) {
    status.textContent = '';
    replace(byId('slot-list'), h('p', { class: 'message message-error' }, errorMessage(error)));
  }
}

function renderSlots(result) {
  const items = (result?.items ?? []).map((hit) => hit.slot);
  const total = result?.total ?? items.length;
  byId('slots-status').textContent = total === 0
    ? 'Inga platser anmälda ännu.'
    : `${total === 1 ? '1 plats anmäld' : `${total} platser anmälda`}.`;
  const pages = Math.ceil(total / SLOT_PAGE_SIZE);
  byId('slots-pager').hidden = pages <= 1;
  byId('slots-page-info').textContent = `Sida ${slotPage + 1} av ${Math.max(pages, 1)}`;
  byId('slots-prev').disabled = slotPage <= 0;
  byId('slots-next').disabled = slotPage + 1 >= pages;
  if (!items.length) {
    byId('slot-list').replaceChildren();
    return;
  }
  replace(byId('slot-list'), h('div', { class: 'table-wrap' }, h('table', { class: 'stack' },
    h('caption', { class: 'visually-hidden' }, `Arbetsträningsplatser hos ${employer.name}`),
    h('thead', {}, h('tr', {}, ['Plats', 'Ort', 'Tid', 'Dagar', 'Lediga', 'Tillgänglig', 'Status', 'Åtgärder']
      .map((title) => h('th', { scope: 'col' }, title)))),
    h('tbody', {}, items.map(slotRow)))));
}

function slotRow(slot) {
  return h('tr', { id: `slot-row-${slot.id}` },
    h('th', { scope: 'row' }, slot.title),
    h('td', { 'data-label': 'Ort' }, slot.locality),
    h('td', { 'data-label': 'Tid', class: 'nowrap' }, formatHours(slot.hours)),
    h('td', { 'data-label': 'Dagar' }, formatDays(slot.schedule, vocab.weekdays)),
    h('td', { 'data-label': 'Lediga', class: 'num nowrap' }, `${slot.freeSeats ?? 0} av ${slot.seats}`),
    h('td', { 'data-label': 'Tillgänglig' }, slot.availableUntil
      ? `${formatDate(slot.availableFrom)} – ${formatDate(slot.availableUntil)}`
      : `från ${formatDate(slot.availableFrom)}`),
    h('td', { 'data-label': 'Status' }, h('span', { class: `status status-${slot.status}` }, labelOf(STATUSES, slot.status))),
    h('td', {}, h('div', { class: 'toolbar' },
      h('button', { type: 'button', class: 'secondary small', 'aria-label': `Ändra ${slot.title}`, onclick: () => openSlotForm(slot) }, 'Ändra'),
      statusButtons(slot, { small: true }))));
}

/** Pause, withdraw and reopen, as the slot's status allows. */
function statusButtons(slot, { small = false } = {}) {
  const size = small ? ' small' : '';
  const buttons = [];
  if (slot.status === 'OPEN') {
    buttons.push(h('button', { type: 'button', class: `secondary${size}`, 'aria-label': `Pausa ${slot.title}`,
      onclick: () => changeStatus(slot, 'pause') }, 'Pausa'));
  }
  if (slot.status !== 'WITHDRAWN') {
    buttons.push(h('button', { type: 'button', class: `danger${size}`, 'aria-label': `Återkalla ${slot.title}`,
      onclick: () => changeStatus(slot, 'withdraw') }, 'Återkalla'));
  }
  if (slot.status !== 'OPEN') {
    buttons.push(h('button', { type: 'button', class: `secondary${size}`, 'aria-label': `Öppna ${slot.title} igen`,
      onclick: () => changeStatus(slot, 'reopen') }, 'Öppna igen'));
  }
  return buttons;
}

const STATUS_DONE = { pause: 'är pausad', withdraw: 'är återkallad', reopen: 'är öppen igen' };

async function changeStatus(slot, action) {
  if (action === 'withdraw' && !window.confirm(
    `Återkalla ”${slot.title}”? Platsen visas inte längre för samordnarna. Du kan öppna den igen senare.`)) {
    return;
  }
  say(pageError, '');
  try {
    const changed = await api(`/api/slots/${encodeURIComponent(slot.id)}/${action}`, { method: 'POST' });
    say(pageMessage, `Platsen ”${changed.title}” ${STATUS_DONE[action]}.`, 'success');
    if (editingSlot?.id === changed.id) {
      editingSlot = changed;
      renderSlotStatusBar();
    }
    await loadSlots(slotPage);
    const row = byId(`slot-row-${changed.id}`);
    (row?.querySelector('button') ?? byId('slots-title')).focus();
  } catch (error) {
    say(pageError, error instanceof ApiError && error.status === 404 ? 'Platsen finns inte längre.' : errorMessage(error), 'error');
    pageError.focus();
  }
}

// --- Placements at the workplace ---------------------------------------------------------------

async function loadPlacements() {
  const id = employer.id;
  const status = byId('placements-status');
  status.textContent = 'Hämtar placeringar …';
  try {
    const placements = await api(`/api/employers/${encodeURIComponent(id)}/placements`);
    if (employer?.id !== id) {
      return;
    }
    status.textContent = placements.length
      ? `${placements.length === 1 ? '1 deltagare' : `${placements.length} deltagare`} i arbetsträning här.`
      : 'Ingen deltagare har arbetsträning här just nu.';
    replace(byId('placement-list'), placements.length ? h('div', { class: 'table-wrap' }, h('table', { class: 'stack' },
      h('caption', { class: 'visually-hidden' }, `Placeringar hos ${employer.name}`),
      h('thead', {}, h('tr', {}, ['Plats', 'Deltagare', 'Start', 'Tid', 'Dagar och tider', 'Stöd', 'Referens']
        .map((title) => h('th', { scope: 'col' }, title)))),
      h('tbody', {}, placements.map(placementRow)))) : null);
  } catch (error) {
    status.textContent = '';
    replace(byId('placement-list'), h('p', { class: 'message message-error' }, errorMessage(error)));
  }
}

function placementRow(placement) {
  const order = (day) => vocab.weekdays.findIndex((weekday) => weekday.code === day);
  const schedule = [...(placement.schedule ?? [])].sort((a, b) => order(a.day) - order(b.day))
    .map((window) => `${shortDay(vocab.weekdays, window.day)} ${formatTime(window.start)}–${formatTime(window.end)}`);
  return h('tr', {},
    h('th', { scope: 'row' }, placement.slotTitle ?? 'Plats'),
    // The first name only where the participant agreed to share it; never anything else of them.
    h('td', { 'data-label': 'Deltagare' }, placement.firstName || h('span', { class: 'hint-inline' }, 'namn delas inte')),
    h('td', { 'data-label': 'Start', class: 'nowrap' }, formatDate(placement.start)),
    h('td', { 'data-label': 'Tid', class: 'nowrap' }, placement.weeklyHours != null ? `${placement.weeklyHours} tim/vecka` : '–'),
    h('td', { 'data-label': 'Dagar och tider' }, schedule.join(', ') || '–'),
    h('td', { 'data-label': 'Stöd' }, (placement.supportLabels ?? []).join(', ') || '–'),
    h('td', { 'data-label': 'Referens', class: 'nowrap' }, h('code', {}, placement.reference ?? '')));
}

// --- Follow-ups planned at the workplace --------------------------------------------------------

async function loadFollowUps() {
  const id = employer.id;
  const status = byId('follow-ups-status');
  status.textContent = 'Hämtar planerade uppföljningar …';
  try {
    const followUps = await api(`/api/employers/${encodeURIComponent(id)}/follow-ups`);
    if (employer?.id !== id) {
      return;
    }
    status.textContent = followUps.length
      ? `${followUps.length === 1 ? '1 uppföljning' : `${followUps.length} uppföljningar`} planerade.`
      : 'Inga uppföljningar planerade här just nu.';
    replace(byId('follow-up-list'), followUps.length ? h('div', { class: 'table-wrap' }, h('table', { class: 'stack' },
      h('caption', { class: 'visually-hidden' }, `Planerade uppföljningar hos ${employer.name}`),
      h('thead', {}, h('tr', {}, ['När', 'Vad', 'Var', 'Referens', 'Önskemål']
        .map((title) => h('th', { scope: 'col' }, title)))),
      h('tbody', {}, followUps.map(followUpRow)))) : null);
  } catch (error) {
    status.textContent = '';
    replace(byId('follow-up-list'), h('p', { class: 'message message-error' }, errorMessage(error)));
  }
}

function followUpRow(followUp) {
  const when = `${formatStart(followUp.start)}–${timeOf(followUp.end)}`;
  const request = followUp.timeRequest;
  const asked = request ? h('span', {}, 'Ni har önskat annan tid',
    request.proposedStart ? `: ${formatStart(request.proposedStart)}` : '',
    request.message ? ` (${request.message})` : '') : null;
  const cell = h('td', { 'data-label': 'Önskemål' }, asked, h('button', { type: 'button', class: 'secondary small',
    'aria-label': `Önska annan tid än ${when}`, onclick: (event) => openTimeRequest(followUp, event.currentTarget.parentElement) },
  'Önska annan tid'));
  return h('tr', {},
    h('th', { scope: 'row', class: 'nowrap' }, when, followUp.confirmed ? h('span', { class: 'hint-inline' }, ' bekräftad') : null),
    h('td', { 'data-label': 'Vad' }, followUp.kindLabel),
    h('td', { 'data-label': 'Var' }, followUp.place?.label ?? '–'),
    h('td', { 'data-label': 'Referens', class: 'nowrap' }, h('code', {}, followUp.placementReference ?? '')),
    cell);
}

function openTimeRequest(followUp, cell) {
  const prefix = `tr-${followUp.visitId}`;
  const error = h('div', { role: 'alert', 'aria-live': 'assertive', hidden: true });
  const form = h('form', { novalidate: true, id: `${prefix}-form` },
    h('label', { for: `${prefix}-start` }, 'Tid som passar oss ', h('span', { class: 'hint' }, '(valfritt)')),
    h('input', { type: 'datetime-local', id: `${prefix}-start`, step: 900 }),
    h('label', { for: `${prefix}-message` }, 'Meddelande till coachen'),
    h('input', { type: 'text', id: `${prefix}-message`, maxlength: 300, autocomplete: 'off',
      placeholder: 'T.ex. vi har inventering den dagen' }),
    error,
    h('div', { class: 'toolbar' }, h('button', { type: 'submit', class: 'small' }, 'Skicka önskemål')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const start = byId(`${prefix}-start`).value;
    const message = byId(`${prefix}-message`).value.trim();
    say(error, '');
    try {
      await api(`/api/follow-up/visits/${encodeURIComponent(followUp.visitId)}/time-requests`, {
        method: 'POST',
        json: { proposedStart: start ? `${start}:00` : null, message: message || null },
      });
      say(byId('follow-ups-message'), 'Önskemålet är skickat till coachen.', 'success');
      await loadFollowUps();
    } catch (failure) {
      showError(failure, { region: error, root: form,
        locate: (field) => byId(field === 'proposedStart' ? `${prefix}-start` : `${prefix}-message`) });
    }
  });
  cell.replaceChildren(form);
  byId(`${prefix}-start`).focus();
}

// --- Supervisors ------------------------------------------------------------------------------

async function loadSupervisors() {
  const id = employer.id;
  const status = byId('supervisors-status');
  status.textContent = 'Hämtar handledare …';
  try {
    const supervisors = await api(`/api/employers/${encodeURIComponent(id)}/supervisors`);
    if (employer?.id !== id) {
      return;
    }
    status.textContent = supervisors.length
      ? `${supervisors.length === 1 ? '1 handledare' : `${supervisors.length} handledare`}.`
      : supervisorView ? 'Inga handledare registrerade.'
        : 'Inga handledare ännu. Bjud in den som tar emot deltagarna, så kan de själva hålla platserna aktuella.';
    replace(byId('supervisor-list'), supervisors.length ? h('div', { class: 'table-wrap' }, h('table', { class: 'stack' },
      h('caption', { class: 'visually-hidden' }, `Handledare hos ${employer.name}`),
      h('thead', {}, h('tr', {},
        ['Namn', 'E-post', 'Status'].map((title) => h('th', { scope: 'col' }, title)),
        supervisorView ? null : h('th', { scope: 'col' }, 'Åtgärder'))),
      h('tbody', {}, supervisors.map(supervisorRow)))) : null);
  } catch (error) {
    status.textContent = '';
    say(byId('supervisors-message'), errorMessage(error), 'error');
  }
}

function supervisorRow(supervisor) {
  const name = supervisor.displayName;
  return h('tr', {},
    h('th', { scope: 'row' }, name),
    h('td', { 'data-label': 'E-post' }, supervisor.email),
    h('td', { 'data-label': 'Status' }, h('span', { class: `status status-${supervisor.status}` },
      supervisor.status === 'INVITED' ? 'Inbjuden, har inte valt lösenord' : labelOf(ACCOUNT_STATUSES, supervisor.status))),
    supervisorView ? null : h('td', {}, supervisor.status === 'DISABLED' ? null : h('div', { class: 'toolbar' },
      h('button', { type: 'button', class: 'secondary small', 'aria-label': `Ny länk till ${name}`,
        onclick: (event) => newLink(supervisor, event.currentTarget) }, 'Ny länk'),
      h('button', { type: 'button', class: 'danger small', 'aria-label': `Stäng av ${name}`,
        onclick: (event) => disableSupervisor(supervisor, event.currentTarget) }, 'Stäng av'))));
}

async function invite(event) {
  event.preventDefault();
  const form = byId('invite-form');
  const button = byId('invite-save');
  button.disabled = true;
  say(byId('invite-error'), '');
  byId('supervisor-link').replaceChildren();
  try {
    const response = await api(`/api/employers/${encodeURIComponent(employer.id)}/supervisors`, {
      method: 'POST',
      json: { displayName: text('i-displayName'), email: text('i-email') },
    });
    form.reset();
    clearFieldErrors(form);
    byId('invite-summary').hidden = true;
    await loadSupervisors();
    showLink(response, 'invitation');
  } catch (error) {
    showError(error, { region: byId('invite-error'), root: form, locate: (field) => locateField('i', field),
      summary: byId('invite-summary') });
  } finally {
    button.disabled = false;
  }
}

async function newLink(supervisor, button) {
  button.disabled = true;
  say(byId('supervisors-message'), '');
  try {
    const response = await api(`/api/employers/${encodeURIComponent(employer.id)}/supervisors/`
      + `${encodeURIComponent(supervisor.id)}/reset-link`, { method: 'POST' });
    await loadSupervisors();
    showLink(response, 'reset');
  } catch (error) {
    button.disabled = false;
    say(byId('supervisors-message'), errorMessage(error), 'error');
  }
}

async function disableSupervisor(supervisor, button) {
  if (!window.confirm(`Stäng av ${supervisor.displayName}? Hen kan inte längre logga in, och en pågående inloggning `
    + 'slutar gälla. Gör så när någon slutar eller inte längre ska sköta platserna.')) {
    return;
  }
  button.disabled = true;
  say(byId('supervisors-message'), '');
  try {
    const changed = await api(`/api/employers/${encodeURIComponent(employer.id)}/supervisors/`
      + `${encodeURIComponent(supervisor.id)}/disable`, { method: 'POST' });
    await loadSupervisors();
    showNotice('success', `${changed.displayName} är avstängd`, 'Hen kan inte längre logga in.');
  } catch (error) {
    button.disabled = false;
    say(byId('supervisors-message'), errorMessage(error), 'error');
  }
}

/**
 * The one-time link just made. Without a mail server the link is given here, and only here, so the
 * coordinator must pass it on; with one, it has gone by e-mail and is not shown.
 */
function showLink({ supervisor, delivery, link, expiresAt }, purpose) {
  const name = supervisor?.displayName ?? 'handledaren';
  const until = formatInstant(expiresAt);
  if (delivery === 'SHOWN' && link) {
    showNotice('warning', `Ge länken till ${name}`,
      `Den här installationen skickar ingen e-post, så ${name} har inte fått något ännu. Ge länken till hen själv, `
        + `till exempel i ett eget mejl till ${supervisor?.email ?? 'hen'}. Med länken väljer handledaren sitt lösenord.`,
      copyField('supervisor-link-value', `${purpose === 'invitation' ? 'Inbjudningslänk' : 'Ny länk'} för ${name}`, link),
      `Länken fungerar en gång och gäller till ${until}. Den visas bara nu – behövs den igen, skapa en ny länk.`);
  } else {
    showNotice('success', purpose === 'invitation' ? `Inbjudan till ${name} är skickad` : `En ny länk till ${name} är skickad`,
      `Länken är mejlad till ${supervisor?.email ?? 'handledaren'} och gäller till ${until}.`);
  }
}

function showNotice(kind, title, ...parts) {
  const heading = h('h4', { tabindex: '-1' }, title);
  replace(byId('supervisor-link'), h('div', { class: `notice ${kind}` }, heading,
    parts.map((part) => (typeof part === 'string' ? h('p', {}, part) : part))));
  heading.focus();
}

// --- Employer form ----------------------------------------------------------------------------

function openEmployerForm(current) {
  employerFormMode = current ? 'edit' : 'new';
  say(pageMessage, '');
  say(pageError, '');
  const form = byId('employer-form');
  form.reset();
  clearFieldErrors(form);
  say(byId('employer-form-message'), '');
  byId('employer-summary').hidden = true;
  closeSlotForm({ focus: false });
  byId('employer-form-title').textContent = current ? `Ändra uppgifter för ${current.name}` : 'Registrera arbetsgivare';
  byId('employer-save').textContent = current ? 'Spara ändringar' : 'Registrera arbetsgivare';
  const orgNumber = byId('e-organisationNumber');
  orgNumber.readOnly = Boolean(current);
  byId('e-position').open = false;
  if (current) {
    const contact = current.contact ?? {};
    const address = current.address ?? {};
    byId('e-name').value = current.name ?? '';
    orgNumber.value = current.organisationNumber ?? '';
    byId('e-sector').value = current.sector ?? '';
    byId('e-industryCode').value = current.industryCode ?? '';
    byId('e-contact-name').value = contact.name ?? '';
    byId('e-contact-phone').value = contact.phone ?? '';
    byId('e-contact-email').value = contact.email ?? '';
    byId('e-address-street').value = address.street ?? '';
    byId('e-address-postalCode').value = address.postalCode ?? '';
    byId('e-address-locality').value = address.locality ?? '';
    byId('e-address-coordinates-lat').value = address.coordinates?.lat ?? '';
    byId('e-address-coordinates-lon').value = address.coordinates?.lon ?? '';
    setSiteValues('e-sites', form, current.sites);
  }
  byId('choose').hidden = true;
  byId('employer-view').hidden = true;
  byId('employer-form-section').hidden = false;
  byId('employer-form-title').focus();
}

function closeEmployerForm({ focus = true } = {}) {
  byId('employer-form-section').hidden = true;
  byId('choose').hidden = Boolean(employer);
  if (employer) {
    byId('employer-view').hidden = false;
    if (focus) {
      byId('employer-name').focus();
    }
  } else if (focus) {
    byId('choose-title').scrollIntoView();
    byId('employer-select').focus();
  }
}

function text(id) {
  return byId(id).value.trim();
}

function optional(id) {
  return text(id) || null;
}

/** A decimal typed with a comma or a point; null for none, NaN for nonsense (the API says which). */
function decimal(id) {
  const value = text(id).replace(',', '.');
  return value === '' ? null : Number(value);
}

function integer(id) {
  const value = text(id);
  return value === '' ? null : Number(value);
}

function coordinates(prefix) {
  const lat = decimal(`${prefix}-lat`);
  const lon = decimal(`${prefix}-lon`);
  if (lat === null && lon === null) {
    return null;
  }
  return { lat: Number.isNaN(lat) ? null : lat, lon: Number.isNaN(lon) ? null : lon };
}

function employerPayload() {
  const contact = { name: optional('e-contact-name'), phone: optional('e-contact-phone'), email: optional('e-contact-email') };
  return {
    name: text('e-name'),
    organisationNumber: text('e-organisationNumber'),
    sector: byId('e-sector').value || null,
    industryCode: text('e-industryCode'),
    contact: Object.values(contact).some(Boolean) ? contact : null,
    address: {
      street: optional('e-address-street'),
      postalCode: optional('e-address-postalCode'),
      locality: text('e-address-locality'),
      coordinates: coordinates('e-address-coordinates'),
    },
    sites: siteValues('e-sites', byId('employer-form')),
  };
}

async function saveEmployer(event) {
  event.preventDefault();
  const form = byId('employer-form');
  const message = byId('employer-form-message');
  // Fill the position from the locality if it is known and nothing is typed.
  if (!text('e-address-coordinates-lat') && !text('e-address-coordinates-lon')) {
    fillPosition('e-address-locality', 'e-address-coordinates');
  }
  const button = byId('employer-save');
  button.disabled = true;
  say(message, '');
  try {
    const saved = employerFormMode === 'edit'
      ? await api(`/api/employers/${encodeURIComponent(employer.id)}`, { method: 'PUT', json: employerPayload() })
      : await api('/api/employers', { method: 'POST', json: employerPayload() });
    const registered = employerFormMode === 'new';
    employer = saved;
    if (!supervisorView) {
      history.pushState(null, '', `?employer=${encodeURIComponent(saved.id)}`);
      await loadEmployerList();
    }
    await chooseEmployer(saved.id, { push: false });
    say(pageMessage, registered
      ? `${saved.name} är registrerad. Spara sidans adress som bokmärke för att komma tillbaka hit. Nu kan ni anmäla platser.`
      : 'Uppgifterna är sparade.', 'success');
  } catch (error) {
    showError(error, { region: message, root: form, locate: locateEmployerField, summary: byId('employer-summary') });
    offerExistingEmployer(error, message);
    if (!(error instanceof ApiError) || !error.errors.length) {
      message.focus?.();
    }
  } finally {
    button.disabled = false;
  }
}

/** On "already registered", offers to open that employer. */
function offerExistingEmployer(error, region) {
  if (!(error instanceof ApiError) || error.status !== 409) {
    return;
  }
  const reason = error.errors.find((e) => e.field === 'organisationNumber')?.reason ?? error.problem?.detail ?? '';
  const id = reason.match(/\(id ([^)]+)\)/)?.[1];
  say(region, 'Arbetsgivaren finns redan i platsbanken.', 'error');
  if (id) {
    region.append(' ', h('button', { type: 'button', class: 'link', onclick: () => chooseEmployer(id) }, 'Öppna den registrerade arbetsgivaren'));
  }
}

/** The control an employer error names: `address.coordinates` → the locality or the position fields. */
function locateEmployerField(field) {
  if (field === 'address' || field === 'address.coordinates' || field.startsWith('address.coordinates.')) {
    return positionTarget('e-address-locality', 'e-address-coordinates', 'e-position', field);
  }
  return locateField('e', field);
}

// --- Slot form --------------------------------------------------------------------------------

function openSlotForm(slot) {
  editingSlot = slot;
  say(pageMessage, '');
  say(pageError, '');
  const form = byId('slot-form');
  form.reset();
  clearFieldErrors(form);
  say(byId('slot-form-message'), '');
  byId('slot-summary').hidden = true;
  byId('s-position').open = false;
  replace(byId('schedule-rows'));
  byId('slot-form-title').textContent = slot ? `Ändra plats: ${slot.title}` : 'Anmäl ny plats';
  byId('slot-save').textContent = slot ? 'Spara ändringar' : 'Anmäl platsen';
  if (slot) {
    byId('s-title').value = slot.title ?? '';
    byId('s-tasks').value = slot.tasks ?? '';
    occupation.set(slot.occupationCode, slot.occupationName);
    byId('s-locality').value = slot.locality ?? '';
    byId('s-coordinates-lat').value = slot.coordinates?.lat ?? '';
    byId('s-coordinates-lon').value = slot.coordinates?.lon ?? '';
    byId('s-hours-min').value = slot.hours?.min ?? '';
    byId('s-hours-max').value = slot.hours?.max ?? '';
    (slot.schedule ?? []).forEach(addScheduleRow);
    byId('s-seats').value = slot.seats ?? 1;
    byId('s-availableFrom').value = slot.availableFrom ?? '';
    byId('s-availableUntil').value = slot.availableUntil ?? '';
    setChecked(form, 'demands', slot.demands);
    byId('s-heaviestLiftKg').value = slot.heaviestLiftKg ?? '';
    setChecked(form, 'support', slot.support);
    setChecked(form, 'accessibility', slot.accessibility);
    setSiteValues('s-sites', form, sameSet(slot.sites, employer.sites) ? [] : slot.sites);
    byId('s-supervisor').value = slot.supervisor ?? '';
  } else {
    occupation.set('');
    byId('s-locality').value = employer.address?.locality ?? '';
    fillPosition('s-locality', 's-coordinates');
    byId('s-availableFrom').value = today();
    addScheduleRow({ day: 'MONDAY', start: '09:00', end: '12:00' });
  }
  renderSlotStatusBar();
  byId('employer-view').hidden = true;
  byId('choose').hidden = true;
  byId('slot-form-section').hidden = false;
  byId('slot-form-title').focus();
}

function renderSlotStatusBar() {
  const bar = byId('slot-status-bar');
  if (!editingSlot) {
    bar.hidden = true;
    bar.replaceChildren();
    return;
  }
  replace(bar,
    h('span', {}, 'Status: ', h('span', { class: `status status-${editingSlot.status}` }, labelOf(STATUSES, editingSlot.status))),
    statusButtons(editingSlot, { small: true }));
  bar.hidden = false;
}

function closeSlotForm({ focus = true } = {}) {
  const wasOpen = !byId('slot-form-section').hidden;
  byId('slot-form-section').hidden = true;
  byId('choose').hidden = Boolean(employer);
  if (employer) {
    byId('employer-view').hidden = false;
    if (focus && wasOpen) {
      const row = editingSlot ? byId(`slot-row-${editingSlot.id}`) : null;
      (row?.querySelector('button') ?? byId('new-slot')).focus();
    }
  }
  editingSlot = null;
}

function sameSet(a, b) {
  const left = new Set(a ?? []);
  const right = new Set(b ?? []);
  return left.size === right.size && [...left].every((x) => right.has(x));
}

// Schedule rows: one weekday with a start and an end each; ids follow the row's position so that
// the API's `schedule[1].end` finds #s-schedule-1-end.

function addScheduleRow(entry) {
  const rows = byId('schedule-rows');
  const row = h('li', { class: 'schedule-row' },
    h('div', { class: 'field' },
      h('label', { 'data-part': 'day' }, 'Dag'),
      h('select', { 'data-part': 'day' },
        h('option', { value: '' }, 'Välj dag'),
        vocab.weekdays.map((day) => h('option', { value: day.code }, capitalise(day.label))))),
    h('div', { class: 'field' },
      h('label', { 'data-part': 'start' }, 'Från'),
      h('input', { type: 'time', 'data-part': 'start', step: 300 })),
    h('div', { class: 'field' },
      h('label', { 'data-part': 'end' }, 'Till'),
      h('input', { type: 'time', 'data-part': 'end', step: 300 })),
    h('button', { type: 'button', class: 'secondary small remove-row' }, 'Ta bort'));
  row.querySelector('select').value = entry.day ?? '';
  row.querySelector('input[data-part="start"]').value = (entry.start ?? '').slice(0, 5);
  row.querySelector('input[data-part="end"]').value = (entry.end ?? '').slice(0, 5);
  row.querySelector('.remove-row').addEventListener('click', () => removeScheduleRow(row));
  rows.append(row);
  renumberScheduleRows();
}

function removeScheduleRow(row) {
  const rows = [...byId('schedule-rows').children];
  const index = rows.indexOf(row);
  row.remove();
  renumberScheduleRows();
  const remaining = byId('schedule-rows').children;
  const next = remaining[Math.min(index, remaining.length - 1)];
  (next?.querySelector('select') ?? byId('add-schedule-row')).focus();
}

function renumberScheduleRows() {
  const rows = [...byId('schedule-rows').children];
  rows.forEach((row, index) => {
    const number = index + 1;
    for (const part of ['day', 'start', 'end']) {
      const control = row.querySelector(`select[data-part="${part}"], input[data-part="${part}"]`);
      const label = row.querySelector(`label[data-part="${part}"]`);
      control.id = `s-schedule-${index}-${part}`;
      label.htmlFor = control.id;
      label.dataset.name = `Rad ${number}, ${label.textContent.toLowerCase()}`;
    }
    const remove = row.querySelector('.remove-row');
    remove.setAttribute('aria-label', `Ta bort rad ${number}`);
    remove.disabled = rows.length === 1;
  });
}

function schedulePayload() {
  return [...byId('schedule-rows').children].map((row) => ({
    day: row.querySelector('select[data-part="day"]').value || null,
    start: row.querySelector('input[data-part="start"]').value || null,
    end: row.querySelector('input[data-part="end"]').value || null,
  }));
}

function slotPayload() {
  const form = byId('slot-form');
  return {
    title: text('s-title'),
    tasks: text('s-tasks'),
    occupationCode: occupation.code || text('s-occupation'),
    locality: text('s-locality'),
    coordinates: coordinates('s-coordinates'),
    sites: siteValues('s-sites', form),
    hours: { min: integer('s-hours-min'), max: integer('s-hours-max') },
    schedule: schedulePayload(),
    seats: integer('s-seats'),
    availableFrom: text('s-availableFrom') || null,
    availableUntil: text('s-availableUntil') || null,
    demands: checkedValues(form, 'demands'),
    heaviestLiftKg: integer('s-heaviestLiftKg'),
    support: checkedValues(form, 'support'),
    accessibility: checkedValues(form, 'accessibility'),
    supervisor: optional('s-supervisor'),
  };
}

async function saveSlot(event) {
  event.preventDefault();
  const form = byId('slot-form');
  const message = byId('slot-form-message');
  if (!text('s-coordinates-lat') && !text('s-coordinates-lon')) {
    fillPosition('s-locality', 's-coordinates');
  }
  const button = byId('slot-save');
  button.disabled = true;
  say(message, '');
  try {
    const isNew = !editingSlot;
    const saved = isNew
      ? await api(`/api/employers/${encodeURIComponent(employer.id)}/slots`, { method: 'POST', json: slotPayload() })
      : await api(`/api/slots/${encodeURIComponent(editingSlot.id)}`, { method: 'PUT', json: slotPayload() });
    editingSlot = saved;
    await loadSlots(isNew ? 0 : slotPage);
    closeSlotForm();
    say(pageMessage, isNew ? `Platsen ”${saved.title}” är anmäld och öppen för samordnarna.` : `Ändringarna i ”${saved.title}” är sparade.`, 'success');
  } catch (error) {
    showError(error, { region: message, root: form, locate: locateSlotField, summary: byId('slot-summary') });
    if (error instanceof ApiError && error.status === 404) {
      say(message, 'Platsen eller arbetsgivaren finns inte längre.', 'error');
    }
    if (!(error instanceof ApiError) || !error.errors.length) {
      message.scrollIntoView({ block: 'center' });
    }
  } finally {
    button.disabled = false;
  }
}

/** The control a slot error names, e.g. `hours.min` → #s-hours-min, `schedule[1].end` → row 2's end. */
function locateSlotField(field) {
  if (field === 'coordinates' || field.startsWith('coordinates.')) {
    return positionTarget('s-locality', 's-coordinates', 's-position', field);
  }
  const row = field.match(/^schedule\[(\d+)\](?:\.(day|start|end))?$/);
  if (row) {
    return byId(`s-schedule-${row[1]}-${row[2] ?? 'day'}`) ?? byId('s-schedule');
  }
  if (field === 'occupationCode') {
    return byId('s-occupation');
  }
  return locateField('s', field);
}

/** A position error goes to the latitude field when one is typed, else to the locality. */
function positionTarget(localityId, prefix, detailsId, field) {
  const typed = text(`${prefix}-lat`) || text(`${prefix}-lon`);
  if (typed || field.endsWith('.lat') || field.endsWith('.lon')) {
    byId(detailsId).open = true;
    return byId(field.endsWith('.lon') ? `${prefix}-lon` : `${prefix}-lat`);
  }
  return byId(localityId);
}
