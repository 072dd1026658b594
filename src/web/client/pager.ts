/** Previous/next buttons for a paged list (the page number is part of the URL state). */
import { h } from './dom.js';
import { navigate, type UiState } from './state.js';

export function pager(st: UiState, total: number, size: number, what: string): HTMLElement {
  const from = st.page * size + 1;
  const to = Math.min(total, (st.page + 1) * size);
  return h(
    'nav',
    { class: 'pager', 'aria-label': `Pages of ${what}` },
    h('button', { type: 'button', disabled: st.page === 0, onclick: () => navigate({ page: st.page - 1 }) }, '← Previous'),
    h('span', {}, total ? ` ${from}–${to} of ${total} ` : ' none '),
    h('button', { type: 'button', disabled: to >= total, onclick: () => navigate({ page: st.page + 1 }) }, 'Next →'),
  );
}
