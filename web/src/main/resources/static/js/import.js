// Imports from a spreadsheet, with a check first: the placement bank (in the background, POST
// /api/import-jobs, with a progress bar fed by GET /api/import-jobs/{id}) and a site's current caseload
// as it goes live (POST /api/caseload-imports); multipart, field `file`, `dryRun=true` for a check
// without storing. Shows the report: counts and the refused rows.

import { ApiError, UNAVAILABLE_MESSAGE, api } from './api.js';
import { byId, clearFieldErrors, formatNumber, h, replace, say, showFieldErrors, translateReason } from './ui.js';

const ACCEPTED = /\.(csv|xlsx)$/i;
/** As many as a background job keeps (ImportJobs.MOST_ERRORS_KEPT). */
const MOST_ROWS_SHOWN = 1000;
/** How often a running import's progress is asked for. */
const POLL_MS = 400;

/** What each import's counts are called, done or (in a dry run) to be done. */
const IMPORTS = [
  {
    prefix: 'import',
    endpoint: '/api/imports',
    jobs: '/api/import-jobs',
    counts: (result, verb) => [
      [verb('Nya arbetsgivare', 'Nya arbetsgivare (skulle skapas)'), count(result.employersCreated)],
      [verb('Ändrade arbetsgivare', 'Arbetsgivare som skulle ändras'), count(result.employersUpdated)],
      ['Oförändrade arbetsgivare', count(result.employersUnchanged)],
      [verb('Nya platser', 'Nya platser (skulle skapas)'), count(result.slotsCreated)],
      [verb('Ändrade platser', 'Platser som skulle ändras'), count(result.slotsUpdated)],
      ['Oförändrade platser', count(result.slotsUnchanged)],
    ],
  },
  {
    prefix: 'caseload',
    endpoint: '/api/caseload-imports',
    counts: (result, verb) => [
      [verb('Inlästa deltagare', 'Deltagare som skulle läsas in'), count(result.created)],
      ['Redan inlästa (oförändrade)', count(result.unchanged)],
    ],
  },
];

for (const kind of IMPORTS) {
  const form = byId(`${kind.prefix}-form`);
  if (form) {
    setUp(kind, form);
  }
}

function setUp(kind, form) {
  const fileInput = byId(`${kind.prefix}-file`);
  const dryRun = byId(`${kind.prefix}-dryRun`);
  const message = byId(`${kind.prefix}-message`);
  const summary = byId(`${kind.prefix}-summary`);
  const report = byId(`${kind.prefix}-report`);
  const page = { kind, form, fileInput, dryRun, message, summary, report };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    upload(page, { dry: dryRun.checked });
  });
}

async function upload(page, { dry }) {
  const { kind, form, fileInput, message, summary, report } = page;
  clearFieldErrors(form);
  summary.hidden = true;
  say(message, '');
  const file = fileInput.files?.[0];
  if (!file) {
    showFieldErrors(form, [{ field: 'file', reason: 'Välj en fil att läsa in.' }], locate(page), summary);
    return;
  }
  if (!ACCEPTED.test(file.name)) {
    showFieldErrors(form, [{ field: 'file', reason: 'Välj en CSV-fil eller en Excel-fil (.xlsx).' }], locate(page), summary);
    return;
  }
  const body = new FormData();
  body.append('file', file, file.name);
  if (dry) {
    body.append('dryRun', 'true');
  }
  const button = byId(`${kind.prefix}-submit`);
  button.disabled = true;
  report.hidden = true;
  const progress = kind.jobs ? byId(`${kind.prefix}-progress`) : null;
  if (progress) {
    showProgress(page, { state: 'QUEUED' }, dry);
  } else {
    say(message, dry ? `Kontrollerar ${file.name} …` : `Läser in ${file.name} …`, 'info');
  }
  try {
    const query = dry ? { dryRun: true } : {};
    const result = progress
      ? await runJob(page, body, query, dry)
      : await api(kind.endpoint, { method: 'POST', form: body, query });
    say(message, '');
    renderReport(page, result ?? {}, file, dry);
  } catch (error) {
    showImportError(page, error);
  } finally {
    if (progress) {
      progress.hidden = true;
    }
    button.disabled = false;
  }
}

/** Starts the import in the background and follows it to its report; a refused file throws as the plain import does. */
async function runJob(page, body, query, dry) {
  let job = await api(page.kind.jobs, { method: 'POST', form: body, query });
  while (job.state !== 'DONE') {
    if (job.state === 'FAILED') {
      throw new JobFailed(job.problem);
    }
    showProgress(page, job, dry);
    await new Promise((resolve) => { setTimeout(resolve, POLL_MS); });
    job = await followed(page, job.id);
  }
  showProgress(page, job, dry);
  return job.report;
}

/** The job's state now; a job the service no longer knows (it was restarted) is told apart from a refused file. */
async function followed(page, id) {
  try {
    return await api(`${page.kind.jobs}/${encodeURIComponent(id)}`);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      throw new JobLost();
    }
    throw error;
  }
}

/** The service forgot a running import, e.g. when it restarted: what was stored before stays stored. */
class JobLost extends Error {}

/** The import stopped for a reason not in the file (the service tells it as a `problem`): what was stored stays. */
class JobFailed extends Error {
  constructor(problem) {
    super(problem?.detail ?? 'Inläsningen avbröts.');
  }
}

/** The bar and the words under it: a bar without a value (still moving) while the number of rows is not known. */
function showProgress(page, job, dry) {
  const region = byId(`${page.kind.prefix}-progress`);
  const bar = byId(`${page.kind.prefix}-progress-bar`);
  const text = byId(`${page.kind.prefix}-progress-text`);
  const total = count(job.total);
  const done = Math.min(count(job.done), total);
  if (total > 0) {
    bar.max = total;
    bar.value = done;
  } else {
    bar.removeAttribute('value');
  }
  const words = progressWords(job, dry, done, total);
  if (text.textContent !== words) {
    text.textContent = words;
  }
  region.hidden = false;
}

function progressWords(job, dry, done, total) {
  const of = `${formatNumber(done)} av ${formatNumber(total)}`;
  if (job.state === 'DONE') {
    return dry ? 'Kontrollen är klar.' : 'Inläsningen är klar.';
  }
  switch (job.phase) {
    case 'READING':
      return count(job.done) > 0 ? `Läser filen… ${formatNumber(count(job.done))} rader lästa` : 'Läser filen…';
    case 'CHECKING':
      return `Kontrollerar raderna… ${of}`;
    case 'STORING':
      return dry ? `Jämför platser med platsbanken ${of}` : `Sparar platser ${of}`;
    default:
      return 'Väntar på att inläsningen ska börja…';
  }
}

function locate({ fileInput, dryRun }) {
  return (field) => (field === 'file' || field === 'body' || field === 'request' ? fileInput : field === 'dryRun' ? dryRun : null);
}

function showImportError(page, error) {
  const { form, message, summary } = page;
  if (error instanceof JobLost) {
    say(message, 'Inläsningen gick inte att följa till slut, troligen för att platsbanken startades om. Det som hann sparas '
      + 'finns kvar; läs in filen igen för att se resultatet (inget dubbleras).', 'error');
  } else if (error instanceof JobFailed) {
    say(message, 'Inläsningen avbröts av ett fel i platsbanken. Det som hann sparas finns kvar; läs in filen igen '
      + 'för att se resultatet (inget dubbleras). Hjälper inte det, kontakta supporten.', 'error');
  } else if (!(error instanceof ApiError)) {
    say(message, UNAVAILABLE_MESSAGE, 'error');
  } else if (error.status === 404 || error.status === 405) {
    say(message, 'Den här importen finns inte i den här versionen av platsbanken ännu.', 'error');
  } else if (error.status === 403) {
    say(message, 'Du kan bara läsa in deltagare för verksamheter där du är samordnare.', 'error');
  } else if (error.status === 413) {
    say(message, 'Filen är för stor för att läsas in. Dela upp den i flera filer.', 'error');
  } else if (error.status === 415) {
    say(message, 'Filtypen stöds inte. Använd CSV eller Excel (.xlsx).', 'error');
  } else if (error.errors.length) {
    // Field errors about the request (e.g. the file) next to the field; row errors, if any, in the summary.
    showFieldErrors(form, error.errors.map((e) => ({
      field: e.field ?? 'file',
      reason: e.row ? `Rad ${e.row}${e.column ? `, ${e.column}` : ''}: ${translateReason(e.reason)}` : e.reason,
    })), locate(page), summary);
    say(message, error.status === 400 || error.status === 422 ? 'Filen kunde inte läsas in.' : error.message, 'error');
  } else {
    say(message, error.status === 400 || error.status === 422
      ? 'Filen kunde inte läsas. Kontrollera att den är en CSV- eller Excel-fil med rubriker på första raden.'
      : error.message, 'error');
  }
  message.focus();
}

function count(value) {
  return Number.isFinite(value) ? value : 0;
}

function renderReport(page, result, file, dry) {
  const { kind, report } = page;
  const errors = Array.isArray(result.errors) ? [...result.errors] : [];
  errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  // A background job keeps only the first errors; the counts of all of them come with the report.
  const refused = Number.isFinite(result.rowsRefused) ? result.rowsRefused : new Set(errors.map((e) => e.row)).size;
  const errorCount = Math.max(count(result.errorCount), errors.length);
  const rowsRead = count(result.rowsRead);
  const storedNothing = dry || result.mode === 'DRY_RUN';
  const verb = (done, would) => (storedNothing ? would : done);

  const counts = [
    ['Rader lästa', rowsRead],
    [verb('Rader med fel (hoppades över)', 'Rader med fel (skulle hoppas över)'), refused],
    ...kind.counts(result, verb),
  ];

  const ignored = Array.isArray(result.ignoredColumns) ? result.ignoredColumns : [];
  const parts = [
    h('p', { class: `message ${errors.length ? 'message-warning' : 'message-success'}` },
      storedNothing
        ? `Provkörning av ${file.name}: ingenting har sparats. `
        : `${file.name} är inläst. `,
      errors.length
        ? `${refused === 1 ? '1 rad har' : `${formatNumber(refused)} rader har`} fel${storedNothing
          ? ' och skulle hoppas över. Övriga rader skulle sparas.'
          : ' och hoppades över. Övriga rader är sparade.'}`
        : storedNothing ? 'Inga fel hittades.' : 'Alla rader är sparade.'),
    h('ul', { class: 'report-counts' }, counts.map(([label, value]) => h('li', {},
      h('span', { class: 'count' }, formatNumber(value)), label))),
  ];
  if (ignored.length) {
    parts.push(h('p', {}, h('strong', {}, 'Kolumner som inte lästes: '), ignored.join(', '),
      '. Kontrollera stavningen om någon av dem skulle ha lästs.'));
  }
  if (storedNothing) {
    parts.push(h('div', { class: 'actions' },
      h('button', { type: 'button', onclick: () => upload(page, { dry: false }) },
        errors.length ? 'Spara raderna utan fel' : 'Spara på riktigt'),
      errors.length ? h('span', { class: 'hint' }, 'eller rätta felen i kalkylarket och provkör igen.') : null));
  }
  if (errors.length) {
    const shown = errors.slice(0, MOST_ROWS_SHOWN);
    parts.push(
      h('h3', { id: `${kind.prefix}-errors-title` }, 'Fel per rad'),
      errorCount > shown.length
        ? h('p', {}, `Visar de första ${formatNumber(shown.length)} av ${formatNumber(errorCount)} fel.`) : null,
      h('div', { class: 'table-wrap' }, h('table', { class: 'stack', 'aria-labelledby': `${kind.prefix}-errors-title` },
        h('thead', {}, h('tr', {},
          h('th', { scope: 'col', class: 'num' }, 'Rad'),
          h('th', { scope: 'col' }, 'Kolumn'),
          h('th', { scope: 'col' }, 'Vad är fel'))),
        h('tbody', {}, shown.map((e) => h('tr', {},
          h('td', { class: 'num', 'data-label': 'Rad' }, e.row ?? ''),
          h('td', { 'data-label': 'Kolumn' }, e.column ?? 'Hela raden'),
          h('td', { 'data-label': 'Vad är fel' }, translateReason(e.reason))))))));
  }
  replace(byId(`${kind.prefix}-report-body`), parts);
  const title = byId(`${kind.prefix}-report-title`);
  title.textContent = storedNothing ? 'Resultat av provkörningen' : 'Resultat av inläsningen';
  report.hidden = false;
  title.focus();
}
