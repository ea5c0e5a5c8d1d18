// The signed-in person's own page (/konto): who they are on the platform (GET /api/me), and the
// API tokens an admin has issued for their account (GET /api/me/api-tokens), whose secrets they
// collect here, once each (POST /api/me/api-tokens/{id}/secret): nobody else ever holds them.

import { api, loadMe } from './api.js';
import { byId, copyField, errorMessage, formatInstant, h, replace, say } from './ui.js';
import { loadMySites } from './vocabulary.js';

const tokenList = byId('token-list');

init();

async function init() {
  loadTokens();
  try {
    const [me, sites] = await Promise.all([loadMe(), loadMySites()]);
    byId('me-status').textContent = '';
    replace(byId('me'),
      fact('Namn', me.displayName),
      fact('E-post', me.email ?? '–'),
      fact('Roller', (me.roles ?? []).map((role) => role.label).join(', ') || 'Inga ännu'),
      sites.length ? fact('Verksamheter', sites.map((site) => site.name).join(', ')) : null);
  } catch (error) {
    byId('me-status').textContent = '';
    say(byId('page-message'), errorMessage(error), 'error');
  }
}

function fact(term, value) {
  return [h('dt', {}, term), h('dd', {}, value)];
}

async function loadTokens() {
  const count = byId('tokens-count');
  count.textContent = 'Hämtar nycklar …';
  try {
    const tokens = await api('/api/me/api-tokens');
    count.textContent = tokens.length
      ? `${tokens.length === 1 ? '1 nyckel' : `${tokens.length} nycklar`}, den nyaste först.`
      : 'Du har inga API-nycklar. Behöver ett program en, be en administratör skapa den.';
    replace(tokenList, tokens.length ? h('div', { class: 'table-wrap' }, h('table', { class: 'stack' },
      h('caption', { class: 'visually-hidden' }, 'Mina API-nycklar'),
      h('thead', {}, h('tr', {}, ['Används till', 'Skapad', 'Gäller till', 'Status', 'Åtgärd']
        .map((title) => h('th', { scope: 'col' }, title)))),
      h('tbody', {}, tokens.map(tokenRow)))) : null);
  } catch (error) {
    count.textContent = '';
    say(byId('tokens-message'), errorMessage(error), 'error');
  }
}

function tokenRow(token) {
  const usable = !token.revokedAt && new Date(token.expiresAt) > new Date();
  const waiting = usable && !token.collectedAt;
  return h('tr', {},
    h('th', { scope: 'row' }, token.name),
    h('td', { 'data-label': 'Skapad' }, formatInstant(token.createdAt)),
    h('td', { 'data-label': 'Gäller till' }, formatInstant(token.expiresAt)),
    h('td', { 'data-label': 'Status' }, tokenStatus(token, usable)),
    h('td', {}, waiting
      ? h('button', { type: 'button', class: 'small', 'aria-label': `Hämta nyckeln ${token.name}`, onclick: () => collect(token) },
        'Hämta nyckeln')
      : null));
}

function tokenStatus(token, usable) {
  if (token.revokedAt) {
    return h('span', { class: 'status status-DISABLED' }, `Återkallad ${formatInstant(token.revokedAt)}`);
  }
  if (!usable) {
    return h('span', { class: 'status status-DISABLED' }, 'Har gått ut');
  }
  return token.collectedAt ? h('span', { class: 'status status-ACTIVE' }, `Hämtad ${formatInstant(token.collectedAt)}`)
    : h('span', { class: 'status status-INVITED' }, 'Väntar på att hämtas');
}

async function collect(token) {
  say(byId('tokens-message'), '');
  try {
    showSecret(await api(`/api/me/api-tokens/${encodeURIComponent(token.id)}/secret`, { method: 'POST' }));
    loadTokens();
  } catch (error) {
    say(byId('tokens-message'), errorMessage(error), 'error');
  }
}

/** The secret, this once: the service keeps only a hash of it and cannot show it again. */
function showSecret({ token, secret }) {
  const heading = h('h3', { tabindex: '-1' }, `Kopiera nyckeln ”${token.name}” nu`);
  replace(byId('token-secret'), h('div', { class: 'notice warning' },
    heading,
    h('p', {}, 'Nyckeln visas bara den här gången och kan inte visas igen. Kopiera den till programmet som ska använda den. '
      + `Den gäller till ${formatInstant(token.expiresAt)}.`),
    copyField('token-secret-value', 'API-nyckel', secret),
    h('p', {}, 'Programmet skickar nyckeln i varje anrop, i huvudet Authorization: Bearer följt av nyckeln. '
      + 'Tappas den bort: be en administratör återkalla den och skapa en ny.')));
  heading.focus();
}
