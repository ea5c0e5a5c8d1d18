// The participants page (/deltagare). A coordinator sees the participants of their sites; a coach
// ("Mina deltagare") those they look after or stand in for, and the stand-ins that involve them.
// The API decides who is listed; the page only narrows the list by site and phase. Each
// participant links to their profile, and for a coordinator to suggestions of slots. The address
// holds the filter and the page (`site`, `phase`, `page`), so a view can be bookmarked.

import { api, hasRole, isAbort, loadMe } from './api.js';
import {
  byId, currentParams, errorMessage, formatDate, formatHours, formatNumber, h, limitationLabels, options,
  paramsAtPage, pushParams, replace, say, setOrDelete, showPager, waitingText,
} from './ui.js';
import { PHASES, labelOf, loadMySites, loadSites } from './vocabulary.js';

const PAGE_SIZE = 25;

const listEl = byId('participant-list');
const listCount = byId('list-count');
const listMessage = byId('list-message');

let me;
let coordinator = false;
let siteNames = new Map();
let listController;

init();

async function init() {
  let sites;
  try {
    [me, sites] = await Promise.all([loadMe(), loadSites()]);
  } catch (error) {
    say(listMessage, errorMessage(error), 'error');
    return;
  }
  coordinator = hasRole(me, 'COORDINATOR');
  siteNames = new Map(sites.map((site) => [site.id, site.name]));
  if (!coordinator) {
    // A coach's own list: the same page, worded for the people they look after.
    byId('page-title').textContent = 'Mina deltagare';
    document.title = 'Mina deltagare – TUNA Platsbanken';
    byId('page-lead').textContent = 'Deltagarna du är personlig coach för, och under ett vikariat också din kollegas. '
      + 'Öppna en deltagare för att se profilen.';
    byId('list-title').textContent = 'Dina deltagare';
    loadStandIns();
  } else {
    byId('list-title').textContent = 'Deltagare i dina verksamheter';
  }

  const mine = await loadMySites();
  loadNearingLastDay(mine);
  options(byId('f-site'), mine.map((site) => ({ code: site.id, label: site.name })), { placeholder: 'Alla mina verksamheter' });
  byId('f-site').closest('.field').hidden = mine.length <= 1;
  options(byId('f-phase'), PHASES, { placeholder: 'Alla faser' });

  byId('filter-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const params = new URLSearchParams();
    setOrDelete(params, 'site', byId('f-site').value);
    setOrDelete(params, 'phase', byId('f-phase').value);
    navigate(params);
  });
  // Changing a filter shows the list at once; the button is there for those who expect one.
  for (const id of ['f-site', 'f-phase']) {
    byId(id).addEventListener('change', () => byId('filter-form').requestSubmit());
  }
  byId('list-prev').addEventListener('click', () => goToPage(-1));
  byId('list-next').addEventListener('click', () => goToPage(1));
  window.addEventListener('popstate', render);
  render();
}

// --- Near the year's end -----------------------------------------------------------------------

/** Those within a month of their stint's last day, or past it, at each of the person's sites: time to plan the exit. */
async function loadNearingLastDay(sites) {
  try {
    const lists = await Promise.all(sites.map((site) =>
      api('/api/stints/nearing-last-day', { query: { site: site.id } })));
    const nearing = lists.flat();
    byId('nearing').hidden = nearing.length === 0;
    replace(byId('nearing-list'), nearing.length ? h('ul', {}, nearing.map((stint) => h('li', {},
      stint.participantId ? h('a', { href: `/deltagare/${encodeURIComponent(stint.participantId)}` }, stint.participantId)
        : 'Anonym inskrivning',
      `: sista dag ${formatDate(stint.lastDay)} (${siteNames.get(stint.site) ?? stint.site})`))) : null);
  } catch (error) {
    byId('nearing').hidden = false;
    say(byId('nearing-message'), errorMessage(error), 'error');
  }
}

// --- Address ------------------------------------------------------------------------------------

function navigate(params) {
  pushParams(params);
  render();
}

function goToPage(step) {
  navigate(paramsAtPage(step));
  byId('list-title').focus();
}

// --- The list -----------------------------------------------------------------------------------

function render() {
  const params = currentParams();
  const site = params.get('site') ?? '';
  const phase = params.get('phase') ?? '';
  byId('f-site').value = site;
  byId('f-phase').value = phase;
  loadList(site, phase, Number(params.get('page') ?? 0));
}

async function loadList(site, phase, page) {
  listController?.abort();
  listController = new AbortController();
  say(listMessage, '');
  listEl.setAttribute('aria-busy', 'true');
  listCount.textContent = 'Hämtar deltagare …';
  try {
    const result = await api('/api/participants', {
      query: { site, phase, page, size: PAGE_SIZE },
      signal: listController.signal,
    });
    renderList(result, phase);
  } catch (error) {
    if (isAbort(error)) {
      return;
    }
    listCount.textContent = '';
    listEl.replaceChildren();
    byId('list-pager').hidden = true;
    say(listMessage, errorMessage(error), 'error');
  } finally {
    listEl.setAttribute('aria-busy', 'false');
  }
}

function renderList(result, phase) {
  const { items = [], total = 0, page = 0, size = PAGE_SIZE } = result ?? {};
  const what = phase ? ` i fasen ${labelOf(PHASES, phase).toLocaleLowerCase('sv-SE')}` : '';
  showPager('list', { page, size, total });
  if (!items.length) {
    listCount.textContent = total > 0 ? `Inga fler deltagare på den här sidan (${formatNumber(total)} totalt).`
      : coordinator ? `Inga deltagare${what}.` : `Du har inga deltagare${what} just nu.`;
    listEl.replaceChildren();
    return;
  }
  const first = page * size + 1;
  listCount.textContent = `${total === 1 ? '1 deltagare' : `${formatNumber(total)} deltagare`}${what}. `
    + `Visar ${first}–${page * size + items.length}.`;
  replace(listEl, h('div', { class: 'table-wrap' }, h('table', { class: 'stack' },
    h('caption', { class: 'visually-hidden' }, 'Deltagare'),
    h('thead', {}, h('tr', {},
      ['Deltagare', 'Verksamhet', 'Fas', 'Timmar', 'Begränsningar'].map((title) => h('th', { scope: 'col' }, title)),
      coordinator ? h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Förslag')) : null)),
    h('tbody', {}, items.map(row)))));
}

function row(participant) {
  const limitations = limitationLabels(participant);
  return h('tr', {},
    h('th', { scope: 'row', class: 'nowrap' }, h('a', { href: `/deltagare/${encodeURIComponent(participant.id)}` }, participant.id)),
    h('td', { 'data-label': 'Verksamhet' }, siteNames.get(participant.site) ?? participant.site),
    h('td', { 'data-label': 'Fas' }, participant.phase === 'READY'
      ? waitingText(participant.readySince)
      : participant.phaseLabel ?? labelOf(PHASES, participant.phase)),
    h('td', { 'data-label': 'Timmar', class: 'nowrap' }, formatHours(participant.hours)),
    h('td', { 'data-label': 'Begränsningar' }, limitations.length
      ? h('ul', { class: 'tags' }, limitations.map((label) => h('li', { class: 'tag limitation' }, label)))
      : 'Inga angivna'),
    coordinator
      ? h('td', {}, h('a', {
        href: `/forslag?participant=${encodeURIComponent(participant.id)}`,
        'aria-label': `Förslag på platser för ${participant.id}`,
      }, 'Förslag på platser'))
      : null);
}

// --- A coach's stand-ins ------------------------------------------------------------------------

async function loadStandIns() {
  const list = byId('stand-ins-list');
  byId('stand-ins').hidden = false;
  list.setAttribute('aria-busy', 'true');
  try {
    const standIns = await api('/api/stand-ins');
    replace(list, standIns?.length
      ? h('ul', {}, standIns.map((standIn) => h('li', {}, standInText(standIn))))
      : h('p', {}, 'Inga pågående eller planerade vikariat där du ingår.'));
  } catch (error) {
    list.replaceChildren();
    say(byId('stand-ins-message'), errorMessage(error), 'error');
  } finally {
    list.setAttribute('aria-busy', 'false');
  }
}

/** The stand-in from the coach's side: who stands in for whom, and when. */
function standInText(standIn) {
  const period = `${formatDate(standIn.from)} – ${formatDate(standIn.until)}`;
  if (standIn.standInCoachId === me.id) {
    return `Du vikarierar för ${standIn.absentCoachName ?? 'en kollega'} ${period}. `
      + 'Under tiden finns kollegans deltagare med i din lista.';
  }
  if (standIn.absentCoachId === me.id) {
    return `${standIn.standInCoachName ?? 'En kollega'} vikarierar för dig ${period}.`;
  }
  return `${standIn.standInCoachName ?? 'En coach'} vikarierar för ${standIn.absentCoachName ?? 'en coach'} ${period}.`;
}
