// The checklist that explains a suggested or planned placement: one row per rule, with how the
// placement fares on it (a marker with colour AND symbol AND text, never colour alone), the reason
// in Swedish and what the rule did to the score in plain words. Used by /forslag and /plan.
// There is deliberately no overall percentage: the rules' points are shown as they are, one by one.

import { h } from './ui.js';

/** The four statuses of a criterion (CriterionStatus), with their symbol and Swedish label. */
export const CRITERION_STATUSES = Object.freeze({
  MET: { symbol: '✓', label: 'Uppfyllt' },
  PARTLY: { symbol: '◐', label: 'Delvis' },
  NOT_MET: { symbol: '✗', label: 'Ej uppfyllt' },
  UNKNOWN: { symbol: '?', label: 'Okänt' },
});

const ORDER = ['MET', 'PARTLY', 'NOT_MET', 'UNKNOWN'];

const POINTS = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });

/** 117 → "+117 poäng", -14 → "−14 poäng" (a real minus sign), 0 → "0 poäng". */
export function formatPoints(points) {
  const value = Number(points) || 0;
  const sign = value > 0 ? '+' : value < 0 ? '−' : '';
  return `${sign}${POINTS.format(Math.abs(value))} poäng`;
}

/** The status marker: symbol (hidden from screen readers, the text says it) and text, in the status's colour. */
export function statusMarker(status, statusLabel) {
  const known = CRITERION_STATUSES[status] ?? CRITERION_STATUSES.UNKNOWN;
  const code = CRITERION_STATUSES[status] ? status : 'UNKNOWN';
  return h('span', { class: `crit crit-${code}` },
    h('span', { class: 'crit-symbol', 'aria-hidden': 'true' }, known.symbol),
    h('span', { class: 'crit-text' }, statusLabel || known.label));
}

/**
 * What a rule did to the score, in words: breaking a hard or medium rule is "Bryter mot krav"
 * (no number of points outweighs it); otherwise the soft points, or "Ingen påverkan".
 */
export function effect(criterion) {
  if ((criterion.hardEffect ?? 0) < 0 || (criterion.mediumEffect ?? 0) < 0) {
    return { kind: 'breaks', text: 'Bryter mot krav' };
  }
  const soft = criterion.softEffect ?? 0;
  if (soft > 0) {
    return { kind: 'plus', text: formatPoints(soft) };
  }
  if (soft < 0) {
    return { kind: 'minus', text: formatPoints(soft) };
  }
  return { kind: 'none', text: 'Ingen påverkan' };
}

/** How many criteria have each status, as text: "10 uppfyllda, 1 delvis, 1 okänt". */
export function checklistCounts(criteria) {
  const counts = new Map();
  for (const criterion of criteria ?? []) {
    const status = CRITERION_STATUSES[criterion.status] ? criterion.status : 'UNKNOWN';
    counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  const words = {
    MET: (n) => (n === 1 ? '1 uppfyllt' : `${n} uppfyllda`),
    PARTLY: (n) => `${n} delvis`,
    NOT_MET: (n) => (n === 1 ? '1 ej uppfyllt' : `${n} ej uppfyllda`),
    UNKNOWN: (n) => (n === 1 ? '1 okänt' : `${n} okända`),
  };
  return ORDER.filter((status) => counts.has(status)).map((status) => words[status](counts.get(status))).join(', ');
}

/** True when some criterion breaks a hard or medium rule. */
export function breaksARule(criteria) {
  return (criteria ?? []).some((c) => (c.hardEffect ?? 0) < 0 || (c.mediumEffect ?? 0) < 0);
}

/** The sum of the criteria's soft points. */
export function softTotal(criteria) {
  return (criteria ?? []).reduce((sum, c) => sum + (c.softEffect ?? 0), 0);
}

/** The checklist as a table (a block per row on a phone). `caption` names it for screen readers. */
export function checklistTable(criteria, { caption = 'Kontrollista' } = {}) {
  if (!criteria?.length) {
    return h('p', { class: 'hint' }, 'Ingen kontrollista finns för det här förslaget.');
  }
  return h('div', { class: 'table-wrap' }, h('table', { class: 'checklist stack' },
    h('caption', { class: 'visually-hidden' }, caption),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, 'Kriterium'),
      h('th', { scope: 'col' }, 'Status'),
      h('th', { scope: 'col' }, 'Förklaring'),
      h('th', { scope: 'col', class: 'num' }, 'Påverkan'))),
    h('tbody', {}, criteria.map((criterion) => {
      const { kind, text } = effect(criterion);
      return h('tr', { class: `crit-row crit-row-${criterion.status}` },
        h('th', { scope: 'row' }, criterion.label || criterion.rule),
        h('td', { 'data-label': 'Status', class: 'nowrap' }, statusMarker(criterion.status, criterion.statusLabel)),
        h('td', { 'data-label': 'Förklaring' }, criterion.detail || '–'),
        h('td', { 'data-label': 'Påverkan', class: `num nowrap effect effect-${kind}` }, text));
    }))));
}

/**
 * The checklist in a <details>, its summary saying how the criteria fare, so a long list of
 * placements can be scanned and opened one at a time.
 */
export function checklistDetails(criteria, { title = 'Kontrollista', caption, open = false } = {}) {
  const counts = checklistCounts(criteria);
  return h('details', { class: 'checklist-details', open },
    h('summary', {}, h('span', { class: 'summary-title' }, title), counts ? h('span', { class: 'hint-inline' }, ` (${counts})`) : null),
    checklistTable(criteria, { caption: caption ?? title }));
}
