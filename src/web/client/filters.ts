/** The search and filter bar: every field is labelled, and submitting writes the URL state. */
import { ROOTS, QUADS } from './cameo.js';
import { h } from './dom.js';
import { current, FILTER_KEYS, navigate, type FilterKey, type UiState } from './state.js';

const FIELDS: Array<{ key: FilterKey; label: string; placeholder?: string; pattern?: string; options?: Array<[string, string]> }> = [
  { key: 'actor', label: 'Actor code', placeholder: 'RUS, USAGOV', pattern: '[A-Za-z]{3,15}' },
  { key: 'country', label: 'Country', placeholder: 'TJK or TJ', pattern: '[A-Za-z]{2,3}' },
  { key: 'root', label: 'CAMEO root', options: [['', 'Any'], ...Object.entries(ROOTS).map(([c, n]): [string, string] => [c, `${c} ${n}`])] },
  { key: 'quadClass', label: 'QuadClass', options: [['', 'Any'], ...Object.entries(QUADS).map(([q, v]): [string, string] => [q, `${q} ${v.name}`])] },
  { key: 'since', label: 'From date', placeholder: 'YYYY-MM-DD', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' },
  { key: 'until', label: 'To date', placeholder: 'YYYY-MM-DD', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' },
  { key: 'eq', label: 'Evidence words', placeholder: 'words in the sentence' },
  { key: 'place', label: 'Place', placeholder: 'Dushanbe, or a GeoNames id' },
  { key: 'bbox', label: 'Area', placeholder: 'minLon,minLat,maxLon,maxLat', pattern: '-?[0-9.]+,-?[0-9.]+,-?[0-9.]+,-?[0-9.]+' },
];

export function filterForm(): { form: HTMLFormElement; sync: (s: UiState) => void } {
  const q = h('input', { id: 'f-q', name: 'q', type: 'search', placeholder: 'words in title or text', autocomplete: 'off' });
  const inputs = new Map<FilterKey, HTMLInputElement | HTMLSelectElement>();
  const fields = FIELDS.map((f) => {
    const id = `f-${f.key}`;
    const input = f.options
      ? h('select', { id, name: f.key }, ...f.options.map(([v, l]) => h('option', { value: v }, l)))
      : h('input', { id, name: f.key, type: 'text', placeholder: f.placeholder, pattern: f.pattern, autocomplete: 'off', spellcheck: 'false' });
    inputs.set(f.key, input);
    return h('div', { class: 'field' }, h('label', { for: id }, f.label), input);
  });
  const form = h(
    'form',
    { class: 'filters', role: 'search', 'aria-label': 'Search and filters' },
    h('div', { class: 'field field-q' }, h('label', { for: 'f-q' }, 'Search articles'), q),
    ...fields,
    h('div', { class: 'field buttons' }, h('button', { type: 'submit' }, 'Apply'), h('button', { type: 'button', id: 'f-clear', onclick: () => navigate({ q: '', filters: {}, page: 0 }) }, 'Clear')),
  );
  let shownQ = '';
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const filters: UiState['filters'] = {};
    for (const [k, el] of inputs) if (el.value.trim()) filters[k] = el.value.trim();
    const text = q.value.trim();
    const now = current();
    const changed = FILTER_KEYS.some((k) => (filters[k] ?? '') !== (now.filters[k] ?? ''));
    // A new article search shows articles; new event filters show events unless a map or network is open.
    const next = text && text !== shownQ ? 'articles' : changed && (now.view === 'articles' || now.view === 'article') ? 'events' : undefined;
    navigate({ q: text, filters, page: 0, ...(next ? { view: next } : {}) });
  });
  const sync = (s: UiState) => {
    q.value = s.q;
    shownQ = s.q;
    for (const k of FILTER_KEYS) inputs.get(k)!.value = s.filters[k] ?? '';
  };
  return { form, sync };
}
