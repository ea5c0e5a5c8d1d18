// An accessible autocomplete for SSYK occupations (ARIA 1.2 combobox with a listbox popup).
// The visible input shows "4322 – Lagerpersonal"; the chosen code is kept in a hidden input.
// Typing a code of 1–4 digits directly is accepted too, so the field works if the list cannot load.

import { isAbort } from './api.js';
import { searchOccupations } from './vocabulary.js';
import { debounce, h, replace } from './ui.js';

/**
 * @param {HTMLInputElement} input   the visible text input (has a <label for>)
 * @param {HTMLInputElement} hidden  receives the SSYK code
 * @param {object} [options]
 * @param {number[]} [options.codeLengths] code lengths accepted when typed directly (default 4)
 * @param {function} [options.onChange]    called with {code, name} or null
 */
export function occupationCombobox(input, hidden, { codeLengths = [4], onChange } = {}) {
  const listId = `${input.id}-list`;
  const hintId = `${input.id}-status`;
  const list = h('ul', { id: listId, role: 'listbox', class: 'combobox-list', hidden: true, 'aria-label': 'Yrken' });
  const status = h('p', { id: hintId, class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  input.after(list, status);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listId);
  input.setAttribute('autocomplete', 'off');
  input.parentElement.classList.add('combobox');

  let items = [];
  let active = -1;
  let controller;
  let unavailable = false;

  function setValue(item, { announce = true } = {}) {
    hidden.value = item ? item.code : '';
    input.value = item ? display(item) : '';
    input.dataset.selected = item ? display(item) : '';
    close();
    if (announce) {
      onChange?.(item);
    }
  }

  function display(item) {
    return item.name ? `${item.code} – ${item.name}` : item.code;
  }

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function open() {
    if (!items.length) {
      close();
      return;
    }
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function render() {
    replace(list, items.map((item, index) => h('li', {
      id: `${listId}-${index}`,
      role: 'option',
      'aria-selected': index === active ? 'true' : 'false',
      class: index === active ? 'active' : '',
      onmousedown: (event) => event.preventDefault(), // keep focus in the input
      onclick: () => setValue(item),
    }, h('span', { class: 'code' }, item.code), ' ', item.name)));
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', `${listId}-${active}`);
      list.children[active]?.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  const lookup = debounce(async (text) => {
    controller?.abort();
    controller = new AbortController();
    try {
      items = await searchOccupations(text, controller.signal);
      unavailable = false;
      active = -1;
      render();
      open();
      status.textContent = items.length ? `${items.length} yrken i listan. Använd pil upp och ned.` : 'Inga yrken matchar.';
    } catch (error) {
      if (isAbort(error)) {
        return;
      }
      items = [];
      close();
      unavailable = true;
      status.textContent = 'Yrkeslistan kan inte visas just nu. Skriv SSYK-koden direkt.';
    }
  }, 200);

  input.addEventListener('input', () => {
    const text = input.value.trim();
    // Whatever is typed replaces the earlier choice until a new one is made.
    hidden.value = typedCode(text) ?? '';
    if (text.length >= 2 || /^\d$/.test(text)) {
      lookup(text);
    } else {
      items = [];
      close();
    }
  });

  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (list.hidden) {
        if (items.length) {
          open();
        } else if (input.value.trim()) {
          lookup(input.value.trim());
        }
        event.preventDefault();
        return;
      }
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      active = (active + step + items.length) % items.length;
      render();
    } else if (event.key === 'Enter' && !list.hidden && active >= 0) {
      event.preventDefault();
      setValue(items[active]);
    } else if (event.key === 'Escape' && !list.hidden) {
      event.preventDefault();
      close();
    }
  });

  input.addEventListener('blur', () => {
    setTimeout(close, 100);
    const text = input.value.trim();
    if (!text) {
      hidden.value = '';
      onChange?.(null);
      return;
    }
    // A single exact match, or a typed code, is taken without picking from the list.
    const code = typedCode(text);
    const exact = items.find((item) => item.code === code || item.name.toLocaleLowerCase('sv-SE') === text.toLocaleLowerCase('sv-SE'));
    if (exact) {
      setValue(exact);
    } else if (code) {
      hidden.value = code;
    }
  });

  function typedCode(text) {
    const match = text.match(/^(\d{1,4})(\s*[–-].*)?$/);
    if (match && codeLengths.includes(match[1].length)) {
      return match[1];
    }
    // "4322 – Lagerpersonal" as shown after a choice
    if (input.dataset.selected && text === input.dataset.selected) {
      return input.dataset.selected.split(' ')[0];
    }
    return null;
  }

  return {
    /** Sets the value without asking the API when the name is known. */
    set(code, name) {
      setValue(code ? { code, name: name ?? '' } : null, { announce: false });
    },
    get code() {
      return hidden.value;
    },
    get unavailable() {
      return unavailable;
    },
  };
}
