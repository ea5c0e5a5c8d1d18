// The overview for management and coordinators (/oversikt): per site, where the participants are
// along the programme's path (the referral queue, mapping, waiting, study visit, trial, work
// training) and how many slots are open with how many free seats, now (GET /api/figures).
// Counts only: the API gives no person, and the page shows nothing else.

import { api } from './api.js';
import { byId, errorMessage, formatNumber, h, replace, say } from './ui.js';

const container = byId('figures');
const status = byId('figures-status');

load();

async function load() {
  try {
    const sites = await api('/api/figures');
    replace(container, (sites ?? []).map(siteTable));
    status.textContent = sites?.length ? `Siffror för ${sites.length === 1 ? '1 verksamhet' : `${sites.length} verksamheter`}.`
      : 'Det finns inga verksamheter att visa.';
  } catch (error) {
    status.textContent = '';
    say(byId('figures-message'), errorMessage(error), 'error');
  } finally {
    container.setAttribute('aria-busy', 'false');
  }
}

/** One site's figures: a heading and a table of counts, participants by phase, then the bank. */
function siteTable(site) {
  const titleId = `site-${site.site}`;
  const name = site.name ?? site.site;
  const pipeline = site.pipeline ?? [];
  return h('section', { class: 'panel', 'aria-labelledby': titleId },
    h('h2', { id: titleId }, name),
    h('table', { class: 'figures-table' },
      h('caption', { class: 'visually-hidden' }, `Antal i ${name}`),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Uppgift'), h('th', { scope: 'col', class: 'num' }, 'Antal'))),
      h('tbody', {},
        groupRow('Deltagare längs vägen'),
        pipeline.map((stage) => countRow(stage.label, stage.count)),
        countRow('Aktiva deltagare (inskrivna)', site.active, 'total')),
      h('tbody', {},
        groupRow('Platsbanken'),
        countRow('Öppna arbetsträningsplatser', site.openSlots),
        countRow('Lediga platser på dem', site.freeSeats))));
}

function groupRow(label) {
  return h('tr', { class: 'group' }, h('th', { scope: 'rowgroup', colspan: '2' }, label));
}

function countRow(label, count, kind) {
  return h('tr', { class: kind }, h('th', { scope: 'row' }, label), h('td', { class: 'num' }, formatNumber(count ?? 0)));
}
