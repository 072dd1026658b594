/**
 * The UI state lives in the URL's query string, so every view is bookmarkable and Back works.
 * `readState`/`writeState` are pure; `navigate` pushes a new state and notifies the app.
 */
export const VIEWS = ['articles', 'events', 'map', 'network', 'article'] as const;
export type View = (typeof VIEWS)[number];

/** Event filters, named as the API names them (`eq` is the API's `q` over evidence sentences). */
export const FILTER_KEYS = ['actor', 'country', 'root', 'quadClass', 'since', 'until', 'place', 'bbox', 'eq'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface UiState {
  view: View;
  /** Full-text article search. */
  q: string;
  filters: Partial<Record<FilterKey, string>>;
  /** Open article id and selected event id (reader). */
  id: string;
  event: string;
  /** Page of the event or article list, from 0. */
  page: number;
}

export function readState(search: string): UiState {
  const p = new URLSearchParams(search);
  const view = p.get('view') as View | null;
  const filters: UiState['filters'] = {};
  for (const k of FILTER_KEYS) {
    const v = p.get(k)?.trim();
    if (v) filters[k] = v;
  }
  const page = Number(p.get('page') ?? 0);
  const id = p.get('id') ?? '';
  return {
    view: view && (VIEWS as readonly string[]).includes(view) ? view : id ? 'article' : 'articles',
    q: p.get('q') ?? '',
    filters,
    id,
    event: p.get('event') ?? '',
    page: Number.isInteger(page) && page > 0 ? page : 0,
  };
}

export function writeState(s: UiState): string {
  const p = new URLSearchParams();
  p.set('view', s.view);
  if (s.q) p.set('q', s.q);
  for (const k of FILTER_KEYS) if (s.filters[k]) p.set(k, s.filters[k]!);
  if (s.id) p.set('id', s.id);
  if (s.event) p.set('event', s.event);
  if (s.page > 0) p.set('page', String(s.page));
  return `?${p.toString()}`;
}

/** The API's event-filter query for a state (plus extra parameters). */
export function eventParams(s: UiState, extra: Record<string, string | number> = {}): URLSearchParams {
  const p = new URLSearchParams();
  for (const k of FILTER_KEYS) {
    const v = s.filters[k];
    if (v) p.set(k === 'eq' ? 'q' : k, v);
  }
  for (const [k, v] of Object.entries(extra)) p.set(k, String(v));
  return p;
}

/** The URL of a state with some fields changed (for links). */
export function hrefFor(s: UiState, patch: Partial<UiState>): string {
  return writeState({ ...s, ...patch });
}

type Listener = (s: UiState) => void;
const listeners: Listener[] = [];

export function current(): UiState {
  return readState(location.search);
}

export function onNavigate(fn: Listener): void {
  listeners.push(fn);
}

export function navigate(patch: Partial<UiState>, opts: { replace?: boolean } = {}): void {
  const next = writeState({ ...current(), ...patch });
  if (next !== location.search) history[opts.replace ? 'replaceState' : 'pushState'](null, '', next);
  for (const l of listeners) l(current());
}

/** Follows same-page links (`?view=…`) without reloading. */
export function followLink(e: MouseEvent, href: string): void {
  if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  history.pushState(null, '', href);
  for (const l of listeners) l(current());
}

if (typeof window !== 'undefined') window.addEventListener('popstate', () => listeners.forEach((l) => l(current())));
