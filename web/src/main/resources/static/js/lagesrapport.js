// The status report (/lagesrapport) for management and coordinators: the figures a site's
// half-year report (lägesrapport) gives the steering group, for one site or several together,
// for a period and as of a day (GET /api/reports/status), and the same report as a PDF and as CSV
// files for Excel. What is
// shown lives in the address (verksamhet, fran, till, per), so a report can be bookmarked and
// shared. A report shown can be issued (frozen, POST /api/reports/issued) and the chosen sites'
// issued reports are listed; one is shown as it was issued at ?utfardad=<id>. Counts only: the API
// gives no person, and the page shows nothing else.

import { api, hasRole, loadMe, toQuery } from './api.js';
import {
  byId, checkboxes, checkedValues, clearFieldErrors, currentParams, errorMessage, formatDate, formatInstant, formatNumber, h,
  locateField, pushParams, replace, say, showError,
} from './ui.js';
import { parameterForm } from './nyckeltal.js';
import { loadMySites, loadSites } from './vocabulary.js';

const form = byId('report-form');
const container = byId('status-report');
const status = byId('report-status');
const errorRegion = byId('report-error');
const issueSection = byId('issue-section');
const issueForm = byId('issue-form');
const issueStatus = byId('issue-status');
const issuedList = byId('issued-list');
const FIELDS = [['from', 'fran'], ['until', 'till'], ['asOf', 'per']];
let siteNames = new Map();
let coordinator = false;
/** The sites the person coordinates: they enter those sites' key-figure parameters. */
let mySites = new Set();
/** What the report shown was asked for with, to issue it as it is shown. */
let shownQuery = null;

init();

async function init() {
  const me = await loadMe().catch(() => null);
  coordinator = hasRole(me, 'COORDINATOR');
  mySites = new Set(coordinator ? me.sites ?? [] : []);
  const sites = hasRole(me, 'MANAGEMENT') ? await loadSites() : await loadMySites();
  if (!sites.length) {
    form.hidden = true;
    say(byId('page-message'), 'Det finns ingen verksamhet som du kan se lägesrapporten för.', 'error');
    return;
  }
  siteNames = new Map(sites.map((site) => [site.id, site.name]));
  checkboxes(byId('r-site-boxes'), 'site', sites.map((site) => ({ code: site.id, label: site.name })), { idPrefix: 'r-site' });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    show();
  });
  byId('r-half-year').addEventListener('click', () => {
    FIELDS.forEach(([field]) => { byId(`r-${field}`).value = ''; });
    show();
  });
  issueForm.addEventListener('submit', (event) => {
    event.preventDefault();
    issue();
  });
  window.addEventListener('popstate', load);
  await load();
}

/** Makes the form's choice the address, then shows its report. */
function show() {
  const params = new URLSearchParams();
  checkedValues(form, 'site').forEach((site) => params.append('verksamhet', site));
  FIELDS.forEach(([field, param]) => {
    if (byId(`r-${field}`).value) {
      params.set(param, byId(`r-${field}`).value);
    }
  });
  pushParams(params);
  load();
}

/**
 * The report the address asks for: an issued one (utfardad) as it was issued, or the live one of
 * its sites (all offered when it names none) and days (the server's defaults when none).
 */
async function load() {
  const params = currentParams();
  if (params.get('utfardad')) {
    await loadIssued(params.get('utfardad'));
    return;
  }
  const named = params.getAll('verksamhet').filter((site) => siteNames.has(site));
  const chosen = named.length ? named : [...siteNames.keys()];
  form.querySelectorAll('input[name="site"]').forEach((box) => { box.checked = chosen.includes(box.value); });
  FIELDS.forEach(([field, param]) => { byId(`r-${field}`).value = params.get(param) ?? ''; });
  const query = { sites: chosen };
  FIELDS.forEach(([field, param]) => { query[field] = params.get(param) ?? ''; });
  status.textContent = 'Räknar …';
  say(errorRegion, '');
  clearFieldErrors(form);
  container.setAttribute('aria-busy', 'true');
  shownQuery = null;
  issueSection.hidden = true;
  try {
    const report = await api('/api/reports/status', { query });
    FIELDS.forEach(([field]) => { byId(`r-${field}`).value = report[field]; });
    const shown = { sites: report.sites, from: report.from, until: report.until, asOf: report.asOf };
    replace(container, reportView(report, {
      pdf: `/api/reports/status.pdf${toQuery(shown)}`, csv: `/api/reports/status.zip${toQuery(shown)}`, query: shown,
    }));
    container.append(keyFiguresView(shown));
    status.textContent = `Lägesrapporten för ${namesOf(report.sites)} är framtagen.`;
    shownQuery = shown;
    issueSection.hidden = false;
    await listIssued(report.sites);
  } catch (error) {
    status.textContent = '';
    replace(container);
    showError(error, {
      region: errorRegion, root: form, summary: byId('r-summary'), locate: (field) => locateField('r', field),
    });
  } finally {
    container.setAttribute('aria-busy', 'false');
  }
}

/** Points the download links at the report asked for, for outside the programme or not. */
function downloadsFor(query) {
  byId('report-pdf').href = `/api/reports/status.pdf${toQuery(query)}`;
  byId('report-csv').href = `/api/reports/status.zip${toQuery(query)}`;
}

/** An issued report, as it was issued, under a banner saying so; its downloads are the issued ones. */
async function loadIssued(id) {
  status.textContent = 'Hämtar den utfärdade rapporten …';
  say(errorRegion, '');
  container.setAttribute('aria-busy', 'true');
  shownQuery = null;
  issueSection.hidden = true;
  try {
    const issued = await api(`/api/reports/issued/${encodeURIComponent(id)}`);
    form.querySelectorAll('input[name="site"]').forEach((box) => { box.checked = issued.sites.includes(box.value); });
    FIELDS.forEach(([field]) => { byId(`r-${field}`).value = issued[field]; });
    const path = `/api/reports/issued/${encodeURIComponent(issued.id)}`;
    replace(container, h('div', { class: 'notice warning', id: 'issued-banner' },
      h('p', {}, h('strong', {}, `Utfärdad ${formatInstant(issued.issuedAt)} av ${issued.issuedByName} – visas som den var då.`)),
      issued.note ? h('p', {}, issued.note) : null,
      h('p', {}, h('a', { href: `/lagesrapport${toQuery({ verksamhet: issued.sites })}` }, 'Visa rapporten som den är i dag'))),
    ...reportView(issued, { pdf: `${path}.pdf`, csv: `${path}.zip` }));
    status.textContent = `Den utfärdade lägesrapporten för ${namesOf(issued.sites)} visas.`;
    await listIssued(issued.sites);
  } catch (error) {
    status.textContent = '';
    replace(container);
    showError(error, { region: errorRegion });
  } finally {
    container.setAttribute('aria-busy', 'false');
  }
}

/** Freezes the report shown, with the note, and lists it. */
async function issue() {
  if (!shownQuery) {
    return;
  }
  issueStatus.textContent = 'Utfärdar …';
  try {
    const issued = await api('/api/reports/issued', { method: 'POST', json: { ...shownQuery, note: byId('i-note').value } });
    byId('i-note').value = '';
    issueStatus.textContent = `Rapporten är utfärdad ${formatInstant(issued.issuedAt)}.`;
    await listIssued(issued.sites);
  } catch (error) {
    issueStatus.textContent = '';
    showError(error, {
      region: errorRegion, root: issueForm, summary: byId('i-summary'), locate: (field) => locateField('i', field),
    });
  }
}

/** The reports issued of these sites, newest first, each with its links. */
async function listIssued(sites) {
  say(byId('issued-error'), '');
  try {
    const list = await api('/api/reports/issued', { query: { sites } });
    if (!list.length) {
      replace(issuedList, h('p', { class: 'hint' }, 'Inga rapporter är utfärdade för de valda verksamheterna.'));
      return;
    }
    replace(issuedList, h('table', { class: 'figures-table', id: 'issued-table' },
      h('caption', { class: 'visually-hidden' }, 'Utfärdade rapporter, senaste först'),
      h('thead', {}, h('tr', {}, ['Utfärdad', 'Av', 'Verksamheter', 'Period', 'Läget per', 'Anteckning', 'Rapporten']
        .map((heading) => h('th', { scope: 'col' }, heading)))),
      h('tbody', {}, list.map((issued) => {
        const path = `/api/reports/issued/${encodeURIComponent(issued.id)}`;
        return h('tr', {},
          h('th', { scope: 'row' }, formatInstant(issued.issuedAt)),
          h('td', {}, issued.issuedByName),
          h('td', {}, namesOf(issued.sites)),
          h('td', {}, `${formatDate(issued.from)} – ${formatDate(issued.until)}`),
          h('td', {}, formatDate(issued.asOf)),
          h('td', {}, issued.note ?? ''),
          h('td', {},
            h('a', { href: `/lagesrapport?utfardad=${encodeURIComponent(issued.id)}`, class: 'issued-show' },
              'Visa', h('span', { class: 'visually-hidden' }, ` rapporten utfärdad ${formatInstant(issued.issuedAt)}`)), ' · ',
            h('a', { href: `${path}.pdf`, download: '' }, 'PDF'), ' · ',
            h('a', { href: `${path}.zip`, download: '' }, 'CSV')));
      }))));
  } catch (error) {
    replace(issuedList);
    showError(error, { region: byId('issued-error') });
  }
}

function namesOf(sites) {
  const names = sites.map((site) => siteNames.get(site) ?? site);
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} och ${names.at(-1)}`;
}

/** A report's figures, live or issued; `links` are its downloads (pdf, csv) and, for the live one, what it was asked with (query). */
function reportView(report, links) {
  return [
    h('h2', { id: 'report-title' }, `Lägesrapport – ${namesOf(report.sites)}`),
    h('p', { class: 'lead' }, `Perioden ${formatDate(report.from)} – ${formatDate(report.until)}, läget per ${formatDate(report.asOf)}.`),
    h('div', { class: 'actions compact' },
      h('a', { class: 'button secondary', id: 'report-pdf', href: links.pdf, download: '' },
        'Ladda ner som PDF'),
      h('a', { class: 'button secondary', id: 'report-csv', href: links.csv, download: '' },
        'Ladda ner tabellerna för Excel (CSV, zip)'),
      // The SUS worklist is a line per person (pseudonymous): coordinators only, for registering the exits in SUS.
      coordinator && links.query ? h('a', {
        class: 'button secondary', id: 'report-sus', download: '',
        href: `/api/reports/sus-exits.csv${toQuery({ sites: links.query.sites, from: links.query.from, until: links.query.until })}`,
      }, 'Avslut att registrera i SUS (CSV)') : null),
    // The live report only: an issued one is downloaded as it was issued.
    links.query ? h('div', { class: 'check' },
      h('input', {
        type: 'checkbox', id: 'report-outside', 'aria-describedby': 'report-outside-hint',
        onchange: (event) => downloadsFor({ ...links.query, outside: event.target.checked }),
      }),
      h('label', { for: 'report-outside' }, 'Utgåva för spridning utanför programmet')) : null,
    links.query ? h('p', { class: 'hint', id: 'report-outside-hint' },
      'Små antal, och de som skulle avslöja dem, visas som ".." i PDF:en och tabellerna, om en gräns för små antal är inställd.')
      : null,
    h('div', { class: 'figures' },
      // Three narrow panels a row, then the wide ones, each a row of its own.
      today(report), people(report), compensations(report), intake(report.intake), exits(report),
      placements(report.placements), goals(report), waiting(report.waiting), waitingOverTime(report.waiting)),
  ];
}

const KEY_FIGURES = [
  ['costPerParticipant', 'Kostnad per deltagare', (v) => `${formatNumber(v)} kr`],
  ['verkningsgradPercent', 'Verkningsgrad', (v) => `${formatNumber(v)} %`],
  ['paybackMonths', 'Återbetalningstid', (v) => `${formatNumber(v)} månader`],
  ['costPerVerkningsgradPercent', 'Kostnad per verkningsgrad', (v) => `${formatNumber(v)} kr`],
  ['returnPerKrona', 'Tillbaka per satsad krona', (v) => `${formatNumber(v)} kr`],
  ['served', 'Deltagare under perioden', (v) => formatNumber(v)],
  ['exits', 'Avslut under perioden', (v) => formatNumber(v)],
];

/**
 * The socio-economic key figures (an estimate, labelled so) of each site and of them together, from
 * the sites' parameters; under them, for a site's coordinator, the form for that site's parameters,
 * whose saving counts the figures again.
 */
function keyFiguresView(query) {
  const figures = h('div', { id: 'key-figures', 'aria-live': 'polite' });
  const section = h('section', { class: 'panel wide', 'aria-labelledby': 'report-key-figures' },
    h('h3', { id: 'report-key-figures' }, 'Samhällsekonomiska nyckeltal – en uppskattning'), figures);
  const count = () => loadKeyFigures(figures, query);
  query.sites.filter((site) => mySites.has(site))
    .forEach((site) => section.append(parameterForm(site, siteNames.get(site) ?? site, count)));
  count();
  return section;
}

async function loadKeyFigures(container, query) {
  container.setAttribute('aria-busy', 'true');
  try {
    const figures = await api('/api/reports/key-figures', { query });
    const columns = figures.bySite.map((site) => ({ name: siteNames.get(site.site) ?? site.site, figures: site.figures }));
    if (columns.length > 1) {
      columns.push({ name: 'Tillsammans', figures: figures.together });
    }
    const notes = [...new Set(columns.flatMap((column) => column.figures.notes ?? []))];
    replace(container, h('p', { class: 'hint' }, figures.label),
      table(['Nyckeltal', ...columns.map((column) => column.name)], KEY_FIGURES.map(([key, label, shown]) =>
        [label, ...columns.map((column) => (column.figures[key] == null ? '–' : shown(column.figures[key])))])),
      notes.length ? h('ul', { class: 'hint' }, notes.map((note) => h('li', {}, note))) : null);
  } catch (error) {
    replace(container, h('p', { class: 'hint' }, `Nyckeltalen kunde inte räknas: ${errorMessage(error)}`));
  } finally {
    container.setAttribute('aria-busy', 'false');
  }
}

function today(report) {
  return panel('now', 'Deltagarna i dag', figureRows([
    ...report.phases.map((phase) => [phase.label, phase.count]),
    ['Aktiva deltagare', report.active, 'total'],
    ['Remisskö (remitterade, ännu inte inskrivna)', report.referralQueue],
  ]));
}

function people(report) {
  const age = report.meanAge == null ? '–' : `${formatNumber(report.meanAge)} år`;
  return panel('people', 'Ålder och kön', figureRows([
    ['Medelålder', age], ['Medelåldern räknad på', `${formatNumber(report.agesKnown)} deltagare`],
    ...report.genders.map((gender) => [gender.label, gender.count]),
  ]));
}

function compensations(report) {
  return panel('compensations', 'Ersättningsformer', figureRows(report.compensations.map((kind) => [kind.label, kind.count])));
}

function intake(counts) {
  return panel('intake', 'Inflöde under perioden', figureRows([
    ['Nya remisser', counts.referrals], ['Antagna av remissgruppen', counts.admitted], ['Inskrivna', counts.enrolled],
  ]));
}

function waiting(times) {
  const row = (label, days) => [label, days.count, days.median, days.p90, days.longest];
  return panel('waiting wide', 'Väntetider i dagar', table(['Mått', 'Antal', 'Median', '90:e percentilen', 'Längst'], [
    row('Väntar på plats i dag, sedan redo', times.onList),
    row('Från redo till studiebesök', times.toStudyVisit),
    row('Från redo till provotidens start', times.toTrialStart),
  ]));
}

function waitingOverTime(times) {
  return panel('waiting-over-time wide', 'Väntelistan över tid', table(['Dag', 'På väntelistan', 'Median (dagar)', 'Längst (dagar)'],
    times.overTime.map((day) => [formatDate(day.day), day.waiting.count, day.waiting.median, day.waiting.longest])));
}

function exits(report) {
  const inPeriod = new Map(report.exitsInPeriod.outcomes.map((line) => [line.outcome, line.count]));
  return panel('exits', 'Avslut per utfall', table(['Utfall', 'Sedan start', 'Under perioden'], [
    ...report.exitsSinceStart.outcomes.map((line) => [line.label, line.count, inPeriod.get(line.outcome)]),
    ['Avslutade totalt', report.exitsSinceStart.total, report.exitsInPeriod.total, 'total'],
  ]));
}

function goals(report) {
  const share = (goal) => (goal.percent == null ? '–' : `${formatNumber(goal.percent)} %${goal.reached ? ' ✓' : ''}`);
  return panel('goals wide', 'Avslut mot programmets mål', table(['Mål', 'Målnivå', 'Sedan start', 'Under perioden'],
    report.exitsSinceStart.goals.map((goal, i) => [goal.label, `${formatNumber(goal.targetPercent)} %`,
      `${formatNumber(goal.count)} (${share(goal)})`, `${formatNumber(report.exitsInPeriod.goals[i].count)} (${share(report.exitsInPeriod.goals[i])})`])),
  h('p', { class: 'hint' }, 'Andel av de avslutade. ✓ = målet är nått.'));
}

function placements(figures) {
  const percent = figures.continuedPercent == null ? '–' : `${formatNumber(figures.continuedPercent)} %`;
  const length = figures.meanLengthDays == null ? '–' : `${formatNumber(figures.meanLengthDays)} dagar`;
  return panel('placements', 'Placeringar under perioden', figureRows([
    ['Påbörjade provotider', figures.trialsStarted], ['Provotider med känt utfall', figures.trialsConcluded],
    ['Gick vidare till arbetsträning', figures.continued], ['Andel som gick vidare', percent],
    ['Avslutade placeringar efter provotid', figures.ended], ['Genomsnittlig tid på arbetsplatsen', length],
    ['Arbetsgivare som tagit emot deltagare', figures.employersUsed], ['Av dem nya arbetsgivare', figures.newEmployers],
  ]));
}

/** A panel of the report; `name` is its id, then `wide` if its table takes the whole row. */
function panel(name, title, ...content) {
  const [id, width] = name.split(' ');
  return h('section', { class: width ? `panel ${width}` : 'panel', 'aria-labelledby': `report-${id}` },
    h('h3', { id: `report-${id}` }, title), ...content);
}

/** A table of a name and a figure per row; a row's third element marks it (`total`). */
function figureRows(rows) {
  return table(['Uppgift', 'Antal'], rows);
}

/** A table with headings; the first cell of a row names it, the rest are figures; a trailing 'total' marks a total row. */
function table(headings, rows) {
  return h('table', { class: 'figures-table' },
    h('thead', {}, h('tr', {}, headings.map((heading, i) => h('th', { scope: 'col', class: i ? 'num' : null }, heading)))),
    h('tbody', {}, rows.map((row) => {
      const kind = row.length > headings.length ? row.at(-1) : null;
      const cells = row.slice(0, headings.length);
      return h('tr', { class: kind },
        h('th', { scope: 'row' }, cells[0]),
        cells.slice(1).map((value) => h('td', { class: 'num' }, shown(value))));
    })));
}

function shown(value) {
  if (value == null) {
    return '–';
  }
  return typeof value === 'number' ? formatNumber(value) : value;
}
