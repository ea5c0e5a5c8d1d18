// Small DOM helpers shared by the pages: building elements safely (text, never HTML from data),
// messages in aria-live regions, field errors from problem details in Swedish, formatting.

import { ApiError, UNAVAILABLE_MESSAGE } from './api.js';

/** Creates an element. `attrs`: attributes, plus `class`, `dataset`, `on<Event>` handlers; children: nodes or text. */
export function h(tag, attrs = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (key === 'class') {
      element.className = value;
    } else if (key === 'dataset') {
      Object.assign(element.dataset, value);
    } else if (key.startsWith('on') && typeof value === 'function') {
      element.addEventListener(key.slice(2).toLowerCase(), value);
    } else if (key in element && typeof value !== 'string') {
      element[key] = value;
    } else {
      element.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) {
      continue;
    }
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the children of `element`. */
export function replace(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

export function byId(id) {
  return document.getElementById(id);
}

/** The message to show a user for any error. */
export function errorMessage(error) {
  if (error instanceof ApiError) {
    return error.message;
  }
  return UNAVAILABLE_MESSAGE;
}

/**
 * Shows a message in a status region (which has role="status" or role="alert" and aria-live in
 * the HTML). kind: 'info' | 'success' | 'error'. An empty message hides the region.
 */
export function say(region, message, kind = 'info') {
  if (!region) {
    return;
  }
  region.className = `message message-${kind}`;
  region.hidden = !message;
  region.textContent = message ?? '';
}

// --- Field errors ---------------------------------------------------------------------------

/** Swedish wording of the API's reasons; unknown reasons are shown as they are. */
const REASONS = [
  [/^must not be blank$/, () => 'Fyll i det här fältet.'],
  [/^must not be (null|empty)$/, () => 'Fyll i det här fältet.'],
  [/^is required$/, () => 'Fyll i det här fältet.'],
  [/^looks like a personal identity number/, () => 'Ser ut som ett personnummer eller samordningsnummer, som aldrig sparas '
    + 'här. Ange deltagarens pseudonyma id, t.ex. D-4F7K2.'],
  [/^must be a pseudonymous id/, () => 'Ange ett pseudonymt id: en versal, bindestreck och 4–12 versaler eller siffror, '
    + 't.ex. D-4F7K2.'],
  [/^must be at most (\d+) characters$/, (m) => `Får vara högst ${m[1]} tecken.`],
  [/^is required \(lat, lon/, () => 'Positionen saknas – välj en ort i listan eller ange latitud och longitud.'],
  [/^must be in Sweden/, () => 'Positionen måste ligga i Sverige.'],
  [/^must name at least one programme site$/, () => 'Välj minst en verksamhet.'],
  [/^unknown site '([^']*)'/, (m) => `Verksamheten ”${m[1]}” finns inte.`],
  [/^is not an e-mail address$/, () => 'Det här ser inte ut som en e-postadress.'],
  [/^is not a four-digit SSYK/, () => 'Välj ett yrke i listan (SSYK-kod med fyra siffror).'],
  [/^must be an SSYK code of 1 to 4 digits$/, () => 'Välj ett yrke i listan eller skriv en SSYK-kod (1–4 siffror).'],
  [/^is a fixed rule and cannot be changed/, () => 'Regeln är fast och kan inte ändras; bara de mjuka reglernas vikter kan ändras.'],
  [/^is a soft rule: its weight must be 0 on the hard/, () => 'En mjuk regel kan bara ha en mjuk vikt.'],
  [/^must not be negative on any level$/, () => 'Vikten får inte vara negativ.'],
  [/^must be between (\d{4}) and (\d{4}) \(ages (\d+)–(\d+)\)$/,
    (m) => `Ange ett födelseår mellan ${m[1]} och ${m[2]}: TUNA tar emot deltagare som är ${m[3]}–${m[4]} år.`],
  [/^must be between (\d+) and (\d+) kg$/, (m) => `Ange ett värde mellan ${m[1]} och ${m[2]} kg.`],
  [/^must be between (\d+) and (\d+) hours a week$/, (m) => `Ange ${m[1]}–${m[2]} timmar per vecka.`],
  [/^must be between (\d+) and (\d+)$/, (m) => `Ange ett tal mellan ${m[1]} och ${m[2]}.`],
  [/^must not be before availableFrom$/, () => 'Slutdatum kan inte vara före startdatum.'],
  [/^must not be before \w+ \((\d{4}-\d{2}-\d{2})\)$/, (m) => `Kan inte vara före ${formatDate(m[1])}.`],
  [/^must not be after today \((\d{4}-\d{2}-\d{2})\)/, () => 'Kan inte vara efter i dag: rapporten räknar det som har hänt.'],
  [/^is required \(min and max hours a week\)$/, () => 'Ange minsta och högsta antal timmar per vecka.'],
  [/^must not be above (hours\.max|maxHours)$/, () => 'Minsta antal timmar får inte vara större än högsta.'],
  [/^must give at least one weekday and time window$/, () => 'Lägg till minst en dag med start- och sluttid.'],
  [/^needs a day, a start and an end$/, () => 'Ange dag, starttid och sluttid.'],
  [/^must be after start$/, () => 'Sluttiden måste vara efter starttiden.'],
  [/^gives ([\d.]+) hours a week, fewer than hours\.min \((\d+)\)$/,
    (m) => `Schemat ger ${m[1].replace('.', ',')} timmar i veckan, färre än minsta antal timmar (${m[2]}). Lägg till tider eller sänk minimum.`],
  [/^is not a valid Swedish organisation number/, () => 'Ogiltigt organisationsnummer. Skriv tio siffror, NNNNNN-NNNN, med rätt kontrollsiffra.'],
  [/^is required: PUBLIC, PRIVATE or NON_PROFIT$/, () => 'Välj sektor.'],
  [/^is not an SNI 2007 industry code/, () => 'Okänd SNI-kod. Skriv en kod ur SNI 2007, t.ex. 47111 eller 47.111.'],
  [/^cannot be changed/, () => 'Organisationsnumret kan inte ändras. Registrera en ny arbetsgivare i stället.'],
  [/^An employer with organisation number (\S+) is already registered/, (m) => `Det finns redan en arbetsgivare med organisationsnummer ${m[1]}.`],
  [/^The slot has (\d+) seats held or booked; release some before lowering seats to (\d+)$/,
    (m) => `${m[1]} platser är redan reserverade eller bokade, så antalet kan inte sänkas till ${m[2]}.`],
  [/^has the wrong type or format/, () => 'Fel format.'],
  [/^is not a known locality$/, () => 'Okänd ort. Välj en ort i listan.'],
  [/^needs a locality or lat and lon to measure from$/, () => 'Ange en ort att mäta avståndet från.'],
  [/^is needed together with the other coordinate$/, () => 'Ange både latitud och longitud.'],
  [/^goes past the first (\d+) results/, (m) => `Det går bara att bläddra bland de första ${m[1]} träffarna. Smalna av sökningen.`],
  [/^must be greater than or equal to (-?[\d.]+)$/, (m) => `Minst ${m[1]}.`],
  [/^must be less than or equal to (-?[\d.]+)$/, (m) => `Högst ${m[1]}.`],
  [/^is not valid JSON$/, () => 'Uppgifterna kunde inte läsas.'],
  // Reasons of the spreadsheet import (per row and column).
  [/^is needed with (.+); give both or neither$/, (m) => `Behövs tillsammans med ${m[1]}. Ange båda eller ingen.`],
  [/^must be a whole number$/, () => 'Måste vara ett heltal.'],
  [/^is not a decimal number/, () => 'Är inte ett decimaltal (t.ex. 59,3717).'],
  [/^is not a date; write/, () => 'Är inte ett datum. Skriv ÅÅÅÅ-MM-DD, t.ex. 2026-08-17.'],
  [/^is not a date of the calendar \((.*)\)$/, (m) => `${m[1]} är inget datum som finns i kalendern.`],
  [/^'([^']*)' is not one of: (.*?)(; separate several with ;)?$/,
    (m) => `”${m[1]}” är inte ett av de tillåtna värdena: ${m[2]}${m[3] ? '. Skilj flera med semikolon.' : '.'}`],
  [/^no employer with organisation number (\S+) is in the bank; give its details \((.*)\) on its first row$/,
    (m) => `Det finns ingen arbetsgivare med organisationsnummer ${m[1]} i platsbanken. Fyll i arbetsgivarens uppgifter (${m[2]}) på dess första rad.`],
  [/^the employer's details on row (\d+) were refused$/, (m) => `Arbetsgivarens uppgifter på rad ${m[1]} godtogs inte.`],
  [/^differs from row (\d+), which gives this employer's details \((.*)\)$/,
    (m) => `Skiljer sig från rad ${m[1]}, där arbetsgivarens uppgifter står (${m[2] === 'empty' ? 'tomt' : m[2]}).`],
  [/^is the same platsreferens as on row (\d+) for this employer$/, (m) => `Samma platsreferens som på rad ${m[1]} för den här arbetsgivaren.`],
  [/^is the same slot as row (\d+)/, (m) => `Samma plats som på rad ${m[1]} (samma arbetsgivare, titel och ort). Ge platserna var sin platsreferens.`],
  [/^is the same organisation as row (\d+)/, (m) => `Samma organisation som på rad ${m[1]}.`],
  [/^'([^']*)' is not a locality whose position is known; give (\S+) and (\S+) on this row$/,
    (m) => `Positionen för orten ”${m[1]}” är okänd. Fyll i ${m[2]} och ${m[3]} på raden.`],
  [/^is ambiguous: a number cell drops leading zeros/, () => 'Koden är tvetydig eftersom en sifferruta tappar inledande nollor. Skriv koden som text.'],
  [/^is a decimal number, which loses the code's trailing zeros/, () => 'Koden är skriven som decimaltal och tappar nollor. Skriv den utan punkt (47110) eller som text.'],
  [/^the (employer|slot) could not be stored: (.*)$/,
    (m) => `${m[1] === 'employer' ? 'Arbetsgivaren' : 'Platsen'} kunde inte sparas: ${translateReason(m[2])}`],
  [/changed by others during the import/, () => 'Ändrades av någon annan under importen. Läs in filen igen.'],
  [/^the slot has (\d+) seats held or booked; release some before lowering the seats to (\d+)$/,
    (m) => `${m[1]} platser är redan reserverade eller bokade, så antalet kan inte sänkas till ${m[2]}.`],
  [/^the slot id (\S+) is taken by another employer's slot$/, () => 'Platsreferensen används redan av en annan arbetsgivares plats.'],
  [/^is not a known field$/, () => 'Okänt fält (ett fel i webbsidan).'],
  // Reasons of coaches, accounts, supervisors and API tokens.
  [/^cannot be before the current coach's first day \((\d{4}-\d{2}-\d{2})\)$/,
    (m) => `Kan inte vara före den nuvarande coachens första dag (${formatDate(m[1])}).`],
  [/^is not the account of a personal coach$/, () => 'Välj en personlig coach i listan.'],
  [/^a supervisor's account has the supervisor role only$/, () => 'En handledares konto har bara rollen handledare.'],
  [/^supervisors are invited to an employer by a coordinator$/,
    () => 'Handledare bjuds in till sin arbetsgivare av en samordnare, inte här.'],
  [/^That identity already has an account$/, () => 'Den här identiteten har redan ett konto.'],
  [/^That address already has an account elsewhere on the platform$/,
    () => 'Adressen har redan ett konto i plattformen, hos en annan arbetsgivare eller som personal.'],
  [/^You cannot disable your own account$/, () => 'Du kan inte stänga av ditt eget konto.'],
  [/^A real account has the demo address/, () => 'Ett riktigt konto har en av demokontonas adresser.'],
  [/^must say what the token is for, in at most (\d+) characters$/,
    (m) => `Skriv vad nyckeln ska användas till, med högst ${m[1]} tecken.`],
  [/^The account is not active$/, () => 'Kontot är inte aktivt. Slå på det först.'],
  // Reasons of the follow-up: visits recorded or moved, days away, the weeks shown and planned.
  [/^cannot be before from$/, () => 'Slutdatum kan inte vara före startdatum.'],
  [/^cannot be in the future$/, () => 'Datumet kan inte vara senare än i dag.'],
  [/^at most (\d+) characters$/, (m) => `Får vara högst ${m[1]} tecken.`],
  [/^is long before the visit fell due \((.*)\)$/, (m) => `Långt före besöket skulle göras (${formatDate(m[1])}).`],
  [/^must be on the quarter-hour$/, () => 'Välj en tid på hel kvart, t.ex. 09:15.'],
  [/^must be on a weekday$/, () => 'Välj en vardag.'],
  [/^must be from (\S+) to (\S+)$/, (m) => `Välj en dag från ${formatDate(m[1])} till ${formatDate(m[2])}.`],
  [/^must be within two years of today$/, () => 'Datumet måste ligga inom två år från i dag.'],
  [/^an absence covers at most a year$/, () => 'En frånvaro kan vara högst ett år.'],
  [/^(a plan covers )?at most (\d+) days( at once)?$/, (m) => `Högst ${m[2]} dagar åt gången.`],
  [/^must be within the first (\d+) accounts$/, (m) => `Det går bara att bläddra bland de första ${m[1]} kontona.`],
];

export function translateReason(reason) {
  const text = String(reason ?? '').trim();
  for (const [pattern, wording] of REASONS) {
    const match = text.match(pattern);
    if (match) {
      return wording(match);
    }
  }
  return text || 'Ogiltigt värde.';
}

/** "Fill in" becomes "choose" for a list or a group of boxes. */
function wordingFor(element, message) {
  if (message !== 'Fyll i det här fältet.' || !element) {
    return message;
  }
  if (element.tagName === 'SELECT') {
    return 'Välj ett alternativ.';
  }
  if (element.tagName === 'FIELDSET') {
    return 'Välj minst ett alternativ.';
  }
  return message;
}

/** Removes every field error shown in `root` and hides its summary. */
export function clearFieldErrors(root) {
  root.querySelectorAll('.field-error').forEach((node) => node.remove());
  root.querySelectorAll('[aria-invalid="true"]').forEach((node) => node.removeAttribute('aria-invalid'));
  root.querySelectorAll('[data-error-described]').forEach((node) => {
    const ids = (node.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((id) => id && !id.endsWith('-error'));
    if (ids.length) {
      node.setAttribute('aria-describedby', ids.join(' '));
    } else {
      node.removeAttribute('aria-describedby');
    }
    delete node.dataset.errorDescribed;
  });
  root.querySelectorAll('.invalid').forEach((node) => node.classList.remove('invalid'));
}

/** The visible name of a control: its label, or its fieldset's legend. */
export function nameOf(element) {
  if (!element) {
    return '';
  }
  const label = element.tagName === 'FIELDSET'
    ? element.querySelector(':scope > legend')
    : element.id ? document.querySelector(`label[for="${CSS.escape(element.id)}"]`) : null;
  if (!label) {
    return element.getAttribute('aria-label') ?? '';
  }
  if (label.dataset.name) {
    return label.dataset.name;
  }
  const copy = label.cloneNode(true);
  copy.querySelectorAll('.hint, .field-error').forEach((node) => node.remove());
  return copy.textContent.replace(/\s+/g, ' ').trim();
}

/**
 * Shows `errors` (`[{field, reason}]`) next to the controls `locate(field)` returns (an element
 * or null), and lists them all in `summary` with links to the fields. Returns how many were shown.
 */
export function showFieldErrors(root, errors, locate, summary) {
  clearFieldErrors(root);
  const items = [];
  for (const { field, reason } of errors) {
    const element = locate(String(field ?? ''));
    const message = wordingFor(element, translateReason(reason));
    if (element) {
      markInvalid(element, message);
      items.push({ element, text: `${nameOf(element) || 'Fält'}: ${message}` });
    } else {
      items.push({ element: null, text: message });
    }
  }
  // List them in the order of the form, so the summary reads top to bottom like the page.
  items.sort((a, b) => {
    if (!a.element || !b.element) {
      return a.element ? 1 : b.element ? -1 : 0;
    }
    return a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
  if (summary) {
    renderSummary(summary, items);
  }
  return items.length;
}

function markInvalid(element, message) {
  const anchor = element;
  const errorId = `${anchor.id || `f${Math.random().toString(36).slice(2)}`}-error`;
  if (!anchor.id) {
    anchor.id = errorId.replace(/-error$/, '');
  }
  let node = document.getElementById(errorId);
  if (node) {
    node.append(document.createTextNode(` ${message}`));
    return;
  }
  node = h('p', { class: 'field-error', id: errorId }, message);
  if (anchor.tagName === 'FIELDSET') {
    const legend = anchor.querySelector(':scope > legend');
    if (legend) {
      legend.after(node);
    } else {
      anchor.prepend(node);
    }
  } else {
    const wrapper = anchor.closest('.field') ?? anchor.parentElement;
    wrapper.append(node);
    anchor.setAttribute('aria-invalid', 'true');
  }
  anchor.classList.add('invalid');
  const described = (anchor.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  anchor.setAttribute('aria-describedby', [...described, errorId].join(' '));
  anchor.dataset.errorDescribed = 'true';
}

function renderSummary(summary, items) {
  if (!items.length) {
    summary.hidden = true;
    summary.replaceChildren();
    return;
  }
  replace(summary,
    h('h3', { class: 'summary-title' }, items.length === 1 ? 'En uppgift behöver rättas' : `${items.length} uppgifter behöver rättas`),
    h('ul', {}, items.map(({ element, text }) => h('li', {},
      element
        ? h('a', {
          href: `#${element.id}`,
          onclick: (event) => {
            event.preventDefault();
            const target = element.tagName === 'FIELDSET' ? element.querySelector('input, select, textarea, button') : element;
            (target ?? element).focus();
            element.scrollIntoView({ block: 'center' });
          },
        }, text)
        : text))));
  summary.hidden = false;
  summary.focus();
}

/**
 * The control a field error names, found by id: `hours.min` → #<prefix>-hours-min, else the
 * nearest enclosing part that exists (#<prefix>-hours, e.g. a fieldset); a closed <details>
 * around it is opened. Null when nothing on the page matches.
 */
export function locateField(prefix, field) {
  const parts = String(field ?? '').replace(/\[(\d+)\]/g, '.$1').split('.').filter(Boolean);
  while (parts.length) {
    const element = document.getElementById(`${prefix}-${parts.join('-')}`);
    if (element) {
      element.closest('details')?.setAttribute('open', '');
      return element;
    }
    parts.pop();
  }
  return null;
}

/** Shows an error from a failed call: field errors if the problem has any, else the message in `region`. */
export function showError(error, { region, root, locate, summary }) {
  if (root) {
    clearFieldErrors(root);
  }
  if (summary) {
    summary.hidden = true;
  }
  if (error instanceof ApiError && error.errors.length && root && locate) {
    showFieldErrors(root, error.errors, locate, summary);
    say(region, error.message, 'error');
    return;
  }
  say(region, errorMessage(error), 'error');
}

// --- Checkboxes -----------------------------------------------------------------------------

/** Fills `container` with one labelled checkbox per term, named `name`. */
export function checkboxes(container, name, terms, { idPrefix = name, checked = [] } = {}) {
  const selected = new Set(checked);
  replace(container, terms.map((term) => {
    const id = `${idPrefix}-${term.code}`;
    return h('div', { class: 'check' },
      h('input', { type: 'checkbox', id, name, value: term.code, checked: selected.has(term.code) }),
      h('label', { for: id }, term.label));
  }));
}

/** The values of the checked boxes named `name` in `root`. */
export function checkedValues(root, name) {
  return [...root.querySelectorAll(`input[type="checkbox"][name="${name}"]:checked`)].map((box) => box.value);
}

/** Checks exactly the boxes named `name` whose values are in `values`. */
export function setChecked(root, name, values) {
  const wanted = new Set(values ?? []);
  root.querySelectorAll(`input[type="checkbox"][name="${name}"]`).forEach((box) => {
    box.checked = wanted.has(box.value);
  });
}

/** Fills a <select> with options; `placeholder` adds an empty first option. */
export function options(select, terms, { placeholder, value } = {}) {
  replace(select,
    placeholder !== undefined ? h('option', { value: '' }, placeholder) : null,
    terms.map((term) => h('option', { value: term.code }, term.label)));
  if (value !== undefined) {
    select.value = value;
  }
}

// --- Formatting -----------------------------------------------------------------------------

const NUMBER = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });

export function formatNumber(value) {
  return NUMBER.format(value);
}

export function formatHours(hours) {
  if (!hours) {
    return '–';
  }
  return hours.min === hours.max ? `${hours.min} tim/vecka` : `${hours.min}–${hours.max} tim/vecka`;
}

export function formatDistance(km) {
  if (km === null || km === undefined) {
    return '';
  }
  return km < 1 ? `${Math.round(km * 1000)} m` : `${NUMBER.format(km)} km`;
}

/** "09:00:00" → "09:00". */
export function formatTime(time) {
  return typeof time === 'string' ? time.slice(0, 5) : '';
}

/** An ISO date (2026-01-05) as Swedish text (5 jan. 2026); empty for none. */
export function formatDate(iso) {
  if (!iso) {
    return '';
  }
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || !month || !day) {
    return iso;
  }
  return new Date(year, month - 1, day).toLocaleDateString('sv-SE', { day: 'numeric', month: 'short', year: 'numeric' });
}

export function formatInstant(iso) {
  if (!iso) {
    return '';
  }
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString('sv-SE', { dateStyle: 'medium', timeStyle: 'short' });
}

/** The days of a schedule, in week order: "mån, ons, fre". */
export function formatDays(schedule, weekdays) {
  const days = new Set((schedule ?? []).map((window) => window.day));
  return weekdays.filter((day) => days.has(day.code)).map((day) => day.label.slice(0, 3)).join(', ') || '–';
}

/** Today's date where the browser is, as an ISO date (2026-12-06), e.g. a date field's default. */
export function today() {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** "Väntar sedan 10 maj 2026 (199 dagar)". */
export function waitingText(readySince) {
  if (!readySince) {
    return 'Väntar (datum saknas)';
  }
  const days = daysSince(readySince);
  return `Väntar sedan ${formatDate(readySince)} (${days === 1 ? '1 dag' : `${formatNumber(days)} dagar`})`;
}

function daysSince(iso) {
  const [year, month, day] = iso.split('-').map(Number);
  const then = Date.UTC(year, month - 1, day);
  const now = new Date();
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.max(0, Math.round((today - then) / 86400000));
}

/** A participant's limitations by their Swedish labels (the API sends them with the codes). */
export function limitationLabels(participant) {
  const labels = participant.limitationLabels ?? {};
  return (participant.limitations ?? []).map((code) => labels[code] ?? code);
}

/** A term and its value for a `<dl class="props">`; an empty value shows as a dash. */
export function prop(term, value) {
  return [h('dt', {}, term), h('dd', {}, value === undefined || value === null || value === '' ? '–' : value)];
}

/**
 * Shows the pager `#<prefix>-pager` (with `#<prefix>-page-info`, `-prev` and `-next`) for a page
 * of results `{page, size, total}`; hidden when everything fits on one page.
 */
export function showPager(prefix, { page = 0, size = 1, total = 0 } = {}) {
  const pages = Math.ceil(total / size);
  byId(`${prefix}-pager`).hidden = pages <= 1;
  byId(`${prefix}-page-info`).textContent = `Sida ${page + 1} av ${Math.max(pages, 1)}`;
  byId(`${prefix}-prev`).disabled = page <= 0;
  byId(`${prefix}-next`).disabled = page + 1 >= pages;
}

/**
 * Something to hand on that is shown once (a one-time link, an API token's secret): a labelled,
 * read-only field that selects itself, with a copy button that says whether copying worked.
 * Copying may be refused (an older browser, a page not served over https); the text can then be
 * selected and copied by hand.
 */
export function copyField(id, label, value) {
  const input = h('input', { type: 'text', id, value, readonly: true, spellcheck: 'false', autocomplete: 'off',
    onfocus: (event) => event.target.select() });
  const status = h('p', { class: 'copy-status', role: 'status', 'aria-live': 'polite' });
  const button = h('button', { type: 'button', class: 'secondary' }, 'Kopiera');
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(value);
      status.textContent = 'Kopierat.';
    } catch {
      input.focus();
      input.select();
      status.textContent = 'Det gick inte att kopiera automatiskt. Texten är markerad – kopiera den med Ctrl+C (⌘+C på Mac).';
    }
  });
  return h('div', { class: 'field copy-field' },
    h('label', { for: id }, label),
    h('div', { class: 'input-with-button' }, input, button),
    status);
}

/** Debounces `fn` by `ms`. */
export function debounce(fn, ms) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

// --- The address as a page's state ------------------------------------------------------------
// Lists and searches keep what they show in the address (the query string), so a view can be
// bookmarked, shared and gone back to.

/** The address's query parameters now. */
export function currentParams() {
  return new URLSearchParams(window.location.search);
}

/** Sets a parameter, or leaves it out when the value is empty. */
export function setOrDelete(params, name, value) {
  if (value) {
    params.set(name, value);
  } else {
    params.delete(name);
  }
}

/** Makes the parameters the address, as a new step in the browser's history; the page then shows them. */
export function pushParams(params) {
  const text = params.toString();
  history.pushState(null, '', text ? `?${text}` : window.location.pathname);
}

/** The address's parameters with the list moved `step` pages (never before the first). */
export function paramsAtPage(step) {
  const params = currentParams();
  const page = Math.max(0, Number(params.get('page') ?? 0) + step);
  setOrDelete(params, 'page', page > 0 ? String(page) : '');
  return params;
}
