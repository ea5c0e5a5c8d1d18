// Suggestions for one participant. The left column is the waiting list (GET /api/participants,
// the longest waiting first), filtered by site and phase; the right column shows the chosen
// participant's best slots (GET /api/participants/{id}/suggestions), each with its checklist.
// The address holds the choice: `participant=D-…`, and `site`, `phase` and `page` of the list,
// so the view can be bookmarked, shared with a colleague and gone back to. A coordinator books a
// study visit at a suggestion (POST /api/participants/{id}/study-visits) at the time agreed with
// the employer; choosing another slot than the first-ranked asks why, and the reason is kept with
// the placement together with which slot was first.

import { ApiError, api, hasRole, isAbort, loadMe } from './api.js';
import {
  byId, currentParams, errorMessage, formatDate, formatDays, formatHours, formatNumber, h, limitationLabels,
  options, paramsAtPage, pushParams, replace, say, setOrDelete, waitingText,
} from './ui.js';
import { PHASES, labelOf, loadMySites, loadSites, loadVocabularies } from './vocabulary.js';
import { checklistDetails, formatPoints } from './checklist.js';

const LIST_SIZE = 20;
const FIRST_COUNT = 10;
const MOST_COUNT = 50; // the API gives at most 50 suggestions
const ALL = 'ALL'; // phase=ALL in the address: every phase

const listEl = byId('participant-list');
const listCount = byId('list-count');
const listMessage = byId('list-message');
const listPager = byId('list-pager');
const suggestionList = byId('suggestion-list');
const suggestionsCount = byId('suggestions-count');
const suggestionsMessage = byId('suggestions-message');
const summaryEl = byId('participant-summary');
const pageTitle = document.title;

let vocab;
let siteNames = new Map();
let listController;
let suggestionController;
let lastListKey = null;
let shownParticipant = null;
let count = FIRST_COUNT;
let showAllChecklists = false;
/** Whether the signed-in person may book study visits (a coordinator); coaches only read. */
let mayBook = false;
/** The participant and the slot ranked first of the suggestions shown, for a booking to say which was first. */
let shownFor = null;
let firstRankedSlotId = null;
/** Participants of the list page shown, by id (their summary needs no second call). */
const known = new Map();

init();

async function init() {
  const [vocabularies, sites, mySites, me] = await Promise.all([loadVocabularies(), loadSites(), loadMySites(),
    loadMe().catch(() => null)]);
  vocab = vocabularies;
  mayBook = hasRole(me, 'COORDINATOR');
  siteNames = new Map(sites.map((site) => [site.id, site.name]));
  // The list shows only the coordinator's own sites' participants, so only those are offered.
  options(byId('f-site'), mySites.map((site) => ({ code: site.id, label: site.name })), { placeholder: 'Alla mina verksamheter' });
  options(byId('f-phase'), [...PHASES, { code: ALL, label: 'Alla faser' }]);

  byId('filter-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const params = currentParams();
    setOrDelete(params, 'site', byId('f-site').value);
    setOrDelete(params, 'phase', byId('f-phase').value === 'READY' ? '' : byId('f-phase').value);
    params.delete('page');
    navigate(params);
  });
  // Changing a filter shows the list at once; the button is there for those who expect one.
  for (const id of ['f-site', 'f-phase']) {
    byId(id).addEventListener('change', () => byId('filter-form').requestSubmit());
  }
  byId('list-prev').addEventListener('click', () => goToPage(-1));
  byId('list-next').addEventListener('click', () => goToPage(1));
  byId('goto-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const id = byId('goto-id').value.trim().toUpperCase();
    if (!id) {
      byId('goto-id').focus();
      return;
    }
    choose(id);
  });
  byId('toggle-checklists').addEventListener('click', () => {
    showAllChecklists = !showAllChecklists;
    byId('toggle-checklists').setAttribute('aria-pressed', String(showAllChecklists));
    byId('toggle-checklists').textContent = showAllChecklists ? 'Dölj alla kontrollistor' : 'Visa alla kontrollistor';
    suggestionList.querySelectorAll('details.checklist-details').forEach((details) => {
      details.open = showAllChecklists;
    });
  });
  byId('more-suggestions').addEventListener('click', () => {
    count = Math.min(MOST_COUNT, count + 10);
    showSuggestions(currentParams().get('participant'), { focusFrom: byId('more-suggestions').dataset.shown });
  });
  window.addEventListener('popstate', () => render());
  render();
}

// --- Address ------------------------------------------------------------------------------------

function navigate(params, { focusSuggestions = false } = {}) {
  pushParams(params);
  render({ focusSuggestions });
}

function hrefFor(participantId) {
  const params = currentParams();
  params.set('participant', participantId);
  return `?${params.toString()}`;
}

function choose(participantId) {
  const params = currentParams();
  params.set('participant', participantId);
  navigate(params, { focusSuggestions: true });
}

function goToPage(step) {
  navigate(paramsAtPage(step));
  byId('waiting-title').scrollIntoView({ block: 'start' });
}

// --- Rendering ----------------------------------------------------------------------------------

function render({ focusSuggestions = false } = {}) {
  const params = currentParams();
  const site = params.get('site') ?? '';
  const phase = params.get('phase') ?? 'READY';
  byId('f-site').value = site;
  if (byId('f-site').value !== site) {
    // A site not among the choices (from a shared link): add it so it is shown and kept.
    byId('f-site').append(h('option', { value: site }, site));
    byId('f-site').value = site;
  }
  byId('f-phase').value = phase;
  const listKey = `${site}|${phase}|${params.get('page') ?? 0}`;
  if (listKey !== lastListKey) {
    lastListKey = listKey;
    loadList(site, phase, Number(params.get('page') ?? 0));
  } else {
    markCurrent();
  }
  const participant = params.get('participant');
  if (participant !== shownParticipant) {
    shownParticipant = participant;
    count = FIRST_COUNT;
    if (participant) {
      showSuggestions(participant, { focus: focusSuggestions });
    } else {
      clearSuggestions();
    }
  } else if (focusSuggestions) {
    byId('suggestions-title').focus();
  }
}

async function loadList(site, phase, page) {
  listController?.abort();
  listController = new AbortController();
  say(listMessage, '');
  listEl.setAttribute('aria-busy', 'true');
  listCount.textContent = 'Hämtar deltagare …';
  try {
    const result = await api('/api/participants', {
      query: { site, phase: phase === ALL ? '' : phase, page, size: LIST_SIZE },
      signal: listController.signal,
    });
    renderList(result, phase);
  } catch (error) {
    if (isAbort(error)) {
      return;
    }
    lastListKey = null;
    listCount.textContent = '';
    listEl.replaceChildren();
    listPager.hidden = true;
    say(listMessage, errorMessage(error), 'error');
  } finally {
    listEl.setAttribute('aria-busy', 'false');
  }
}

function renderList(result, phase) {
  const { items = [], total = 0, page = 0, size = LIST_SIZE } = result ?? {};
  items.forEach((participant) => known.set(participant.id, participant));
  const what = phase === 'READY' ? 'väntar på plats' : phase === ALL ? 'i alla faser' : `i fasen ${labelOf(PHASES, phase).toLocaleLowerCase('sv-SE')}`;
  if (!items.length) {
    listCount.textContent = total > 0 ? `Inga fler deltagare på den här sidan (${total} totalt).` : `Inga deltagare ${what}.`;
    listEl.replaceChildren();
  } else {
    const first = page * size + 1;
    listCount.textContent = `${total === 1 ? '1 deltagare' : `${formatNumber(total)} deltagare`} ${what}`
      + `${phase === 'READY' ? ', den som väntat längst först' : ''}. Visar ${first}–${page * size + items.length}.`;
    replace(listEl, h('ul', { class: 'pick-list' }, items.map(pickItem)));
  }
  const pages = Math.ceil(total / size);
  listPager.hidden = pages <= 1;
  byId('list-page-info').textContent = `Sida ${page + 1} av ${Math.max(pages, 1)}`;
  byId('list-prev').disabled = page <= 0;
  byId('list-next').disabled = page + 1 >= pages;
  markCurrent();
}

function pickItem(participant) {
  const limitations = limitationLabels(participant);
  return h('li', { class: 'pick', dataset: { participant: participant.id } },
    h('p', { class: 'pick-id' },
      h('a', {
        href: hrefFor(participant.id),
        onclick: (event) => {
          if (event.ctrlKey || event.metaKey || event.shiftKey || event.button === 1) {
            return;
          }
          event.preventDefault();
          choose(participant.id);
        },
      }, participant.id),
      ' ', h('span', { class: 'hint-inline' }, siteNames.get(participant.site) ?? participant.site)),
    h('ul', { class: 'facts' },
      participant.phase === 'READY'
        ? h('li', {}, waitingText(participant.readySince))
        : h('li', {}, participant.phaseLabel ?? labelOf(PHASES, participant.phase)),
      h('li', {}, formatHours(participant.hours))),
    limitations.length
      ? h('ul', { class: 'tags', 'aria-label': 'Begränsningar' }, limitations.map((label) => h('li', { class: 'tag limitation' }, label)))
      : h('p', { class: 'hint' }, 'Inga begränsningar angivna'));
}

function markCurrent() {
  const id = currentParams().get('participant');
  listEl.querySelectorAll('li.pick').forEach((item) => {
    const current = item.dataset.participant === id;
    item.classList.toggle('current', current);
    const link = item.querySelector('a');
    link.href = hrefFor(item.dataset.participant);
    if (current) {
      link.setAttribute('aria-current', 'true');
    } else {
      link.removeAttribute('aria-current');
    }
  });
}

// --- Suggestions --------------------------------------------------------------------------------

function clearSuggestions() {
  suggestionController?.abort();
  document.title = pageTitle;
  byId('suggestions-title').textContent = 'Förslag';
  say(suggestionsMessage, '');
  summaryEl.replaceChildren();
  suggestionsCount.textContent = '';
  byId('suggestion-tools').hidden = true;
  byId('more-wrap').hidden = true;
  replace(suggestionList, h('p', { class: 'hint' }, 'Ingen deltagare vald. Välj en deltagare i väntelistan.'));
}

async function showSuggestions(id, { focus = false, focusFrom } = {}) {
  suggestionController?.abort();
  suggestionController = new AbortController();
  const { signal } = suggestionController;
  byId('suggestions-title').textContent = `Förslag för ${id}`;
  document.title = `Förslag för ${id} – TUNA Platsbanken`;
  say(suggestionsMessage, '');
  suggestionList.setAttribute('aria-busy', 'true');
  suggestionsCount.textContent = 'Hämtar förslag …';
  byId('more-wrap').hidden = true;
  if (!focusFrom) {
    suggestionList.replaceChildren();
    byId('suggestion-tools').hidden = true;
  }
  if (focus) {
    byId('suggestions-title').focus();
  }
  try {
    const [participant, result] = await Promise.all([
      known.has(id) ? known.get(id) : api(`/api/participants/${encodeURIComponent(id)}`, { signal }),
      api(`/api/participants/${encodeURIComponent(id)}/suggestions`, { query: { count }, signal }),
    ]);
    known.set(id, participant);
    replace(summaryEl, participantSummary(participant));
    shownFor = participant;
    renderSuggestions(result);
    if (focusFrom) {
      const next = suggestionList.querySelector(`[data-rank="${Number(focusFrom) + 1}"] h3 a`);
      next?.focus();
    }
  } catch (error) {
    if (isAbort(error)) {
      return;
    }
    summaryEl.replaceChildren();
    suggestionList.replaceChildren();
    suggestionsCount.textContent = '';
    byId('suggestion-tools').hidden = true;
    say(suggestionsMessage, error.status === 404
      ? `Det finns ingen deltagare med id ${id}. Kontrollera id:t eller välj i väntelistan.`
      : errorMessage(error), 'error');
  } finally {
    suggestionList.setAttribute('aria-busy', 'false');
  }
}

/** What the coordinator needs to weigh the suggestions; nothing else of the participant is shown. */
function participantSummary(p) {
  const goals = [...(p.goalOccupations ?? [])].map((code) => p.occupationNames?.[code] ?? code);
  const limitations = limitationLabels(p);
  return h('section', { class: 'panel participant', 'aria-labelledby': 'p-summary-title' },
    h('h3', { id: 'p-summary-title' }, 'Deltagare ', h('a', { href: `/deltagare/${encodeURIComponent(p.id)}` }, p.id)),
    h('dl', { class: 'props' },
      prop('Verksamhet', siteNames.get(p.site) ?? p.site),
      prop('Fas', p.phase === 'READY' ? waitingText(p.readySince) : (p.phaseLabel ?? labelOf(PHASES, p.phase))),
      prop('Timmar', formatHours(p.hours)),
      prop('Dagar', formatDays(p.availability, vocab.weekdays)),
      prop('Resor', [p.travelModeLabel, p.maxTravelMinutes != null ? `högst ${p.maxTravelMinutes} min enkel resa` : null]
        .filter(Boolean).join(', ') || '–'),
      prop('Yrkesmål', goals.length ? goals.join(', ') : 'Inget angivet'),
      prop('Begränsningar', limitations.length
        ? h('ul', { class: 'tags' }, limitations.map((label) => h('li', { class: 'tag limitation' }, label)))
        : 'Inga angivna')));
}

function renderSuggestions(result) {
  const { suggestions = [] } = result ?? {};
  // considered: every slot in the bank that passes the rules the search checks exactly; excluded: of
  // those read (best first, until enough were found), the ones a rule checked afterwards ruled out.
  // Counted apart for feasible slots and for those to be confirmed (an unstated lift); the text
  // tells both together, "more" goes by the feasible ones only.
  const feasibleConsidered = result?.considered ?? 0;
  const feasibleExcluded = result?.excluded ?? 0;
  const considered = feasibleConsidered + (result?.toConfirmConsidered ?? 0);
  const excluded = feasibleExcluded + (result?.toConfirmExcluded ?? 0);
  const feasible = suggestions.filter((suggestion) => !suggestion.toConfirm);
  const toConfirm = suggestions.length - feasible.length;
  // At most this many feasible slots exist (exactly, when the search read the bank to its end).
  const possible = Math.max(0, feasibleConsidered - feasibleExcluded);
  const consideredText = `${considered === 1 ? '1 plats' : `${formatNumber(considered)} platser`} klarade sökningens krav`;
  const excludedText = excluded > 0
    ? `${excluded === 1 ? '1 av dem som prövades lämnades' : `${formatNumber(excluded)} av dem som prövades lämnades`} bort`
      + ' eftersom de bryter mot ett krav (till exempel tider som inte passar, för lång restid eller ingen ledig plats)'
    : 'ingen av dem som prövades bröt mot ett krav';
  const confirmText = toConfirm > 0
    ? ` Sist ${toConfirm === 1 ? 'kommer 1 plats' : `kommer ${toConfirm} platser`} att bekräfta med arbetsgivaren innan de kan planeras.`
    : '';
  if (!suggestions.length) {
    suggestionsCount.textContent = considered === 0
      ? 'Inga öppna platser att pröva hittades för deltagarens verksamhet.'
      : `Ingen plats uppfyller alla krav för deltagaren just nu. ${consideredText} och ${excludedText}.`;
    replace(suggestionList, h('p', {}, 'Prova att ',
      h('a', { href: '/platser' }, 'söka i platsbanken'), ' med färre villkor, eller ta upp deltagarens profil med coachen.'));
    byId('suggestion-tools').hidden = true;
    return;
  }
  firstRankedSlotId = feasible.find((suggestion) => suggestion.rank === 1)?.slot.id ?? null;
  suggestionsCount.textContent = `${consideredText}; ${excludedText}. `
    + `Här ${feasible.length === 1 ? 'är den bästa som uppfyller alla krav' : `är de ${feasible.length} bästa som uppfyller alla krav`}.`
    + confirmText;
  replace(suggestionList,
    h('ol', { class: 'cards suggestions' }, suggestions.map((suggestion) => suggestionCard(suggestion))));
  byId('suggestion-tools').hidden = false;
  const more = feasible.length >= count && possible > feasible.length && count < MOST_COUNT;
  byId('more-wrap').hidden = !more;
  byId('more-suggestions').dataset.shown = String(suggestions.length);
}

function suggestionCard({ rank, slot, hardScore, softScore, explanation, toConfirm }) {
  const titleId = `s-${rank}-title`;
  const free = slot.freeSeats ?? 0;
  return h('li', { dataset: { rank: String(rank), toConfirm: toConfirm ? 'true' : 'false' } },
    h('article', { class: toConfirm ? 'card suggestion to-confirm' : 'card suggestion', 'aria-labelledby': titleId },
      h('div', { class: 'card-head' },
        h('h3', { id: titleId },
          h('span', { class: 'rank' }, `${rank}.`), ' ',
          h('a', { href: `/platser?slot=${encodeURIComponent(slot.id)}` }, slot.title)),
        h('p', { class: 'points' },
          hardScore < 0 ? h('span', { class: 'effect effect-breaks' }, 'Bryter mot krav') : `Sammanlagt ${formatPoints(softScore)}`)),
      h('p', { class: 'employer' }, slot.employerName ?? '', slot.occupationName ? ` · ${slot.occupationName}` : ''),
      // An unknown that could block (e.g. the heaviest lift): shown, never planned, until the employer answers.
      toConfirm ? h('p', { class: 'to-confirm-note', role: 'note' }, toConfirm) : null,
      h('ul', { class: 'facts' },
        h('li', {}, h('span', { class: 'label' }, 'Ort: '), slot.locality),
        h('li', {}, h('span', { class: 'label' }, 'Tid: '), formatHours(slot.hours)),
        h('li', {}, h('span', { class: 'label' }, 'Dagar: '), formatDays(slot.schedule, vocab.weekdays)),
        h('li', {}, h('span', { class: free > 0 ? 'seats-free' : 'seats-none' },
          free > 0 ? `${free} av ${slot.seats} lediga` : `Inga lediga (${slot.seats} platser)`)),
        slot.availableFrom ? h('li', {}, h('span', { class: 'label' }, 'Från: '), formatDate(slot.availableFrom)) : null),
      checklistDetails(explanation, {
        title: 'Kontrollista',
        caption: `Kontrollista för ${slot.title}, ${slot.employerName ?? ''}`,
        open: showAllChecklists || rank === 1,
      }),
      bookingForm(rank, slot)));
}

// --- Booking a study visit ----------------------------------------------------------------------

/**
 * A coordinator's form to book a study visit at a suggestion, for a participant waiting for a
 * place; for any but the first-ranked it asks why this slot and not the first.
 */
function bookingForm(rank, slot) {
  if (!mayBook || shownFor?.phase !== 'READY') {
    return null;
  }
  const id = `s-${rank}-book`;
  const overriding = firstRankedSlotId !== null && slot.id !== firstRankedSlotId;
  const message = h('div', { id: `${id}-message`, role: 'alert', hidden: true });
  const at = h('input', { type: 'datetime-local', id: `${id}-at`, name: 'at', required: true, 'aria-describedby': `${id}-at-hint` });
  const reason = overriding
    ? h('textarea', {
      id: `${id}-reason`, name: 'reason', rows: '2', maxlength: '500', required: true, 'aria-describedby': `${id}-reason-hint`,
    })
    : null;
  const button = h('button', { type: 'submit', class: 'small' }, 'Boka studiebesök');
  const form = h('form', {
    class: 'booking',
    novalidate: true,
    'aria-label': `Boka studiebesök på ${slot.title}`,
    onsubmit: (event) => {
      event.preventDefault();
      book(slot, { at, reason, button, message });
    },
  },
  h('div', { class: 'field' },
    h('label', { for: at.id }, 'Studiebesök ', h('span', { class: 'hint', id: `${id}-at-hint` },
      'Dag och tid enligt överenskommelse med arbetsgivaren')),
    at),
  overriding
    ? h('div', { class: 'field' },
      h('label', { for: reason.id }, 'Varför den här platsen och inte förslag 1? ',
        h('span', { class: 'hint', id: `${id}-reason-hint` },
          'Krävs när du väljer en annan plats än den som rankats först. Några ord, inga hälsouppgifter.')),
      reason)
    : null,
  button,
  message);
  return h('details', { class: 'book' }, h('summary', {}, 'Boka studiebesök här'), form);
}

async function book(slot, { at, reason, button, message }) {
  say(message, '');
  if (!at.value) {
    say(message, 'Ange när studiebesöket är, enligt överenskommelse med arbetsgivaren.', 'error');
    at.setAttribute('aria-invalid', 'true');
    at.focus();
    return;
  }
  at.removeAttribute('aria-invalid');
  if (reason && !reason.value.trim()) {
    say(message, 'Skriv kort varför du väljer den här platsen och inte förslag 1.', 'error');
    reason.setAttribute('aria-invalid', 'true');
    reason.focus();
    return;
  }
  reason?.removeAttribute('aria-invalid');
  const participantId = shownFor.id;
  button.disabled = true;
  button.textContent = 'Bokar …';
  try {
    await api(`/api/participants/${encodeURIComponent(participantId)}/study-visits`, {
      method: 'POST',
      json: { slotId: slot.id, at: at.value, firstRankedSlotId, reason: reason?.value.trim() || null },
    });
    // The participant now has a placement: no other suggestion can be booked for them.
    suggestionList.querySelectorAll('details.book').forEach((details) => details.remove());
    say(suggestionsMessage, `Studiebesöket är bokat: ${slot.title} hos ${slot.employerName ?? 'arbetsgivaren'}, `
      + `${at.value.replace('T', ' kl. ')}. Platsen hålls till en vecka efter besöket.`, 'success');
    byId('suggestions-title').focus();
  } catch (error) {
    button.disabled = false;
    button.textContent = 'Boka studiebesök';
    say(message, bookingErrorMessage(error), 'error');
    if (reason && error instanceof ApiError && error.errors.some((e) => e.field === 'reason')) {
      reason.setAttribute('aria-invalid', 'true');
      reason.focus();
    } else {
      button.focus();
    }
  }
}

/** The service's reasons for refusing a booking, in plain Swedish. */
const BOOKING_CONFLICTS = [
  [/already has a placement/, () => 'Deltagaren har redan en placering. Den behöver avslutas innan en ny bokas.'],
  [/^The participant is (.+), not waiting for a place$/, (m) => `Deltagaren väntar inte längre på plats (${m[1]}).`],
  [/has no free seat$/, () => 'Platsen har ingen ledig plats längre. Hämta förslagen igen.'],
  [/takes no new participants$/, () => 'Platsen tar inte emot nya deltagare just nu. Hämta förslagen igen.'],
  [/^is required when choosing another slot/, () => 'Skriv kort varför du väljer den här platsen och inte förslag 1.'],
];

function bookingErrorMessage(error) {
  if (!(error instanceof ApiError)) {
    return errorMessage(error);
  }
  const problem = error.problem ?? {};
  const reasons = [problem.detail, ...error.errors.map((e) => e.reason)].filter((text) => typeof text === 'string');
  for (const [pattern, wording] of BOOKING_CONFLICTS) {
    for (const text of reasons) {
      const match = text.match(pattern);
      if (match) {
        return wording(match);
      }
    }
  }
  return error.message;
}

function prop(term, value) {
  return [h('dt', {}, term), h('dd', {}, value ?? '–')];
}
