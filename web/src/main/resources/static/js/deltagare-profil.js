// A participant's page (/deltagare/{id}): the profile read-only, as the coach filled it in, their
// course in the programme (the stint and the placement, with the steps that may come next; see
// forlopp.js), and the personal coach with those before. A coordinator of the participant's site may assign a
// coach and open suggestions of slots; a coach only reads. The server has already checked that
// the signed-in person works with this participant; the id comes from the page (data-participant).

import { ApiError, api, hasRole, loadMe } from './api.js';
import {
  byId, errorMessage, formatDate, formatHours, formatNumber, formatTime, h, limitationLabels, options, prop, replace,
  say, showError, waitingText,
} from './ui.js';
import { showCourse } from './forlopp.js';
import { PHASES, capitalise, labelOf, loadSites, loadVocabularies } from './vocabulary.js';

const participantId = byId('main').dataset.participant;
const path = `/api/participants/${encodeURIComponent(participantId)}`;
const form = byId('coach-form');
const pageMessage = byId('page-message');
const coachMessage = byId('coach-message');
const coachError = byId('coach-error');

let vocab;
let currentCoachId = null;

init();

async function init() {
  let participant;
  let me;
  let sites;
  try {
    [participant, me, sites, vocab] = await Promise.all([api(path), loadMe(), loadSites(), loadVocabularies()]);
  } catch (error) {
    byId('profile-status').textContent = '';
    say(pageMessage, error instanceof ApiError && error.status === 404
      ? `Det finns ingen deltagare med id ${participantId}.` : errorMessage(error), 'error');
    pageMessage.focus();
    return;
  }
  byId('profile-status').textContent = '';
  renderProfile(participant, new Map(sites.map((site) => [site.id, site.name])));
  // Suggestions and coach assignments are the coordinator's of the participant's own site.
  const coordinates = hasRole(me, 'COORDINATOR') && (me.sites ?? []).includes(participant.site);
  byId('coordinator-tools').hidden = !coordinates;
  byId('coach').hidden = false;
  await loadCoach();
  const who = { coordinates, coaches: hasRole(me, 'COACH') };
  const refresh = async () => {
    renderProfile(await api(path), new Map(sites.map((site) => [site.id, site.name])));
    await showCourse(participantId, who, refresh);
  };
  await showCourse(participantId, who, refresh);
  if (coordinates) {
    prepareCoachForm();
  }
}

// --- The profile --------------------------------------------------------------------------------

function renderProfile(p, siteNames) {
  replace(byId('phase-props'),
    prop('Fas', p.phaseLabel ?? labelOf(PHASES, p.phase)),
    p.phase === 'READY' ? prop('Väntetid', waitingText(p.readySince)) : null,
    prop('Verksamhet', siteNames.get(p.site) ?? p.site));

  replace(byId('travel-props'),
    prop('Bor i', p.homeLocality),
    prop('Färdsätt', p.travelModeLabel),
    prop('Längsta restid', p.maxTravelMinutes != null ? `${p.maxTravelMinutes} min enkel resa` : null));

  replace(byId('time-props'),
    prop('Timmar per vecka', formatHours(p.hours)),
    prop('Högst per dag', p.maxHoursPerDay != null ? `${formatNumber(p.maxHoursPerDay)} timmar` : null),
    prop('I början', `högst ${p.startCeilingHours ?? 10} tim/vecka`),
    p.earliestStart ? prop('Börjar tidigast', `kl. ${formatTime(p.earliestStart)}`) : null);
  replace(byId('availability'), availabilityTable(p.availability ?? []));

  const limitations = limitationLabels(p);
  replace(byId('limitations'),
    limitations.length
      ? h('ul', { class: 'tags' }, limitations.map((label) => h('li', { class: 'tag limitation' }, label)))
      : h('p', {}, 'Inga begränsningar angivna.'),
    p.maxLiftKg != null ? h('p', {}, `Lyfter högst ${p.maxLiftKg} kg.`) : null);

  const names = (codes) => [...(codes ?? [])].map((code) => p.occupationNames?.[code] ?? code).join(', ');
  replace(byId('goal-props'),
    prop('Yrkesmål', names(p.goalOccupations) || 'Inget angivet'),
    prop('Erfarenhet', names(p.experienceOccupations) || 'Ingen angiven'),
    prop('Intressen', p.interests),
    prop('Styrkor', p.strengths),
    prop('Färdigheter', p.skills));
  byId('profile').hidden = false;
}

function availabilityTable(windows) {
  if (!windows.length) {
    return h('p', {}, 'Inga tider angivna.');
  }
  const order = (day) => vocab.weekdays.findIndex((weekday) => weekday.code === day);
  const sorted = [...windows].sort((a, b) => order(a.day) - order(b.day) || a.start.localeCompare(b.start));
  return h('table', { class: 'compact' },
    h('caption', {}, 'Kan vara på plats'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Dag'), h('th', { scope: 'col' }, 'Tid'))),
    h('tbody', {}, sorted.map((window) => h('tr', {},
      h('th', { scope: 'row' }, capitalise(labelOf(vocab.weekdays, window.day))),
      h('td', {}, `${formatTime(window.start)}–${formatTime(window.end)}`)))));
}

// --- The personal coach -------------------------------------------------------------------------

async function loadCoach() {
  try {
    renderCoach(await api(`${path}/coach`));
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      renderCoach(null);
    } else {
      say(pageMessage, `Coachen kunde inte hämtas. ${errorMessage(error)}`, 'error');
    }
  }
}

function renderCoach(assignment) {
  currentCoachId = assignment?.coachId ?? null;
  replace(byId('coach-current'), assignment
    ? h('dl', { class: 'props' },
      prop('Coach', assignment.coachName ?? 'Namnet kunde inte läsas'),
      prop('Sedan', formatDate(assignment.since)))
    : h('p', {}, 'Ingen personlig coach är utsedd ännu.'));
  const earlier = assignment?.earlier ?? [];
  replace(byId('coach-earlier'), earlier.length
    ? [h('h3', {}, 'Tidigare coacher'),
      h('table', { class: 'stack' },
        h('caption', { class: 'visually-hidden' }, 'Tidigare personliga coacher'),
        h('thead', {}, h('tr', {}, ['Coach', 'Från', 'Till'].map((title) => h('th', { scope: 'col' }, title)))),
        h('tbody', {}, earlier.map((coach) => h('tr', {},
          h('th', { scope: 'row' }, coach.coachName ?? 'Namnet kunde inte läsas'),
          h('td', { 'data-label': 'Från' }, formatDate(coach.from)),
          h('td', { 'data-label': 'Till' }, formatDate(coach.until))))))]
    : null);
  byId('coach-form-title').textContent = assignment ? 'Byt personlig coach' : 'Utse personlig coach';
}

async function prepareCoachForm() {
  try {
    const coaches = await api('/api/coaches');
    options(byId('c-coachId'), coaches.map((coach) => ({
      code: coach.id,
      label: coach.id === currentCoachId ? `${coach.displayName} (nuvarande coach)` : coach.displayName,
    })), { placeholder: 'Välj coach', value: '' });
    if (!coaches.length) {
      say(coachError, 'Det finns ingen personlig coach i dina verksamheter ännu. En administratör ger personal rollen.', 'info');
    }
  } catch (error) {
    say(coachError, `Coacherna kunde inte hämtas. ${errorMessage(error)}`, 'error');
  }
  form.hidden = false;
  form.addEventListener('submit', saveCoach);
}

async function saveCoach(event) {
  event.preventDefault();
  say(coachMessage, '');
  say(coachError, '');
  const button = byId('coach-save');
  button.disabled = true;
  try {
    const assignment = await api(`${path}/coach`, {
      method: 'PUT',
      json: { coachId: byId('c-coachId').value, since: byId('c-since').value || null },
    });
    renderCoach(assignment);
    form.reset();
    markCurrentCoach();
    say(coachMessage, `${assignment.coachName ?? 'Coachen'} är personlig coach för ${participantId} från och med `
      + `${formatDate(assignment.since)}.`, 'success');
    byId('coach-title').focus();
  } catch (error) {
    showError(error, { region: coachError, root: form, locate: (field) => byId(`c-${field}`), summary: byId('coach-summary') });
  } finally {
    button.disabled = false;
  }
}

/** Marks the new coach as the current one in the list. */
function markCurrentCoach() {
  for (const option of byId('c-coachId').options) {
    option.textContent = option.textContent.replace(/ \(nuvarande coach\)$/, '');
    if (option.value && option.value === currentCoachId) {
      option.textContent += ' (nuvarande coach)';
    }
  }
}
