// The form a site's coordinator enters the socio-economic key figures' parameters in, on the status
// report page (/lagesrapport): the programme's cost for one period, what a participant's year before
// costs society (Payoff's "potential", 600 000 kr by default) and the value created in the year
// after an exit, by outcome (GET and PUT /api/reports/key-figure-parameters/{site}). The figures
// themselves are an estimate, and the page says so.

import { api } from './api.js';
import { clearFieldErrors, h, locateField, say, showError } from './ui.js';
import { EXIT_OUTCOMES } from './vocabulary.js';

/**
 * A folded form for one site's parameters; it reads them when opened and calls `onSaved` after a
 * save, so the page counts the figures again.
 */
export function parameterForm(site, siteName, onSaved) {
  const prefix = `kf-${site}`;
  const message = h('div', { id: `${prefix}-message`, role: 'status', 'aria-live': 'polite', hidden: true });
  const summary = h('div', { id: `${prefix}-summary`, class: 'error-summary', tabindex: '-1', hidden: true });
  const form = h('form', { id: `${prefix}-form`, novalidate: true, 'aria-label': `Nyckeltalens parametrar för ${siteName}` },
    summary,
    h('fieldset', {},
      h('legend', {}, 'Programmets kostnad för en period'),
      h('div', { class: 'row' },
        money(`${prefix}-programmeCost-amount`, 'Kostnad (kr)'),
        day(`${prefix}-programmeCost-from`, 'Perioden från'),
        day(`${prefix}-programmeCost-until`, 'till och med'))),
    h('div', { class: 'row' }, money(`${prefix}-potential`, 'En deltagares år före insatsen kostar samhället (kr per år)')),
    h('fieldset', {},
      h('legend', {}, 'Värde som skapas året efter avslutet (kr per år)'),
      h('div', { class: 'row' }, EXIT_OUTCOMES.map((outcome) => money(`${prefix}-valueAfterExit-${outcome.code}`, outcome.label)))),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Spara parametrarna')),
    message);
  const details = h('details', { class: 'key-figure-parameters' },
    h('summary', {}, `Ändra parametrarna för ${siteName}`), form);
  details.addEventListener('toggle', () => {
    if (details.open) {
      load(site, prefix, form, message);
    }
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    try {
      await api(`/api/reports/key-figure-parameters/${encodeURIComponent(site)}`, { method: 'PUT', json: entered(prefix) });
      say(message, 'Parametrarna är sparade och nyckeltalen räknade om.', 'success');
      onSaved();
    } catch (error) {
      showError(error, { region: message, root: form, summary, locate: (field) => locateField(prefix, field) });
    }
  });
  return details;
}

async function load(site, prefix, form, message) {
  try {
    const stored = await api(`/api/reports/key-figure-parameters/${encodeURIComponent(site)}`);
    form.querySelector(`#${prefix}-programmeCost-amount`).value = stored.programmeCost?.amount ?? '';
    form.querySelector(`#${prefix}-programmeCost-from`).value = stored.programmeCost?.from ?? '';
    form.querySelector(`#${prefix}-programmeCost-until`).value = stored.programmeCost?.until ?? '';
    form.querySelector(`#${prefix}-potential`).value = stored.potential ?? '';
    EXIT_OUTCOMES.forEach((outcome) => {
      form.querySelector(`#${prefix}-valueAfterExit-${outcome.code}`).value = stored.valueAfterExit?.[outcome.code] ?? '';
    });
  } catch (error) {
    say(message, `Parametrarna kunde inte läsas: ${error.message}`, 'error');
  }
}

/** The form as the API takes it: a cost only when its amount is given, outcomes left empty left out (worth 0). */
function entered(prefix) {
  const value = (id) => document.getElementById(`${prefix}-${id}`).value.trim();
  const amount = value('programmeCost-amount');
  const valueAfterExit = {};
  EXIT_OUTCOMES.forEach((outcome) => {
    if (value(`valueAfterExit-${outcome.code}`)) {
      valueAfterExit[outcome.code] = Number(value(`valueAfterExit-${outcome.code}`));
    }
  });
  return {
    programmeCost: amount ? { amount: Number(amount), from: value('programmeCost-from') || null, until: value('programmeCost-until') || null }
      : null,
    potential: value('potential') ? Number(value('potential')) : null,
    valueAfterExit,
  };
}

function money(id, label) {
  return h('div', { class: 'field' }, h('label', { for: id }, label),
    h('input', { type: 'number', id, min: '0', step: '0.01', inputmode: 'decimal' }));
}

function day(id, label) {
  return h('div', { class: 'field' }, h('label', { for: id }, label), h('input', { type: 'date', id }));
}
