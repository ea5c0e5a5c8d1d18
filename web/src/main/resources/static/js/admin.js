// Accounts for admins (/admin). Staff who signed in and wait for roles come first; then every
// account, filtered by role, site and status, where an admin sets a person's roles and sites,
// switches an account off and on, and issues and revokes API tokens; last, staff can be registered
// before their first sign-in by their identity at their agency's provider. A supervisor's account
// keeps its one role (coordinators invite supervisors to their employer). The address holds the
// filter and page of the list (`role`, `site`, `status`, `page`).

import { ApiError, api, isAbort } from './api.js';
import {
  byId, checkboxes, checkedValues, clearFieldErrors, currentParams, errorMessage, formatInstant,
  formatNumber, h, locateField, options, paramsAtPage, pushParams, replace, say, setChecked, setOrDelete,
  showError, showPager, translateReason,
} from './ui.js';
import { ACCOUNT_STATUSES, ROLES, labelOf, loadSites } from './vocabulary.js';

const PAGE_SIZE = 50;
const STAFF_ROLES = ROLES.filter((role) => role.code !== 'SUPERVISOR');
const FILTERS = ['role', 'site', 'status'];

const pageMessage = byId('page-message');
const pageError = byId('page-error');
const accessForm = byId('access-form');
const tokenForm = byId('token-form');
const registerForm = byId('register-form');

let siteNames = new Map();
let editing = null; // the account whose roles and sites are being changed
let tokensOf = null; // the account whose API tokens are shown
let listController;

init();

async function init() {
  const sites = await loadSites();
  siteNames = new Map(sites.map((site) => [site.id, site.name]));
  const siteTerms = sites.map((site) => ({ code: site.id, label: site.name }));
  options(byId('f-role'), ROLES, { placeholder: 'Alla roller' });
  options(byId('f-site'), siteTerms, { placeholder: 'Alla verksamheter' });
  options(byId('f-status'), ACCOUNT_STATUSES, { placeholder: 'Alla' });
  for (const prefix of ['a', 'r']) {
    checkboxes(byId(`${prefix}-roles-boxes`), 'roles', STAFF_ROLES, { idPrefix: `${prefix}-role` });
    checkboxes(byId(`${prefix}-sites-boxes`), 'sites', siteTerms, { idPrefix: `${prefix}-site` });
  }

  byId('filter-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const params = new URLSearchParams();
    FILTERS.forEach((name) => setOrDelete(params, name, byId(`f-${name}`).value));
    navigate(params);
  });
  FILTERS.forEach((name) => byId(`f-${name}`).addEventListener('change', () => byId('filter-form').requestSubmit()));
  byId('accounts-prev').addEventListener('click', () => goToPage(-1));
  byId('accounts-next').addEventListener('click', () => goToPage(1));
  window.addEventListener('popstate', loadAccounts);

  accessForm.addEventListener('submit', saveAccess);
  byId('access-cancel').addEventListener('click', () => closeAccess({ focus: true }));
  tokenForm.addEventListener('submit', issueToken);
  byId('tokens-close').addEventListener('click', () => closeTokens({ focus: true }));
  registerForm.addEventListener('submit', register);
  byId('weights-form').addEventListener('submit', saveWeights);
  byId('weights-reset').addEventListener('click', resetWeights);
  loadWeights();

  refresh();
}

function refresh() {
  loadWaiting();
  loadAccounts();
}

// --- Address ------------------------------------------------------------------------------------

function navigate(params) {
  pushParams(params);
  loadAccounts();
}

function goToPage(step) {
  navigate(paramsAtPage(step));
  byId('accounts-title').focus();
}

// --- The lists ----------------------------------------------------------------------------------

async function loadWaiting() {
  const list = byId('waiting-list');
  list.setAttribute('aria-busy', 'true');
  try {
    const result = await api('/api/admin/accounts', { query: { waiting: true, size: PAGE_SIZE } });
    const items = result?.items ?? [];
    byId('waiting-count').textContent = items.length
      ? `${result.total === 1 ? '1 person väntar' : `${formatNumber(result.total)} personer väntar`} på roller.`
      : 'Ingen väntar på roller.';
    replace(list, items.length ? accountTable(items, 'Personal som väntar på roller') : null);
  } catch (error) {
    byId('waiting-count').textContent = '';
    replace(list, h('p', { class: 'message message-error' }, errorMessage(error)));
  } finally {
    list.setAttribute('aria-busy', 'false');
  }
}

async function loadAccounts() {
  const params = currentParams();
  FILTERS.forEach((name) => {
    byId(`f-${name}`).value = params.get(name) ?? '';
  });
  listController?.abort();
  listController = new AbortController();
  const list = byId('account-list');
  const count = byId('accounts-count');
  say(byId('accounts-message'), '');
  list.setAttribute('aria-busy', 'true');
  count.textContent = 'Hämtar konton …';
  try {
    const result = await api('/api/admin/accounts', {
      query: { ...Object.fromEntries(FILTERS.map((name) => [name, params.get(name)])), page: params.get('page'), size: PAGE_SIZE },
      signal: listController.signal,
    });
    const { items = [], total = 0, page = 0, size = PAGE_SIZE } = result ?? {};
    count.textContent = total === 0 ? 'Inga konton.'
      : `${total === 1 ? '1 konto' : `${formatNumber(total)} konton`}, efter namn. Visar ${page * size + 1}–${page * size + items.length}.`;
    replace(list, items.length ? accountTable(items, 'Konton, efter namn') : null);
    showPager('accounts', { page, size, total });
  } catch (error) {
    if (isAbort(error)) {
      return;
    }
    count.textContent = '';
    list.replaceChildren();
    byId('accounts-pager').hidden = true;
    say(byId('accounts-message'), errorMessage(error), 'error');
  } finally {
    list.setAttribute('aria-busy', 'false');
  }
}

function isSupervisor(account) {
  return (account.roles ?? []).some((role) => role.code === 'SUPERVISOR');
}

function accountTable(accounts, caption) {
  return h('div', { class: 'table-wrap' }, h('table', { class: 'stack accounts' },
    h('caption', { class: 'visually-hidden' }, caption),
    h('thead', {}, h('tr', {}, ['Namn', 'Roller', 'Verksamheter', 'Status', 'Åtgärder'].map((title) => h('th', { scope: 'col' }, title)))),
    h('tbody', {}, accounts.map(accountRow))));
}

function accountRow(account) {
  const supervisor = isSupervisor(account);
  const waiting = !supervisor && !(account.roles ?? []).length && account.status !== 'DISABLED';
  const name = account.displayName;
  return h('tr', {},
    h('th', { scope: 'row' }, name,
      h('span', { class: 'line-sub' }, account.email ?? account.identity?.subject ?? '')),
    h('td', { 'data-label': 'Roller' }, (account.roles ?? []).map((role) => role.label).join(', ') || 'Ingen roll ännu'),
    h('td', { 'data-label': 'Verksamheter' }, supervisor ? 'Handledare hos en arbetsgivare'
      : (account.sites ?? []).map((site) => siteNames.get(site) ?? site).join(', ') || '–'),
    h('td', { 'data-label': 'Status' },
      waiting
        ? h('span', { class: 'status status-WAITING' }, 'Väntar på roller')
        : h('span', { class: `status status-${account.status}` }, labelOf(ACCOUNT_STATUSES, account.status)),
      account.demo ? [' ', h('span', { class: 'tag' }, 'Demokonto')] : null),
    h('td', {}, h('div', { class: 'toolbar' },
      supervisor
        ? null
        : h('button', {
          type: 'button',
          class: waiting ? 'small' : 'secondary small',
          'aria-label': `${waiting ? 'Ge behörighet till' : 'Ändra behörighet för'} ${name}`,
          onclick: () => openAccess(account),
        }, waiting ? 'Ge behörighet' : 'Ändra behörighet'),
      account.status === 'DISABLED'
        ? h('button', { type: 'button', class: 'secondary small', 'aria-label': `Slå på kontot för ${name}`,
          onclick: () => setEnabled(account, true) }, 'Slå på')
        : h('button', { type: 'button', class: 'danger small', 'aria-label': `Stäng av kontot för ${name}`,
          onclick: () => setEnabled(account, false) }, 'Stäng av'),
      h('button', { type: 'button', class: 'secondary small', 'aria-label': `API-nycklar för ${name}`,
        onclick: () => openTokens(account) }, 'API-nycklar'))));
}

/** The API's reasons in Swedish when it gives any, else the status's message. */
function reasonOf(error) {
  return error instanceof ApiError && error.errors.length
    ? error.errors.map((e) => translateReason(e.reason)).join(' ')
    : errorMessage(error);
}

async function setEnabled(account, enable) {
  if (!enable && !window.confirm(`Stäng av kontot för ${account.displayName}? Personen kan inte logga in, `
    + 'en pågående inloggning slutar gälla och kontots API-nycklar slutar fungera. Du kan slå på kontot igen.')) {
    return;
  }
  say(pageMessage, '');
  say(pageError, '');
  try {
    const changed = await api(`/api/admin/accounts/${encodeURIComponent(account.id)}/${enable ? 'enable' : 'disable'}`,
      { method: 'POST' });
    say(pageMessage, `Kontot för ${changed.displayName} är ${enable ? 'påslaget' : 'avstängt'}.`, 'success');
    refresh();
  } catch (error) {
    say(pageError, reasonOf(error), 'error');
    pageError.focus();
  }
}

// --- Roles and sites ----------------------------------------------------------------------------

function openAccess(account) {
  closeTokens();
  editing = account;
  say(pageMessage, '');
  accessForm.reset();
  clearFieldErrors(accessForm);
  say(byId('access-error'), '');
  byId('access-summary').hidden = true;
  byId('access-title').textContent = `Behörighet för ${account.displayName}`;
  byId('access-who').textContent = [account.email, account.identity ? `Inloggning: ${account.identity.issuer}` : null]
    .filter(Boolean).join(' · ');
  setChecked(accessForm, 'roles', (account.roles ?? []).map((role) => role.code));
  setChecked(accessForm, 'sites', account.sites ?? []);
  byId('access-section').hidden = false;
  byId('access-title').focus();
}

function closeAccess({ focus = false } = {}) {
  editing = null;
  byId('access-section').hidden = true;
  if (focus) {
    byId('accounts-title').focus();
  }
}

async function saveAccess(event) {
  event.preventDefault();
  const button = byId('access-save');
  button.disabled = true;
  say(byId('access-error'), '');
  try {
    const saved = await api(`/api/admin/accounts/${encodeURIComponent(editing.id)}/access`, {
      method: 'PUT',
      json: { roles: checkedValues(accessForm, 'roles'), sites: checkedValues(accessForm, 'sites') },
    });
    closeAccess();
    const roles = listText((saved.roles ?? []).map((role) => role.label.toLocaleLowerCase('sv-SE')));
    say(pageMessage, roles ? `${saved.displayName} är nu ${roles}.` : `${saved.displayName} har inga roller nu.`, 'success');
    refresh();
    byId('accounts-title').focus();
  } catch (error) {
    showError(error, { region: byId('access-error'), root: accessForm, locate: (field) => locateField('a', field),
      summary: byId('access-summary') });
  } finally {
    button.disabled = false;
  }
}

/** "a", "a och b", "a, b och c". */
function listText(items) {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}` : items.join('');
}

// --- API tokens ---------------------------------------------------------------------------------

function openTokens(account) {
  closeAccess();
  tokensOf = account;
  say(pageMessage, '');
  byId('token-secret').replaceChildren();
  tokenForm.reset();
  clearFieldErrors(tokenForm);
  say(byId('token-error'), '');
  say(byId('tokens-message'), '');
  byId('token-summary').hidden = true;
  byId('tokens-title').textContent = `API-nycklar för ${account.displayName}`;
  byId('tokens-section').hidden = false;
  byId('tokens-title').focus();
  loadTokens();
}

function closeTokens({ focus = false } = {}) {
  tokensOf = null;
  byId('tokens-section').hidden = true;
  byId('token-secret').replaceChildren();
  if (focus) {
    byId('accounts-title').focus();
  }
}

async function loadTokens() {
  const account = tokensOf;
  const count = byId('tokens-count');
  count.textContent = 'Hämtar nycklar …';
  try {
    const tokens = await api('/api/admin/api-tokens', { query: { accountId: account.id } });
    if (tokensOf !== account) {
      return;
    }
    count.textContent = tokens.length
      ? `${tokens.length === 1 ? '1 nyckel' : `${tokens.length} nycklar`}, den nyaste först.` : 'Kontot har inga API-nycklar.';
    replace(byId('token-list'), tokens.length ? h('div', { class: 'table-wrap' }, h('table', { class: 'stack' },
      h('caption', { class: 'visually-hidden' }, `API-nycklar för ${account.displayName}`),
      h('thead', {}, h('tr', {}, ['Används till', 'Skapad', 'Gäller till', 'Status', 'Åtgärd']
        .map((title) => h('th', { scope: 'col' }, title)))),
      h('tbody', {}, tokens.map(tokenRow)))) : null);
  } catch (error) {
    count.textContent = '';
    say(byId('tokens-message'), errorMessage(error), 'error');
  }
}

function tokenRow(token) {
  const active = !token.revokedAt && new Date(token.expiresAt) > new Date();
  return h('tr', {},
    h('th', { scope: 'row' }, token.name),
    h('td', { 'data-label': 'Skapad' }, formatInstant(token.createdAt)),
    h('td', { 'data-label': 'Gäller till' }, formatInstant(token.expiresAt)),
    h('td', { 'data-label': 'Status' }, tokenStatus(token, active)),
    h('td', {}, active
      ? h('button', { type: 'button', class: 'danger small', 'aria-label': `Återkalla nyckeln ${token.name}`,
        onclick: () => revokeToken(token) }, 'Återkalla')
      : null));
}

function tokenStatus(token, active) {
  if (token.revokedAt) {
    return h('span', { class: 'status status-DISABLED' }, `Återkallad ${formatInstant(token.revokedAt)}`);
  }
  if (!active) {
    return h('span', { class: 'status status-DISABLED' }, 'Har gått ut');
  }
  return token.collectedAt ? h('span', { class: 'status status-ACTIVE' }, 'Gäller')
    : h('span', { class: 'status status-INVITED' }, 'Väntar på att hämtas');
}

async function issueToken(event) {
  event.preventDefault();
  const button = byId('token-issue');
  button.disabled = true;
  say(byId('token-error'), '');
  byId('token-secret').replaceChildren();
  const days = byId('t-validDays').value.trim();
  try {
    const issued = await api('/api/admin/api-tokens', {
      method: 'POST',
      json: { accountId: tokensOf.id, name: byId('t-name').value.trim(), validDays: days === '' ? null : Number(days) },
    });
    tokenForm.reset();
    clearFieldErrors(tokenForm);
    byId('token-summary').hidden = true;
    showIssued(issued);
    loadTokens();
  } catch (error) {
    showError(error, { region: byId('token-error'), root: tokenForm, locate: (field) => locateField('t', field),
      summary: byId('token-summary') });
  } finally {
    button.disabled = false;
  }
}

/** An issued token waits for its person: they collect its secret themselves, so nobody else holds it. */
function showIssued(token) {
  const heading = h('h3', { tabindex: '-1' }, `Nyckeln ”${token.name}” är skapad`);
  replace(byId('token-secret'), h('div', { class: 'notice success' },
    heading,
    h('p', {}, `${tokensOf.displayName} hämtar den själv, inloggad, under Mitt konto (klicka på sitt namn längst upp). `
      + 'Ingen annan ser nyckeln, inte heller du. Den fungerar först när den är hämtad, och längst till '
      + `${formatInstant(token.expiresAt)}.`)));
  heading.focus();
}

async function revokeToken(token) {
  if (!window.confirm(`Återkalla nyckeln ”${token.name}”? Program som använder den slutar fungera direkt.`)) {
    return;
  }
  say(byId('tokens-message'), '');
  try {
    await api(`/api/admin/api-tokens/${encodeURIComponent(token.id)}/revoke`, { method: 'POST' });
    say(pageMessage, `Nyckeln ”${token.name}” är återkallad.`, 'success');
    await loadTokens();
    byId('tokens-title').focus();
  } catch (error) {
    say(byId('tokens-message'), reasonOf(error), 'error');
  }
}

// --- Registering staff ahead ----------------------------------------------------------------------

async function register(event) {
  event.preventDefault();
  const button = byId('register-save');
  button.disabled = true;
  say(byId('register-error'), '');
  say(byId('register-message'), '');
  const value = (id) => byId(id).value.trim();
  try {
    const saved = await api('/api/admin/accounts', {
      method: 'POST',
      json: {
        identity: { issuer: value('r-identity-issuer'), subject: value('r-identity-subject') },
        displayName: value('r-displayName'),
        email: value('r-email') || null,
        roles: checkedValues(registerForm, 'roles'),
        sites: checkedValues(registerForm, 'sites'),
      },
    });
    registerForm.reset();
    clearFieldErrors(registerForm);
    byId('register-summary').hidden = true;
    say(byId('register-message'), `${saved.displayName} är registrerad. Rollerna gäller från första inloggningen.`, 'success');
    refresh();
  } catch (error) {
    showError(error, { region: byId('register-error'), root: registerForm, locate: (field) => locateField('r', field),
      summary: byId('register-summary') });
  } finally {
    button.disabled = false;
  }
}

// --- The matching rules' weights ---------------------------------------------------------------
// Only the soft rules' weights can be changed; the hard rules and the medium one are fixed (the API
// lists them as `fixed` and refuses a change to one), so they are shown as text, never as a field.

const RULE_NAMES = {
  'Slot seats': 'Lediga platser',
  'Limitation versus demand': 'Begränsningar och krav',
  'Start hours': 'Timmar vid start',
  'Schedule fit': 'Dagar och tider',
  'Travel time': 'Restid inom gränsen',
  'Avoided employer': 'Arbetsgivare att undvika',
  'Ready participant without place': 'Plats för den som väntar',
  'Occupation and interest fit': 'Yrke och intressen',
  'Short trips': 'Kort resväg',
  'Support for needs': 'Stöd för behov',
  'Supervisor load': 'Handledarens belastning',
  'Employer load': 'Arbetsgivarens belastning',
  'Proven employer': 'Tidigare provtider',
};

let softWeights = new Map(); // rule -> the soft weight shown when loaded

function parseWeight(text) {
  const match = /^(-?\d+)hard\/(-?\d+)medium\/(-?\d+)soft$/.exec(text ?? '');
  return match ? { hard: Number(match[1]), medium: Number(match[2]), soft: Number(match[3]) } : null;
}

function showWeights(response) {
  const fixed = new Set(response.fixed ?? []);
  softWeights = new Map();
  const rows = Object.entries(response.weights).map(([rule, text], index) => {
    const weight = parseWeight(text);
    const name = RULE_NAMES[rule] ?? rule;
    if (fixed.has(rule)) {
      const level = weight && weight.hard > 0 ? 'Hård' : 'Mellan';
      return h('tr', { dataset: { rule } }, h('th', { scope: 'row' }, name), h('td', {}, level),
        h('td', {}, 'Fast – kan inte ändras'));
    }
    softWeights.set(rule, weight ? weight.soft : 0);
    const id = `w-${index}`;
    return h('tr', { dataset: { rule } }, h('th', { scope: 'row' }, h('label', { for: id }, name)), h('td', {}, 'Mjuk'),
      h('td', {}, h('input', { type: 'number', id, name: rule, min: '0', step: '1', inputmode: 'numeric',
        value: String(weight ? weight.soft : 0), class: 'narrow' })));
  });
  const body = byId('weights-rows');
  replace(body, rows);
  body.setAttribute('aria-busy', 'false');
}

async function loadWeights() {
  try {
    showWeights(await api('/api/admin/constraint-weights'));
  } catch (error) {
    if (!isAbort(error)) {
      say(byId('weights-error'), errorMessage(error), 'error');
    }
  }
}

async function saveWeights(event) {
  event.preventDefault();
  const button = byId('weights-save');
  say(byId('weights-error'), '');
  say(byId('weights-message'), '');
  const changed = {};
  for (const [rule, was] of softWeights) {
    const input = byId('weights-form').querySelector(`input[name="${CSS.escape(rule)}"]`);
    const value = input.value.trim();
    if (!/^\d+$/.test(value)) {
      say(byId('weights-error'), `Ange ett heltal, 0 eller större, för ${RULE_NAMES[rule] ?? rule}.`, 'error');
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    input.removeAttribute('aria-invalid');
    if (Number(value) !== was) {
      changed[rule] = `0hard/0medium/${Number(value)}soft`;
    }
  }
  if (Object.keys(changed).length === 0) {
    say(byId('weights-message'), 'Inga vikter ändrades.', 'info');
    return;
  }
  button.disabled = true;
  try {
    showWeights(await api('/api/admin/constraint-weights', { method: 'PUT', json: { weights: changed } }));
    say(byId('weights-message'), 'Vikterna är sparade och gäller från nästa förslag eller plan.', 'success');
  } catch (error) {
    say(byId('weights-error'), error instanceof ApiError && error.errors.length
      ? error.errors.map((e) => `${RULE_NAMES[e.field.replace(/^weights\./, '')] ?? e.field}: ${translateReason(e.reason)}`).join(' ')
      : errorMessage(error), 'error');
  } finally {
    button.disabled = false;
  }
}

async function resetWeights() {
  say(byId('weights-error'), '');
  say(byId('weights-message'), '');
  try {
    showWeights(await api('/api/admin/constraint-weights', { method: 'DELETE' }));
    say(byId('weights-message'), 'Standardvikterna gäller igen.', 'success');
  } catch (error) {
    say(byId('weights-error'), errorMessage(error), 'error');
  }
}
