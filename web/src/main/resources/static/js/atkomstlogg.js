// The access log page (/admin/atkomstlogg), for admins: who read or changed which participant's
// data, newest first, narrowed by person, participant and days; and a check of the whole log.
// The address holds the filter and the page, so a view can be bookmarked and sent on.

import { api, isAbort } from './api.js';
import {
  byId, currentParams, errorMessage, formatInstant, formatNumber, h, options, paramsAtPage, pushParams, replace, say,
  setOrDelete, showPager,
} from './ui.js';

const PAGE_SIZE = 50;
/** The API pages no deeper than this (Elasticsearch's result window): a narrower search reaches the rest. */
const REACHABLE = 10000;
const FILTERS = [['f-account', 'accountId'], ['f-participant', 'participantId'], ['f-from', 'from'], ['f-until', 'until']];
const PROBLEMS = {
  ALTERED: 'posten är ändrad eller flyttad',
  UNLINKED: 'posten hänger inte ihop med posten före',
  MISSING: 'poster saknas',
  DUPLICATE: 'platsen i kedjan finns två gånger',
  UNREADABLE: 'posten går inte att läsa (ett fält är borttaget eller ändrat)',
  NO_START: 'kedjan saknar sin början',
  CUT_SHORT: 'kedjan är avkortad',
  DIFFERS_FROM_RECORD: 'posten är inte den som en annan kedja noterade',
  CHAIN_REMOVED: 'en hel kedja är borttagen',
  OUTSIDE_CHAINS: 'poster som inte hör till någon kedja',
};

const listEl = byId('entry-list');
const listCount = byId('list-count');
const listMessage = byId('list-message');
let listController;

init();

async function init() {
  byId('filter-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const params = new URLSearchParams();
    FILTERS.forEach(([id, name]) => setOrDelete(params, name, byId(id).value.trim()));
    navigate(params);
  });
  byId('f-account').addEventListener('change', () => byId('filter-form').requestSubmit());
  byId('list-prev').addEventListener('click', () => goToPage(-1));
  byId('list-next').addEventListener('click', () => goToPage(1));
  byId('check-button').addEventListener('click', check);
  window.addEventListener('popstate', render);
  await loadPeople();
  render();
}

async function loadPeople() {
  try {
    const accounts = await api('/api/admin/accounts', { query: { size: 200 } });
    options(byId('f-account'), (accounts?.items ?? []).map((account) => ({
      code: account.id, label: account.displayName ?? account.email ?? account.id,
    })), { placeholder: 'Alla' });
  } catch (error) {
    say(listMessage, errorMessage(error), 'error');
  }
}

function navigate(params) {
  pushParams(params);
  render();
}

function goToPage(step) {
  navigate(paramsAtPage(step));
  byId('list-title').focus();
}

function render() {
  const params = currentParams();
  FILTERS.forEach(([id, name]) => { byId(id).value = params.get(name) ?? ''; });
  load(Object.fromEntries(FILTERS.map(([, name]) => [name, params.get(name) ?? ''])), Number(params.get('page') ?? 0));
}

async function load(filter, page) {
  listController?.abort();
  listController = new AbortController();
  say(listMessage, '');
  listEl.setAttribute('aria-busy', 'true');
  listCount.textContent = 'Hämtar loggen …';
  try {
    const result = await api('/api/admin/audit', { query: { ...filter, page, size: PAGE_SIZE }, signal: listController.signal });
    show(result);
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

function show({ items = [], total = 0, page = 0, size = PAGE_SIZE } = {}) {
  showPager('list', { page, size, total: Math.min(total, REACHABLE) });
  if (!items.length) {
    listCount.textContent = total > 0 ? `Inga fler poster på den här sidan (${formatNumber(total)} totalt).` : 'Inga poster.';
    listEl.replaceChildren();
    return;
  }
  listCount.textContent = `${formatNumber(total)} ${total === 1 ? 'post' : 'poster'}. `
    + `Visar ${page * size + 1}–${page * size + items.length}.`
    + (total > REACHABLE ? ` Bläddra bland de ${formatNumber(REACHABLE)} senaste, eller smalna av med person, deltagare eller dagar.` : '');
  replace(listEl, h('div', { class: 'table-wrap' }, h('table', { class: 'stack' },
    h('caption', { class: 'visually-hidden' }, 'Åtkomstlogg'),
    h('thead', {}, h('tr', {}, ['Tid', 'Person', 'Deltagare', 'Uppgifter', 'Via'].map((title) => h('th', { scope: 'col' }, title)))),
    h('tbody', {}, items.map(row)))));
}

function row(entry) {
  return h('tr', {},
    h('th', { scope: 'row', class: 'nowrap' }, formatInstant(entry.at)),
    h('td', { 'data-label': 'Person' }, entry.accountName ?? entry.accountId,
      h('span', { class: 'hint' }, ` (${(entry.roleLabels ?? []).join(', ').toLocaleLowerCase('sv-SE')})`)),
    h('td', { 'data-label': 'Deltagare', class: 'nowrap' }, entry.participantId),
    h('td', { 'data-label': 'Uppgifter' }, `${entry.dataLabel} – ${entry.access === 'WRITE' ? 'ändrade' : 'läste'}`),
    h('td', { 'data-label': 'Via' }, h('code', {}, entry.endpoint)));
}

async function check() {
  const region = byId('check-result');
  const button = byId('check-button');
  button.disabled = true;
  region.setAttribute('aria-busy', 'true');
  replace(region, h('p', {}, 'Kontrollerar …'));
  try {
    const report = await api('/api/admin/audit/verification');
    const summary = `${formatNumber(report.entries)} poster i ${formatNumber(report.chains)} `
      + `${report.chains === 1 ? 'kedja' : 'kedjor'} kontrollerade ${formatInstant(report.checkedAt)}.`;
    replace(region, report.intact
      ? h('p', { class: 'notice success' }, `Loggen är hel. ${summary}`)
      : h('div', { class: 'notice error' }, h('p', {}, `Loggen är inte hel. ${summary}`),
        h('ul', {}, report.findings.map((finding) => h('li', {},
          `${finding.chain ? `Kedja ${finding.chain.slice(0, 8)}, post ${finding.sequence}: ` : ''}`
          + `${PROBLEMS[finding.problem] ?? finding.problem}`
          + (finding.detail ? ` (${finding.detail})` : ''))))));
  } catch (error) {
    replace(region, h('p', { class: 'notice error' }, errorMessage(error)));
  } finally {
    button.disabled = false;
    region.setAttribute('aria-busy', 'false');
  }
}
