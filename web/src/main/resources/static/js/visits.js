// What the two follow-up pages share: the week they show (dates as ISO strings, Monday to Friday),
// a visit drawn as a card, and what a re-plan did (moves and visits it could not place).

import { formatDate, h } from './ui.js';
import { FALLBACK_VOCABULARIES, UNPLANNED_REASONS, VISIT_KINDS, capitalise, labelOf } from './vocabulary.js';

const DAY_MS = 86400000;

/** The ISO date `days` after `iso` (before, when negative). */
export function addDays(iso, days) {
  const [year, month, day] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day) + days * DAY_MS);
  return date.toISOString().slice(0, 10);
}

/** 0 for Monday … 6 for Sunday. */
function weekdayIndex(iso) {
  const [year, month, day] = iso.split('-').map(Number);
  return (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
}

/** The Monday of the week of `iso`. */
export function mondayOf(iso) {
  return addDays(iso, -weekdayIndex(iso));
}

/** The week a page opens on: this week, or the coming one on a Saturday or Sunday (nothing is planned on weekends). */
export function defaultMonday(todayIso) {
  return weekdayIndex(todayIso) >= 5 ? addDays(mondayOf(todayIso), 7) : mondayOf(todayIso);
}

/** A Monday from the address (`?vecka=2026-12-07`), else `fallback`. */
export function mondayFromParam(value, fallback) {
  return /^\d{4}-\d{2}-\d{2}$/.test(value ?? '') ? mondayOf(value) : fallback;
}

/** The five working days of the week starting `monday`. */
export function workingDays(monday) {
  return [0, 1, 2, 3, 4].map((offset) => addDays(monday, offset));
}

/** ISO 8601 week number. */
export function weekNumber(iso) {
  const thursday = addDays(iso, 3 - weekdayIndex(iso));
  const [year] = thursday.split('-').map(Number);
  const firstThursday = addDays(`${year}-01-04`, 3 - weekdayIndex(`${year}-01-04`));
  const diff = (Date.parse(thursday) - Date.parse(firstThursday)) / DAY_MS;
  return 1 + Math.round(diff / 7);
}

/** "Vecka 50, 7–11 dec. 2026". */
export function weekTitle(monday) {
  return `Vecka ${weekNumber(monday)}, ${formatDate(monday)} – ${formatDate(addDays(monday, 4))}`;
}

/** "Måndag 7 dec.". */
export function dayTitle(iso) {
  const day = FALLBACK_VOCABULARIES.weekdays[weekdayIndex(iso)].label;
  const [year, month, date] = iso.split('-').map(Number);
  const short = new Date(year, month - 1, date).toLocaleDateString('sv-SE', { day: 'numeric', month: 'short' });
  return `${capitalise(day)} ${short}`;
}

/** "2026-12-07T09:15:00" → "09:15". */
export function timeOf(dateTime) {
  return String(dateTime ?? '').slice(11, 16);
}

/** "2026-12-07T09:15:00" → "2026-12-07". */
export function dateOf(dateTime) {
  return String(dateTime ?? '').slice(0, 10);
}

/** "mån 7 dec. 09:15". */
export function formatStart(dateTime) {
  if (!dateTime) {
    return '–';
  }
  return `${dayTitle(dateOf(dateTime)).toLocaleLowerCase('sv-SE').replace(/^(\p{L}{3})\p{L}*/u, '$1')} ${timeOf(dateTime)}`;
}

/** A link to the participant's page, shown by the pseudonymous id. */
export function participantLink(id) {
  return h('a', { href: `/deltagare/${encodeURIComponent(id)}` }, id);
}

/** The planned visits by day (ISO date), each day's in order of start. */
export function visitsByDay(visits) {
  const byDay = new Map();
  for (const visit of [...visits].sort((a, b) => String(a.appointment?.start).localeCompare(String(b.appointment?.start)))) {
    const day = dateOf(visit.appointment?.start);
    byDay.set(day, [...(byDay.get(day) ?? []), visit]);
  }
  return byDay;
}

/**
 * A planned visit as a card: time, kind, place, travel before it, the participant, where it
 * was moved from, and whether it is done; `actions` (nodes) below.
 */
export function visitCard(visit, { showVisitor = false, actions = [] } = {}) {
  const appointment = visit.appointment ?? {};
  const done = visit.completion;
  return h('li', { class: `visit${done ? ' visit-done' : ''}`, dataset: { visit: visit.id, day: dateOf(appointment.start) } },
    h('p', { class: 'visit-time' }, h('strong', {}, `${timeOf(appointment.start)}–${timeOf(appointment.end)}`),
      done ? h('span', { class: 'status status-DONE' }, 'Genomfört') : null),
    h('p', { class: 'visit-kind' }, labelOf(VISIT_KINDS, visit.kind)),
    h('ul', { class: 'facts' },
      h('li', {}, h('span', { class: 'label' }, 'Deltagare: '), participantLink(visit.participantId)),
      h('li', {}, h('span', { class: 'label' }, 'Plats: '), visit.place?.label ?? '–'),
      visit.travelBeforeMinutes ? h('li', {}, h('span', { class: 'label' }, 'Restid före: '), `${visit.travelBeforeMinutes} min`) : null,
      showVisitor && appointment.visitorName ? h('li', {}, h('span', { class: 'label' }, 'Coach: '), appointment.visitorName) : null,
      appointment.movedFrom ? h('li', { class: 'moved-from' }, `Flyttad från ${formatStart(appointment.movedFrom)}`) : null,
      appointment.confirmed && !done ? h('li', {}, 'Bekräftad tid') : null,
      visit.timeRequest && !done ? h('li', { class: 'moved-from' }, 'Arbetsplatsen önskar annan tid',
        visit.timeRequest.proposedStart ? `: ${formatStart(visit.timeRequest.proposedStart)}` : '',
        visit.timeRequest.message ? ` (${visit.timeRequest.message})` : '') : null,
      done ? h('li', {}, `Genomfört ${formatDate(done.on)}`, done.note ? `: ${done.note}` : '') : null),
    actions);
}

/** Lists longer than this are folded away behind their count. */
const LONGEST_OPEN_LIST = 10;

/** A list, folded into a disclosure when it is long. */
function foldable(list, count, what) {
  return count > LONGEST_OPEN_LIST ? h('details', {}, h('summary', {}, `Visa alla ${count} ${what}`), list) : list;
}

/**
 * What a re-plan did: "Omplanerat: N besök flyttade", the moves (from → to), and the visits it
 * could not place, counted by reason and listed with theirs.
 */
export function planOutcome(plan, idPrefix) {
  const moves = plan?.moves ?? [];
  const unplanned = plan?.unplanned ?? [];
  const reasons = UNPLANNED_REASONS.map((reason) => ({ reason, count: unplanned.filter((left) => left.reason === reason.code).length }))
    .filter((entry) => entry.count);
  return h('div', { class: 'plan-outcome' },
    h('h3', { id: `${idPrefix}-moves-title` }, `Omplanerat: ${moves.length === 1 ? '1 besök flyttat' : `${moves.length} besök flyttade`}`),
    h('p', { class: 'hint' }, `${plan?.planned ?? 0} besök planerade ${formatDate(plan?.from)} – ${formatDate(plan?.until)}.`),
    moves.length ? foldable(h('ul', { class: 'moves', 'aria-labelledby': `${idPrefix}-moves-title` }, moves.map((move) => h('li', {},
      participantLink(move.visit.participantId), ` (${labelOf(VISIT_KINDS, move.visit.kind)}): `,
      h('span', { class: 'nowrap' }, formatStart(move.fromStart)), ' → ', h('span', { class: 'nowrap' }, formatStart(move.toStart)),
      move.fromVisitorId !== move.toVisitorId ? ` (${move.fromVisitorName ?? 'annan coach'} → ${move.toVisitorName ?? 'annan coach'})` : ''))),
    moves.length, 'flyttade besök') : null,
    unplanned.length ? [
      h('h3', { id: `${idPrefix}-unplanned-title` }, `Kunde inte planeras: ${unplanned.length} besök`),
      h('ul', { class: 'reasons' }, reasons.map(({ reason, count }) => h('li', {}, `${reason.label}: ${count} besök`))),
      foldable(h('ul', { class: 'unplanned', 'aria-labelledby': `${idPrefix}-unplanned-title` }, unplanned.map((left) => h('li', {},
        participantLink(left.visit.participantId), ` (${labelOf(VISIT_KINDS, left.visit.kind)}, senast `,
        formatDate(left.visit.window?.latest), '): ', labelOf(UNPLANNED_REASONS, left.reason)))),
      unplanned.length, 'besök som inte kunde planeras'),
    ] : null);
}
