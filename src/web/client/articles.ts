/** The article search view: full-text results, each item focusable; Enter or click opens the reader. */
import { api } from './api.js';
import { activatable, h, mount, stateNote } from './dom.js';
import { followLink, hrefFor, navigate, type UiState } from './state.js';
import { pager } from './pager.js';

const PAGE = 20;

export async function renderArticles(root: HTMLElement, st: UiState, live: () => boolean): Promise<void> {
  mount(root, stateNote('Searching articles…', 'loading'));
  const page = await api.articles(st.q, PAGE, st.page * PAGE);
  if (!live()) return;
  if (page.total === 0) {
    mount(root, stateNote(st.q ? `No article matches “${st.q}”. Try fewer or other words, or clear the search.` : 'The store holds no articles yet. Ingest pages with `sitrep ingest FILE|DIR --db …`, then reload this page.'));
    return;
  }
  const list = h('ol', { class: 'results', 'aria-label': 'Articles' });
  for (const a of page.items) {
    const href = hrefFor(st, { view: 'article', id: a.id, event: '', page: 0 });
    const open = () => navigate({ view: 'article', id: a.id, event: '', page: 0 });
    const li = activatable(
      h(
        'li',
        { class: 'result', 'aria-label': `Open article: ${a.title ?? a.id}` },
        h('a', { href, tabindex: -1, class: 'title', onclick: (e) => followLink(e as MouseEvent, href) }, a.title ?? a.id),
        h('div', { class: 'meta' }, [a.published ?? 'date unknown', a.source, `${a.events} event${a.events === 1 ? '' : 's'}`].join(' · ')),
        h('p', { class: 'snippet' }, a.snippet),
      ),
      open,
    );
    list.appendChild(li);
  }
  const heading = st.q ? `${page.total} article${page.total === 1 ? '' : 's'} matching “${st.q}”` : `${page.total} article${page.total === 1 ? '' : 's'}, newest first`;
  mount(root, h('h2', {}, heading), list, pager(st, page.total, PAGE, 'articles'));
}
