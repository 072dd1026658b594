/** One event as a focusable list item; Enter or click opens its article at the event. */
import type { EventRow } from './api.js';
import { codeLabel } from './cameo.js';
import { activatable, h } from './dom.js';
import { followLink, hrefFor, navigate, type UiState } from './state.js';

export const actorText = (name: string | null, code: string | null) => (code ? `${name ?? code} (${code})` : '—');

export function eventItem(e: EventRow, st: UiState): HTMLLIElement {
  const href = hrefFor(st, { view: 'article', id: e.articleId, event: e.eventId, page: 0 });
  const title = `${codeLabel(e.code)}: ${actorText(e.actor1Name, e.actor1Code)} → ${actorText(e.actor2Name, e.actor2Code)}`;
  return activatable(
    h(
      'li',
      { class: 'event-item', 'data-quad': e.quadClass, 'data-code': e.code, 'aria-label': `${e.date ?? 'undated'} ${title}. Enter opens the article.` },
      h('div', { class: 'event-head' }, h('span', { class: 'date' }, e.date ?? 'undated'), ' ', h('a', { href, tabindex: -1, onclick: (ev) => followLink(ev as MouseEvent, href) }, title)),
      h('div', { class: 'meta' }, [e.placeName ? `at ${e.placeName}` : null, `QuadClass ${e.quadClass}`, `Goldstein ${e.goldstein}`, e.source].filter(Boolean).join(' · ')),
      h('p', { class: 'evidence' }, e.evidence),
    ),
    () => navigate({ view: 'article', id: e.articleId, event: e.eventId, page: 0 }),
  );
}
