// The search of the placement bank (/platser), for coordinators and coaches. The page's address
// holds the search (the same parameter names as GET /api/slots), so a search can be bookmarked,
// shared and gone back to; `slot=<id>` opens a slot's details and `view=table` shows the hits as
// a table.

import { api, isAbort } from './api.js';
import {
  byId, checkboxes, checkedValues, clearFieldErrors, currentParams, errorMessage, formatDate, formatDays,
  formatDistance, formatHours, formatInstant, formatNumber, formatTime, h, options, pushParams, replace, say,
  setChecked, showError,
} from './ui.js';
import {
  SORTS, STATUSES, capitalise, labelOf, labelsOf, loadLocalities, loadSites, loadVocabularies,
} from './vocabulary.js';
import { occupationCombobox } from './occupation-combobox.js';

/** Query parameters sent to the API, as read from the page's address. */
const SEARCH_PARAMS = ['text', 'occupation', 'locality', 'radiusKm', 'minHours', 'maxHours', 'weekday', 'support',
  'excludeDemand', 'maxLiftKg', 'site', 'availableOn', 'freeSeat', 'sort', 'page', 'size'];
const LIST_PARAMS = new Set(['weekday', 'support', 'excludeDemand', 'site']);
const MAX_WINDOW = 10000; // the API pages through at most the first 10 000 hits
const DEFAULT_SIZE = 20;

const form = byId('search-form');
const resultList = byId('result-list');
const resultCount = byId('result-count');
const message = byId('search-message');
const summary = byId('search-summary');
const pager = byId('pager');

let vocab;
let siteNames = new Map();
let occupation;
let searchController;
let lastSearchKey = null;
const pageTitle = document.title;

init();

async function init() {
  occupation = occupationCombobox(byId('q-occupation'), byId('q-occupation-code'), { codeLengths: [1, 2, 3, 4] });
  options(byId('q-sort'), SORTS);

  const [vocabularies, sites, localities] = await Promise.all([loadVocabularies(), loadSites(), loadLocalities()]);
  vocab = vocabularies;
  siteNames = new Map(sites.map((site) => [site.id, site.name]));
  checkboxes(byId('q-weekday-boxes'), 'weekday',
    vocab.weekdays.map((day) => ({ code: day.code, label: capitalise(day.label) })), { idPrefix: 'q-weekday' });
  checkboxes(byId('q-support-boxes'), 'support', vocab.support, { idPrefix: 'q-support' });
  checkboxes(byId('q-excludeDemand-boxes'), 'excludeDemand', vocab.demands, { idPrefix: 'q-excludeDemand' });
  renderSiteFilter(sites);
  replace(byId('localities'), localities.map((l) => h('option', { value: l.name }, l.municipality)));

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(formParams(), { page: 0 });
  });
  byId('clear-filters').addEventListener('click', () => {
    form.reset();
    occupation.set('');
    navigate(new URLSearchParams(), { page: 0 });
  });
  byId('prev-page').addEventListener('click', () => goToPage(-1));
  byId('next-page').addEventListener('click', () => goToPage(1));
  byId('view-cards').addEventListener('click', () => setView('cards'));
  byId('view-table').addEventListener('click', () => setView('table'));
  byId('back-to-results').addEventListener('click', closeDetail);
  window.addEventListener('popstate', () => render());

  render();
}

function renderSiteFilter(sites) {
  const container = byId('q-site-boxes');
  if (sites.length) {
    checkboxes(container, 'site', sites.map((site) => ({ code: site.id, label: site.name })), { idPrefix: 'q-site' });
  } else {
    // Without the list of sites, a site id can still be typed.
    replace(container, h('div', { class: 'field' },
      h('label', { for: 'q-site-text' }, 'Verksamhetens id', h('span', { class: 'hint' }, 't.ex. eskilstuna')),
      h('input', { type: 'text', id: 'q-site-text', name: 'site' })));
  }
}

// --- Address <-> form -------------------------------------------------------------------------

/** The search in the form, as address parameters (without paging). */
function formParams() {
  const params = new URLSearchParams();
  const value = (id) => byId(id).value.trim();
  const set = (name, text) => {
    if (text) {
      params.set(name, text);
    }
  };
  set('text', value('q-text'));
  set('occupation', occupation.code);
  if (occupation.code) {
    const shown = value('q-occupation');
    set('occupationName', shown.replace(/^\d{1,4}\s*[–-]\s*/, ''));
  }
  set('locality', value('q-locality'));
  set('radiusKm', value('q-radiusKm'));
  set('minHours', value('q-minHours'));
  set('maxHours', value('q-maxHours'));
  for (const name of ['weekday', 'support', 'excludeDemand']) {
    checkedValues(form, name).forEach((code) => params.append(name, code));
  }
  const siteText = byId('q-site-text');
  if (siteText) {
    siteText.value.split(/[;,\s]+/).filter(Boolean).forEach((id) => params.append('site', id));
  } else {
    checkedValues(form, 'site').forEach((id) => params.append('site', id));
  }
  set('maxLiftKg', value('q-maxLiftKg'));
  set('availableOn', value('q-availableOn'));
  if (byId('q-freeSeat').checked) {
    params.set('freeSeat', 'true');
  }
  if (value('q-sort') !== 'RELEVANCE') {
    set('sort', value('q-sort'));
  }
  if (value('q-size') !== String(DEFAULT_SIZE)) {
    set('size', value('q-size'));
  }
  const view = currentParams().get('view');
  if (view) {
    params.set('view', view);
  }
  return params;
}

function fillForm(params) {
  byId('q-text').value = params.get('text') ?? '';
  occupation.set(params.get('occupation') ?? '', params.get('occupationName') ?? '');
  byId('q-locality').value = params.get('locality') ?? '';
  byId('q-radiusKm').value = params.get('radiusKm') ?? '';
  if (byId('q-radiusKm').value !== (params.get('radiusKm') ?? '')) {
    // A radius not among the choices (from a shared link): add it so it is shown and kept.
    const km = params.get('radiusKm');
    byId('q-radiusKm').append(h('option', { value: km }, `${km} km`));
    byId('q-radiusKm').value = km;
  }
  byId('q-minHours').value = params.get('minHours') ?? '';
  byId('q-maxHours').value = params.get('maxHours') ?? '';
  for (const name of ['weekday', 'support', 'excludeDemand', 'site']) {
    setChecked(form, name, params.getAll(name));
  }
  if (byId('q-site-text')) {
    byId('q-site-text').value = params.getAll('site').join(', ');
  }
  byId('q-maxLiftKg').value = params.get('maxLiftKg') ?? '';
  byId('q-availableOn').value = params.get('availableOn') ?? '';
  byId('q-freeSeat').checked = params.get('freeSeat') === 'true';
  byId('q-sort').value = params.get('sort') ?? 'RELEVANCE';
  if (!byId('q-sort').value) {
    byId('q-sort').value = 'RELEVANCE';
  }
  byId('q-size').value = params.get('size') ?? String(DEFAULT_SIZE);
  if (!byId('q-size').value) {
    byId('q-size').value = String(DEFAULT_SIZE);
  }
}

/** The API query for the address's search. */
function apiQuery(params) {
  const query = {};
  for (const name of SEARCH_PARAMS) {
    if (LIST_PARAMS.has(name)) {
      const values = params.getAll(name).filter(Boolean);
      if (values.length) {
        query[name] = values;
      }
    } else if (params.get(name)) {
      query[name] = params.get(name);
    }
  }
  return query;
}

function navigate(params, { page } = {}) {
  if (page !== undefined) {
    if (page > 0) {
      params.set('page', String(page));
    } else {
      params.delete('page');
    }
  }
  pushParams(params);
  render({ focusResults: true });
}

// --- Rendering --------------------------------------------------------------------------------

function render({ focusResults = false } = {}) {
  const params = currentParams();
  const slotId = params.get('slot');
  setViewButtons(params.get('view') === 'table' ? 'table' : 'cards');
  if (slotId) {
    showDetail(slotId);
    return;
  }
  byId('detail-view').hidden = true;
  byId('search-view').hidden = false;
  document.title = pageTitle;
  fillForm(params);
  const searchParams = new URLSearchParams(params);
  searchParams.delete('view');
  const key = searchParams.toString();
  if (key === lastSearchKey && resultList.childElementCount) {
    // Back from a slot's details: the hits are still shown.
    restoreFocus();
    return;
  }
  lastSearchKey = key;
  search(params, focusResults);
}

let lastResult = null;

async function search(params, focusResults) {
  searchController?.abort();
  searchController = new AbortController();
  say(message, '');
  summary.hidden = true;
  clearFieldErrors(form);
  resultList.setAttribute('aria-busy', 'true');
  resultCount.textContent = 'Söker …';
  try {
    const result = await api('/api/slots', { query: apiQuery(params), signal: searchController.signal });
    lastResult = result;
    renderResults(result);
    if (focusResults) {
      byId('results-title').focus();
    }
  } catch (error) {
    if (isAbort(error)) {
      return;
    }
    lastResult = null;
    lastSearchKey = null;
    resultCount.textContent = '';
    resultList.replaceChildren();
    pager.hidden = true;
    showError(error, { region: message, root: form, locate: locateFilter, summary });
  } finally {
    resultList.setAttribute('aria-busy', 'false');
  }
}

/** The filter control an API error names, e.g. `minHours` → #q-minHours. */
function locateFilter(field) {
  const name = field.replace(/\[.*$/, '');
  const map = { lat: 'q-locality', lon: 'q-locality', occupation: 'q-occupation', site: 'q-site', page: null };
  const id = name in map ? map[name] : `q-${name}`;
  return id ? byId(id) : null;
}

function renderResults(result) {
  const { items = [], total = 0, page = 0, size = DEFAULT_SIZE } = result ?? {};
  if (!items.length) {
    resultCount.textContent = total > 0
      ? `Inga fler träffar på den här sidan (${total} platser totalt).`
      : 'Inga platser matchar sökningen. Prova att ta bort något villkor eller öka avståndet.';
    resultList.replaceChildren();
  } else {
    const first = page * size + 1;
    const last = page * size + items.length;
    resultCount.textContent = `${total === 1 ? '1 plats' : `${formatNumber(total)} platser`} hittades. Visar ${first}–${last}.`;
    replace(resultList, currentParams().get('view') === 'table' ? table(items) : cards(items));
  }
  const pages = Math.ceil(Math.min(total, MAX_WINDOW) / size);
  pager.hidden = pages <= 1;
  byId('page-info').textContent = `Sida ${page + 1} av ${Math.max(pages, 1)}`;
  byId('prev-page').disabled = page <= 0;
  byId('next-page').disabled = page + 1 >= pages;
}

function goToPage(step) {
  const params = currentParams();
  const page = Math.max(0, Number(params.get('page') ?? 0) + step);
  navigate(params, { page });
}

function setView(view) {
  const params = currentParams();
  if (view === 'table') {
    params.set('view', 'table');
  } else {
    params.delete('view');
  }
  history.replaceState(null, '', `?${params.toString()}`);
  setViewButtons(view);
  if (lastResult) {
    renderResults(lastResult);
  }
}

function setViewButtons(view) {
  byId('view-cards').setAttribute('aria-pressed', String(view === 'cards'));
  byId('view-table').setAttribute('aria-pressed', String(view === 'table'));
}

function slotHref(id) {
  const params = currentParams();
  params.set('slot', id);
  return `?${params.toString()}`;
}

function openSlot(event, id) {
  if (event.ctrlKey || event.metaKey || event.shiftKey || event.button === 1) {
    return; // let the browser open it in a new tab
  }
  event.preventDefault();
  sessionStorage.setItem('tuna.lastSlot', id);
  history.pushState(null, '', slotHref(id));
  render();
}

function seatsText(slot) {
  const free = slot.freeSeats ?? 0;
  return h('span', { class: free > 0 ? 'seats-free' : 'seats-none' },
    free > 0 ? `${free} av ${slot.seats} lediga` : `Inga lediga (${slot.seats} platser)`);
}

function tagList(codes, list, kind) {
  const labels = labelsOf(list, codes);
  return labels.length ? h('ul', { class: 'tags' }, labels.map((label) => h('li', { class: `tag ${kind}` }, label))) : null;
}

function statusBadge(status) {
  return h('span', { class: `status status-${status}` }, labelOf(STATUSES, status));
}

function cards(items) {
  return h('ol', { class: 'cards', start: 1 }, items.map(({ slot, distanceKm }) => h('li', {},
    h('article', { class: 'card', 'aria-labelledby': `hit-${slot.id}` },
      h('h3', { id: `hit-${slot.id}` },
        h('a', { href: slotHref(slot.id), onclick: (event) => openSlot(event, slot.id) }, slot.title)),
      h('p', { class: 'employer' }, slot.employerName ?? '', slot.occupationName ? ` · ${slot.occupationName}` : ''),
      h('ul', { class: 'facts' },
        h('li', {}, h('span', { class: 'label' }, 'Ort: '), slot.locality,
          distanceKm != null ? ` (${formatDistance(distanceKm)})` : ''),
        h('li', {}, h('span', { class: 'label' }, 'Tid: '), formatHours(slot.hours)),
        h('li', {}, h('span', { class: 'label' }, 'Dagar: '), formatDays(slot.schedule, vocab.weekdays)),
        h('li', {}, seatsText(slot)),
        slot.availableFrom ? h('li', {}, h('span', { class: 'label' }, 'Från: '), formatDate(slot.availableFrom)) : null,
        slot.heaviestLiftKg != null ? h('li', {}, h('span', { class: 'label' }, 'Tyngsta lyft: '), `${slot.heaviestLiftKg} kg`) : null,
        slot.status && slot.status !== 'OPEN' ? h('li', {}, statusBadge(slot.status)) : null),
      slot.support?.length ? [h('p', { class: 'tag-group-label' }, 'Stöd som erbjuds'), tagList(slot.support, vocab.support, 'support')] : null,
      slot.demands?.length ? [h('p', { class: 'tag-group-label' }, 'Krav i arbetet'), tagList(slot.demands, vocab.demands, 'demand')] : null))));
}

function table(items) {
  return h('div', { class: 'table-wrap' }, h('table', { class: 'results-table stack' },
    h('caption', { class: 'visually-hidden' }, 'Träffar i platsbanken'),
    h('thead', {}, h('tr', {},
      ['Plats', 'Arbetsgivare', 'Ort', 'Avstånd', 'Timmar', 'Dagar', 'Lediga', 'Stöd', 'Krav']
        .map((title) => h('th', { scope: 'col' }, title)))),
    h('tbody', {}, items.map(({ slot, distanceKm }) => h('tr', {},
      h('th', { scope: 'row' }, h('a', { href: slotHref(slot.id), onclick: (event) => openSlot(event, slot.id) }, slot.title)),
      h('td', { 'data-label': 'Arbetsgivare' }, slot.employerName ?? ''),
      h('td', { 'data-label': 'Ort' }, slot.locality),
      h('td', { 'data-label': 'Avstånd', class: 'num nowrap' }, formatDistance(distanceKm)),
      h('td', { 'data-label': 'Timmar', class: 'nowrap' }, formatHours(slot.hours).replace(' tim/vecka', ' tim')),
      h('td', { 'data-label': 'Dagar' }, formatDays(slot.schedule, vocab.weekdays)),
      h('td', { 'data-label': 'Lediga', class: 'num nowrap' }, `${slot.freeSeats ?? 0} av ${slot.seats}`),
      h('td', { 'data-label': 'Stöd' }, labelsOf(vocab.support, slot.support).join(', ')),
      h('td', { 'data-label': 'Krav' }, labelsOf(vocab.demands, slot.demands).join(', ')))))));
}

function restoreFocus() {
  const id = sessionStorage.getItem('tuna.lastSlot');
  const link = id ? resultList.querySelector(`a[href*="slot=${CSS.escape(id)}"]`) : null;
  (link ?? byId('results-title')).focus();
}

// --- Slot details -----------------------------------------------------------------------------

function closeDetail() {
  const params = currentParams();
  params.delete('slot');
  pushParams(params);
  render();
}

async function showDetail(id) {
  byId('search-view').hidden = true;
  const view = byId('detail-view');
  view.hidden = false;
  const content = byId('detail-content');
  const detailMessage = byId('detail-message');
  say(detailMessage, '');
  replace(content, h('p', {}, 'Hämtar platsen …'));
  try {
    const slot = await api(`/api/slots/${encodeURIComponent(id)}`);
    if (currentParams().get('slot') !== id) {
      return;
    }
    const employer = await api(`/api/employers/${encodeURIComponent(slot.employerId)}`).catch(() => null);
    replace(content, detail(slot, employer));
    document.title = `${slot.title} – TUNA Platsbanken`;
    byId('detail-title').focus();
  } catch (error) {
    content.replaceChildren();
    say(detailMessage, error.status === 404 ? 'Platsen finns inte längre i platsbanken.' : errorMessage(error), 'error');
    detailMessage.focus?.();
  }
}

function detail(slot, employer) {
  const sites = (slot.sites ?? []).map((site) => siteNames.get(site) ?? site).join(', ');
  const days = [...(slot.schedule ?? [])].sort((a, b) => dayIndex(a.day) - dayIndex(b.day) || a.start.localeCompare(b.start));
  const contact = employer?.contact;
  const address = employer?.address;
  return [
    h('h2', { id: 'detail-title', tabindex: '-1' }, slot.title),
    h('p', { class: 'lead' }, slot.employerName ?? employer?.name ?? '', ` · ${slot.locality}`,
      slot.status && slot.status !== 'OPEN' ? [' · ', statusBadge(slot.status)] : ''),
    h('div', { class: 'detail-grid' },
      h('section', { class: 'panel', 'aria-labelledby': 'd-about' },
        h('h3', { id: 'd-about' }, 'Om platsen'),
        h('dl', { class: 'props' },
          prop('Yrke', slot.occupationName ? `${slot.occupationName} (SSYK ${slot.occupationCode})` : slot.occupationCode),
          prop('Ort', slot.locality),
          prop('Verksamhet', sites),
          prop('Timmar', formatHours(slot.hours)),
          prop('Platser', seatsText(slot)),
          prop('Tillgänglig', slot.availableUntil
            ? `${formatDate(slot.availableFrom)} – ${formatDate(slot.availableUntil)}`
            : `från ${formatDate(slot.availableFrom)}, tills vidare`),
          prop('Status', statusBadge(slot.status)),
          slot.updatedAt ? prop('Uppdaterad', formatInstant(slot.updatedAt)) : null)),
      h('section', { class: 'panel', 'aria-labelledby': 'd-schedule' },
        h('h3', { id: 'd-schedule' }, 'Schema'),
        days.length
          ? h('table', {},
            h('caption', { class: 'visually-hidden' }, 'Arbetstider per veckodag'),
            h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Dag'), h('th', { scope: 'col' }, 'Tid'))),
            h('tbody', {}, days.map((window) => h('tr', {},
              h('th', { scope: 'row' }, capitalise(labelOf(vocab.weekdays, window.day))),
              h('td', {}, `${formatTime(window.start)}–${formatTime(window.end)}`)))))
          : h('p', {}, 'Inget schema angivet.'))),
    h('section', { class: 'panel', 'aria-labelledby': 'd-tasks' },
      h('h3', { id: 'd-tasks' }, 'Arbetsuppgifter'),
      h('p', { class: 'prose' }, slot.tasks)),
    h('div', { class: 'detail-grid' },
      h('section', { class: 'panel', 'aria-labelledby': 'd-support' },
        h('h3', { id: 'd-support' }, 'Stöd på arbetsplatsen'),
        list(labelsOf(vocab.support, slot.support), 'Inget särskilt stöd angivet.'),
        h('p', {}, h('strong', {}, 'Handledare: '), slot.supervisor || 'Inte angiven')),
      h('section', { class: 'panel', 'aria-labelledby': 'd-demands' },
        h('h3', { id: 'd-demands' }, 'Krav i arbetet'),
        list(labelsOf(vocab.demands, slot.demands), 'Inga särskilda krav angivna.'),
        h('p', {}, h('strong', {}, 'Tyngsta lyft: '), slot.heaviestLiftKg != null ? `${slot.heaviestLiftKg} kg` : 'Inte angivet')),
      h('section', { class: 'panel', 'aria-labelledby': 'd-access' },
        h('h3', { id: 'd-access' }, 'Tillgänglighet'),
        list(labelsOf(vocab.accessibility, slot.accessibility), 'Inget angivet.'))),
    h('section', { class: 'panel', 'aria-labelledby': 'd-contact' },
      h('h3', { id: 'd-contact' }, 'Kontakt hos arbetsgivaren'),
      employer
        ? h('dl', { class: 'props' },
          prop('Arbetsgivare', employer.name),
          contact?.name ? prop('Kontaktperson', contact.name) : null,
          contact?.phone ? prop('Telefon', h('a', { href: `tel:${contact.phone.replace(/[^\d+]/g, '')}` }, contact.phone)) : null,
          contact?.email ? prop('E-post', h('a', { href: `mailto:${contact.email}` }, contact.email)) : null,
          address ? prop('Adress', [address.street, [address.postalCode, address.locality].filter(Boolean).join(' ')]
            .filter(Boolean).join(', ')) : null)
        : h('p', {}, 'Arbetsgivarens kontaktuppgifter kunde inte hämtas.')),
  ];
}

function prop(term, value) {
  return [h('dt', {}, term), h('dd', {}, value ?? '–')];
}

function list(labels, empty) {
  return labels.length ? h('ul', {}, labels.map((label) => h('li', {}, label))) : h('p', {}, empty);
}

function dayIndex(code) {
  const index = vocab.weekdays.findIndex((day) => day.code === code);
  return index < 0 ? 99 : index;
}
