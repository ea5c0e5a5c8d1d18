// A plan for the whole waiting list. The coordinator chooses among their own sites, starts a
// plan (POST /api/plans), follows it live (Server-Sent Events from /api/plans/{id}/progress), may
// stop it early, and reads the result: every waiting participant's proposed slot with its
// checklist. The solver only proposes: each placement is decided, one at a time, by the
// coordinator (POST /api/plans/{id}/decisions), which books a study visit at the time agreed with
// the employer and holds the seat until the answer; the plan can then be solved
// again around what is decided. The server records who started the plan and who decided, from
// the session, so nobody types a name. The address holds the plan: `?plan=<jobId>`.

import { api, ApiError, isAbort, loadMe } from './api.js';
import {
  byId, checkboxes, checkedValues, errorMessage, formatInstant, formatNumber, h, replace, say, showError,
} from './ui.js';
import { loadMySites } from './vocabulary.js';
import { checklistCounts, checklistTable } from './checklist.js';

/** The job's statuses in Swedish. */
const STATUS_LABELS = {
  PREPARING: 'Läser väntelistan',
  QUEUED: 'I kö',
  SOLVING: 'Planerar',
  FINISHED: 'Klar',
  FAILED: 'Misslyckades',
  INTERRUPTED: 'Avbruten av en omstart',
};
const OVER = new Set(['FINISHED', 'FAILED', 'INTERRUPTED']);
const RECONNECT_MS = 2000;
const MOST_RECONNECTS = 10;

const form = byId('plan-form');
const formSummary = byId('plan-summary');
const formMessage = byId('plan-form-message');
const progressSection = byId('progress');
const progressStatus = byId('progress-status');
const progressBar = byId('progress-bar');
const progressMessage = byId('progress-message');
const resultSection = byId('result');
const resultList = byId('result-list');
const decisionMessage = byId('decision-message');
const decisionError = byId('decision-error');
const pageTitle = document.title;

let jobId = null;
let source = null;
let reconnects = 0;
let reconnectTimer = null;
let lastProgress = null;
let assignments = [];
let resultStale = false;
/** Participants whose checklist is open (kept when the result is drawn again). */
const openChecklists = new Set();
let myName = '';
let focusResultWhenDone = false;
let resultController;

init();

async function init() {
  // Only the coordinator's own sites can be planned; with none listed the plan covers them all.
  const [sites, me] = await Promise.all([loadMySites(), loadMe().catch(() => null)]);
  myName = me?.displayName ?? '';
  if (sites.length > 1) {
    checkboxes(byId('p-sites-boxes'), 'site', sites.map((site) => ({ code: site.id, label: site.name })), { idPrefix: 'p-site' });
  } else {
    byId('p-sites-hint').textContent = sites.length
      ? `Väntelistan i ${sites[0].name} planeras.`
      : 'Planen gäller väntelistorna i de verksamheter du är samordnare för.';
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    startPlan();
  });
  byId('stop-plan').addEventListener('click', stopPlan);
  byId('resolve-plan').addEventListener('click', resolvePlan);
  byId('hide-decided').addEventListener('change', () => renderResult());
  window.addEventListener('popstate', () => openFromAddress());
  openFromAddress();
}

function locateField(field) {
  if (field.startsWith('sites')) {
    return byId('p-sites');
  }
  return null;
}

// --- Starting and following a plan -------------------------------------------------------------

function openFromAddress() {
  const id = new URLSearchParams(window.location.search).get('plan');
  if (id === jobId) {
    return;
  }
  stopFollowing();
  jobId = id;
  assignments = [];
  openChecklists.clear();
  say(progressMessage, '');
  say(decisionMessage, '');
  say(decisionError, '');
  if (!id) {
    progressSection.hidden = true;
    resultSection.hidden = true;
    byId('no-plan').hidden = false;
    byId('start-plan').disabled = false;
    document.title = pageTitle;
    return;
  }
  byId('no-plan').hidden = true;
  progressSection.hidden = false;
  resultSection.hidden = true;
  progressStatus.textContent = 'Hämtar planen …';
  api(`/api/plans/${encodeURIComponent(id)}`)
    .then((progress) => {
      if (id !== jobId) {
        return;
      }
      showProgress(progress);
      if (OVER.has(progress.status)) {
        planOver(progress);
      } else {
        follow();
      }
    })
    .catch((error) => {
      if (id === jobId) {
        planUnreadable(error);
      }
    });
}

async function startPlan() {
  say(formMessage, '');
  const sites = checkedValues(form, 'site');
  const button = byId('start-plan');
  button.disabled = true;
  try {
    const progress = await api('/api/plans', { method: 'POST', json: { sites } });
    stopFollowing();
    jobId = progress.jobId;
    history.pushState(null, '', `?plan=${encodeURIComponent(jobId)}`);
    assignments = [];
    openChecklists.clear();
    resultSection.hidden = true;
    byId('no-plan').hidden = true;
    say(progressMessage, '');
    say(decisionMessage, '');
    say(decisionError, '');
    focusResultWhenDone = true;
    showProgress(progress);
    byId('progress-title').focus();
    follow();
  } catch (error) {
    button.disabled = false;
    showError(error, { region: formMessage, root: form, locate: locateField, summary: formSummary });
    if (!(error instanceof ApiError && error.errors.length)) {
      say(formMessage, planErrorMessage(error), 'error');
    }
  }
}

/** Follows the plan's progress live until it is finished or failed. */
function follow() {
  stopFollowing();
  const id = jobId;
  if (typeof EventSource === 'undefined') {
    poll(id);
    return;
  }
  source = new EventSource(`/api/plans/${encodeURIComponent(id)}/progress`);
  source.addEventListener('progress', (event) => {
    reconnects = 0;
    let progress;
    try {
      progress = JSON.parse(event.data);
    } catch {
      return;
    }
    if (id !== jobId) {
      return;
    }
    showProgress(progress);
    if (OVER.has(progress.status)) {
      stopFollowing();
      planOver(progress);
    }
  });
  source.addEventListener('error', () => {
    // The stream broke (or the server ended it): ask once where the plan is, then listen again.
    if (id !== jobId || (lastProgress && OVER.has(lastProgress.status))) {
      stopFollowing();
      return;
    }
    stopFollowing();
    poll(id);
  });
}

/** Reads the plan's state once; listens again (or polls, without EventSource) while it runs. */
async function poll(id) {
  try {
    const progress = await api(`/api/plans/${encodeURIComponent(id)}`);
    if (id !== jobId) {
      return;
    }
    reconnects = 0;
    showProgress(progress);
    if (OVER.has(progress.status)) {
      planOver(progress);
      return;
    }
  } catch (error) {
    if (id !== jobId) {
      return;
    }
    if (error instanceof ApiError && error.status === 404) {
      planUnreadable(error);
      return;
    }
    reconnects += 1;
    if (reconnects > MOST_RECONNECTS) {
      say(progressMessage, `${errorMessage(error)} Ladda om sidan för att följa planen igen.`, 'error');
      return;
    }
    say(progressMessage, 'Kontakten med planeringen bröts. Försöker igen …', 'warning');
  }
  reconnectTimer = setTimeout(() => {
    if (id === jobId) {
      if (typeof EventSource === 'undefined') {
        poll(id);
      } else {
        follow();
      }
    }
  }, RECONNECT_MS);
}

function stopFollowing() {
  source?.close();
  source = null;
  clearTimeout(reconnectTimer);
  reconnectTimer = null;
}

function planUnreadable(error) {
  stopFollowing();
  byId('start-plan').disabled = false;
  resultSection.hidden = true;
  progressStatus.textContent = '';
  byId('stop-plan').hidden = true;
  byId('resolve-plan').hidden = true;
  say(progressMessage, planErrorMessage(error), 'error');
}

async function stopPlan() {
  const button = byId('stop-plan');
  button.disabled = true;
  try {
    const progress = await api(`/api/plans/${encodeURIComponent(jobId)}/stop`, { method: 'POST' });
    byId('progress-hint').textContent = 'Planeringen stoppas. Den bästa planen hittills blir planen.';
    showProgress(progress);
    focusResultWhenDone = true;
  } catch (error) {
    button.disabled = false;
    say(progressMessage, planErrorMessage(error), 'error');
  }
}

async function resolvePlan() {
  const button = byId('resolve-plan');
  button.disabled = true;
  say(decisionMessage, '');
  say(decisionError, '');
  try {
    const progress = await api(`/api/plans/${encodeURIComponent(jobId)}/resolve`, { method: 'POST' });
    resultStale = true;
    renderResult();
    focusResultWhenDone = true;
    showProgress(progress);
    byId('progress-title').focus();
    follow();
  } catch (error) {
    button.disabled = false;
    say(progressMessage, planErrorMessage(error), 'error');
  }
}

function planOver(progress) {
  if (progress.status === 'FINISHED') {
    loadResult();
  } else {
    resultStale = false;
    renderResult();
  }
}

// --- Progress -----------------------------------------------------------------------------------

function showProgress(progress) {
  lastProgress = progress;
  const { status, placed = 0, ready = 0, pinned = 0 } = progress;
  const running = !OVER.has(status);
  const label = STATUS_LABELS[status] ?? status;
  document.title = `${label} – ${pageTitle}`;
  progressSection.hidden = false;
  byId('no-plan').hidden = true;

  let text = `Status: ${label}`;
  if (status === 'PREPARING') {
    text += ' …';
  } else if (status === 'FAILED' || status === 'INTERRUPTED') {
    text += '.';
  } else if (ready === 0) {
    text += status === 'FINISHED' ? '. Ingen väntar på plats i de valda verksamheterna.' : ' …';
  } else {
    text += ` – ${formatNumber(placed)} av ${formatNumber(ready)} väntande deltagare har ett förslag`
      + `${status === 'FINISHED' ? '.' : ' hittills …'}`;
  }
  progressStatus.textContent = text;
  progressStatus.dataset.status = status;

  // Reading the list and waiting in the queue have no measure yet: the bar then only shows that
  // something is going on. After that it shows how many have a proposal.
  if ((status === 'PREPARING' || status === 'QUEUED') && ready === 0) {
    progressBar.removeAttribute('value');
    progressBar.removeAttribute('max');
    byId('progress-bar-label').textContent = 'Arbetar …';
  } else {
    progressBar.max = Math.max(ready, 1);
    progressBar.value = placed;
    byId('progress-bar-label').textContent = `Deltagare med förslag: ${formatNumber(placed)} av ${formatNumber(ready)}`;
  }

  replace(byId('progress-facts'),
    fact('Väntar på plats', formatNumber(ready)),
    fact('Har ett förslag', formatNumber(placed)),
    fact('Utan förslag', status === 'PREPARING' ? '–' : formatNumber(Math.max(0, ready - placed))),
    fact('Beslutade placeringar', formatNumber(pinned)),
    progress.requestedBy ? fact('Startad av', progress.requestedBy) : null,
    progress.updatedAt ? fact('Senast ändrad', formatInstant(progress.updatedAt)) : null);

  const stop = byId('stop-plan');
  stop.hidden = !(status === 'QUEUED' || status === 'SOLVING');
  if (stop.hidden) {
    stop.disabled = false;
  }
  const resolve = byId('resolve-plan');
  resolve.hidden = status !== 'FINISHED';
  resolve.disabled = false;
  byId('start-plan').disabled = running;

  const hint = byId('progress-hint');
  if (running) {
    if (!stop.disabled) {
      hint.textContent = 'Planen blir klar av sig själv när den inte längre blir bättre, oftast inom några sekunder. '
        + 'Stoppa nu ger den bästa planen hittills.';
    }
  } else if (status === 'FINISHED') {
    hint.textContent = pinned > 0
      ? 'Planen är klar. Planera om runt besluten om du vill att de som inte är beslutade får nya förslag som tar hänsyn till besluten.'
      : 'Planen är klar. Bedöm förslagen nedan och besluta placeringarna en i taget.';
  } else {
    hint.textContent = '';
  }
  if (status === 'FAILED') {
    say(progressMessage, failureText(progress.message), 'error');
  } else if (status === 'INTERRUPTED') {
    say(progressMessage, progress.message, 'error');
  } else if (progressMessage.classList.contains('message-warning')) {
    say(progressMessage, '');
  }
}

/** The failure in plain Swedish, without the technical reason the service may append. */
function failureText(message) {
  const plain = (message ?? '').split(':')[0].trim();
  return `${plain || 'Planeringen misslyckades'}. Försök igen om en stund; om det upprepas, kontakta den som sköter plattformen.`;
}

function fact(term, value) {
  return [h('dt', {}, term), h('dd', {}, value)];
}

// --- The result ---------------------------------------------------------------------------------

async function loadResult() {
  resultController?.abort();
  resultController = new AbortController();
  const id = jobId;
  resultList.setAttribute('aria-busy', 'true');
  try {
    const result = await api(`/api/plans/${encodeURIComponent(id)}/result`, { signal: resultController.signal });
    if (id !== jobId) {
      return;
    }
    if (result.progress) {
      showProgress(result.progress);
    }
    assignments = result.assignments ?? [];
    resultStale = false;
    renderResult();
    if (focusResultWhenDone) {
      focusResultWhenDone = false;
      const active = document.activeElement;
      if (!active || active === document.body || progressSection.contains(active) || form.contains(active)) {
        byId('result-title').focus();
      }
    }
  } catch (error) {
    if (isAbort(error)) {
      return;
    }
    resultSection.hidden = false;
    resultList.replaceChildren();
    say(decisionError, planErrorMessage(error), 'error');
  } finally {
    resultList.setAttribute('aria-busy', 'false');
  }
}

function renderResult() {
  if (!assignments.length) {
    resultSection.hidden = !(lastProgress?.status === 'FINISHED');
    byId('result-count').textContent = 'Planen har inga deltagare: ingen väntar på plats i de valda verksamheterna.';
    resultList.replaceChildren();
    return;
  }
  resultSection.hidden = false;
  const placed = assignments.filter((line) => line.slot).length;
  const decided = assignments.filter((line) => line.decided).length;
  const without = assignments.length - placed;
  byId('result-count').textContent = [
    `${formatNumber(placed)} av ${formatNumber(assignments.length)} väntande deltagare får ett förslag.`,
    decided ? `${formatNumber(decided)} ${decided === 1 ? 'är beslutad' : 'är beslutade'}.` : 'Ingen placering är beslutad än.',
    without ? `${formatNumber(without)} får ingen plats den här gången.` : '',
    resultStale ? 'Planen räknas om – förslagen nedan kan ändras, och beslut kan fattas när den är klar.' : '',
  ].filter(Boolean).join(' ');

  const hideDecided = byId('hide-decided').checked;
  const shown = assignments.filter((line) => !(hideDecided && line.decided));
  replace(resultList, h('div', { class: 'table-wrap' }, h('table', { class: 'plan-table stack' },
    h('caption', { class: 'visually-hidden' }, 'Planens förslag: de med plats först, den som väntat längst först'),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, 'Deltagare'),
      h('th', { scope: 'col', class: 'num' }, 'Väntat'),
      h('th', { scope: 'col' }, 'Föreslagen plats'),
      h('th', { scope: 'col' }, 'Beslut'),
      h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Åtgärder')))),
    shown.map((line) => lineRows(line)))));
}

function rowId(participantId) {
  return `line-${participantId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** One participant's line: a <tbody> with the line and its checklist row (shown on request). */
function lineRows(line) {
  const id = rowId(line.participantId);
  const checklistId = `${id}-checklist`;
  const open = openChecklists.has(line.participantId);
  const slot = line.slot;
  const toggle = h('button', {
    type: 'button',
    class: 'secondary small',
    'aria-expanded': String(open),
    'aria-controls': checklistId,
    onclick: () => {
      const nowOpen = !openChecklists.has(line.participantId);
      if (nowOpen) {
        openChecklists.add(line.participantId);
      } else {
        openChecklists.delete(line.participantId);
      }
      toggle.setAttribute('aria-expanded', String(nowOpen));
      toggle.textContent = nowOpen ? 'Dölj kontrollista' : 'Visa kontrollista';
      byId(checklistId).hidden = !nowOpen;
    },
  }, open ? 'Dölj kontrollista' : 'Visa kontrollista');
  const counts = checklistCounts(line.explanation);

  return h('tbody', { id, class: line.decided ? 'line decided' : slot ? 'line' : 'line unplaced' },
    h('tr', {},
      h('th', { scope: 'row' },
        h('a', { href: `/forslag?participant=${encodeURIComponent(line.participantId)}` }, line.participantId)),
      h('td', { 'data-label': 'Väntat', class: 'num nowrap' }, line.waitingDays === 1 ? '1 dag' : `${formatNumber(line.waitingDays)} dagar`),
      h('td', { 'data-label': 'Föreslagen plats' },
        slot
          ? [h('a', { href: `/platser?slot=${encodeURIComponent(slot.id)}` }, slot.title),
            h('span', { class: 'line-sub' }, slot.employerName ?? ''),
            h('span', { class: 'line-sub' }, slot.locality ?? '')]
          : h('span', { class: 'no-slot' }, 'Ingen plats')),
      h('td', { 'data-label': 'Beslut' },
        h('span', { class: 'decision-state', id: `${id}-state`, tabindex: '-1' },
          line.decided
            ? h('span', { class: 'status status-DECIDED' }, h('span', { 'aria-hidden': 'true' }, '✓ '), 'Beslutad – studiebesök bokat, platsen hålls')
            : slot ? h('span', { class: 'status status-PROPOSED' }, 'Förslag, inte beslutat') : '–')),
      h('td', { class: 'line-actions' },
        h('div', { class: 'toolbar' },
          toggle,
          slot && !line.decided
            ? h('label', { class: 'small' }, 'Studiebesök ',
              h('input', { type: 'datetime-local', id: `${id}-visit`, required: true, disabled: resultStale }))
            : null,
          slot && !line.decided
            ? h('button', {
              type: 'button',
              class: 'small',
              disabled: resultStale,
              'aria-describedby': `${id}-state`,
              onclick: (event) => decide(line, event.currentTarget),
            }, 'Besluta placering')
            : null))),
    h('tr', { id: checklistId, class: 'checklist-row', hidden: !open },
      h('td', { colspan: '5' },
        h('p', { class: 'checklist-heading' }, `Kontrollista för ${line.participantId}`, counts ? ` (${counts})` : ''),
        checklistTable(line.explanation, {
          caption: slot ? `Kontrollista för ${line.participantId} på ${slot.title}` : `Kontrollista för ${line.participantId}`,
        }))));
}

// --- Decisions ----------------------------------------------------------------------------------

async function decide(line, button) {
  say(decisionMessage, '');
  say(decisionError, '');
  const slot = line.slot;
  const visit = byId(`${rowId(line.participantId)}-visit`);
  if (!visit?.value) {
    say(decisionError, `${line.participantId}: Ange när studiebesöket är, enligt överenskommelse med arbetsgivaren.`, 'error');
    visit?.focus();
    return;
  }
  const question = `Besluta placering för ${line.participantId}:\n`
    + `${slot.title}, ${slot.employerName ?? ''}, ${slot.locality ?? ''}.\n\n`
    + `Studiebesök bokas ${visit.value.replace('T', ' kl. ')} och platsen hålls till en vecka efter besöket.\n`
    + `Beslutet sparas i ditt namn${myName ? ` (${myName})` : ''}.`;
  if (!window.confirm(question)) {
    return;
  }
  button.disabled = true;
  button.textContent = 'Beslutar …';
  try {
    const updated = await api(`/api/plans/${encodeURIComponent(jobId)}/decisions`, {
      method: 'POST',
      json: { participantId: line.participantId, studyVisitAt: visit.value },
    });
    assignments = assignments.map((other) => (other.participantId === updated.participantId ? updated : other));
    renderResult();
    say(decisionMessage, `Placeringen är beslutad: ${updated.participantId} till ${updated.slot?.title ?? slot.title}`
      + ` hos ${updated.slot?.employerName ?? slot.employerName ?? 'arbetsgivaren'}. Studiebesöket är bokat och platsen hålls.`, 'success');
    const state = byId(`${rowId(updated.participantId)}-state`);
    (state ?? byId('result-title')).focus();
    api(`/api/plans/${encodeURIComponent(jobId)}`).then(showProgress).catch(() => {});
  } catch (error) {
    button.disabled = false;
    button.textContent = 'Besluta placering';
    say(decisionError, `${line.participantId}: ${planErrorMessage(error)}`, 'error');
    button.focus();
  }
}

// --- Errors -------------------------------------------------------------------------------------

const PLAN_STATES = { preparing: 'läser fortfarande väntelistan', queued: 'står i kö', solving: 'räknas fortfarande' };

/** The service's reasons for refusing (problem details, in English) in plain Swedish. */
const CONFLICTS = [
  [/^The plan is (\w+);/, (m) => `Planen ${PLAN_STATES[m[1]] ?? 'är inte klar'}. Vänta tills den är klar eller stoppa den, och försök sedan igen.`],
  [/no place to decide$/, () => 'Planen ger deltagaren ingen plats att besluta.'],
  [/already has a placement/, () => 'Deltagaren har redan en beslutad placering. Den behöver avslutas innan en ny beslutas.'],
  [/^The participant is (.+), not waiting for a place$/, (m) => `Deltagaren väntar inte längre på plats (${m[1]}).`],
  [/has no free seat$/, () => 'Platsen har ingen ledig plats längre. Planera om runt besluten för att få ett nytt förslag.'],
  [/takes no new participants$/, () => 'Platsen är pausad eller återkallad och tar inte emot nya deltagare. Planera om för att få ett nytt förslag.'],
  [/^Too many plans are kept/, () => 'Det finns för många planer sparade just nu. Vänta en stund och försök igen.'],
  [/^You do not coordinate the site (.+)$/, (m) => `Du är inte samordnare för verksamheten ${m[1]}.`],
  [/^The plan covers sites you do not coordinate$/, () => 'Planen gäller verksamheter som du inte är samordnare för.'],
];

function planErrorMessage(error) {
  if (!(error instanceof ApiError)) {
    return errorMessage(error);
  }
  const problem = error.problem ?? {};
  if (error.status === 404) {
    if (problem.kind === 'participant in this plan') {
      return 'Deltagaren finns inte i den här planen.';
    }
    return 'Planen finns inte längre. Planer sparas bara en tid (och inte när tjänsten startas om); besluten finns kvar. Starta en ny plan.';
  }
  const reasons = [problem.detail, ...error.errors.map((e) => e.reason)].filter((text) => typeof text === 'string');
  for (const [pattern, wording] of CONFLICTS) {
    for (const reason of reasons) {
      const match = reason.match(pattern);
      if (match) {
        return wording(match);
      }
    }
  }
  return error.message;
}
