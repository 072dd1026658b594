/**
 * The sitrep analyst UI: a filter bar, tabs for articles, events (timeline + list), map, network
 * and the reader, and the ingest progress. All state is in the URL; every view re-renders from it.
 */
import { explain } from './api.js';
import { renderArticles } from './articles.js';
import { loadCameo } from './cameo.js';
import { h, mount, stateNote } from './dom.js';
import { renderEvents } from './events.js';
import { filterForm } from './filters.js';
import { startIngestPoller } from './ingests.js';
import { renderMap } from './map.js';
import { renderNetwork } from './network.js';
import { renderReader } from './reader.js';
import { current, navigate, onNavigate, type UiState, type View } from './state.js';

type Render = (root: HTMLElement, s: UiState, live: () => boolean) => Promise<void>;

const TABS: Array<{ view: View; label: string; render: Render }> = [
  { view: 'articles', label: 'Articles', render: renderArticles },
  { view: 'events', label: 'Events & timeline', render: renderEvents },
  { view: 'map', label: 'Map', render: renderMap },
  { view: 'network', label: 'Actor network', render: renderNetwork },
  { view: 'article', label: 'Reader', render: renderReader },
];

async function start(): Promise<void> {
  const app = document.getElementById('app')!;
  const ingests = h('div', { class: 'ingests', 'aria-live': 'polite', 'aria-label': 'Ingest progress' });
  const { form, sync } = filterForm();
  const tabs = TABS.map((t) => h('button', { type: 'button', class: 'tab', 'data-view': t.view, onclick: () => navigate({ view: t.view, page: 0 }) }, t.label));
  const view = h('main', { id: 'view', tabindex: -1 });
  mount(
    app,
    h('header', { class: 'top' }, h('h1', {}, h('a', { href: '?view=articles' }, 'sitrep')), h('span', { class: 'tagline' }, 'event intelligence from news pages'), ingests),
    form,
    h('nav', { class: 'tabs', 'aria-label': 'Views' }, ...tabs),
    view,
  );
  startIngestPoller(ingests);
  await loadCameo();

  let seq = 0;
  const show = async (s: UiState) => {
    const mine = ++seq;
    sync(s);
    for (const b of tabs) {
      const on = b.dataset['view'] === s.view;
      b.setAttribute('aria-current', on ? 'page' : 'false');
      b.classList.toggle('active', on);
      if (b.dataset['view'] === 'article') b.disabled = !s.id;
    }
    const tab = TABS.find((t) => t.view === s.view) ?? TABS[0]!;
    document.title = `${tab.label} · sitrep`;
    try {
      await tab.render(view, s, () => mine === seq);
    } catch (err) {
      if (mine === seq) mount(view, stateNote(explain(err), 'error'));
    }
    if (mine === seq) view.dataset['ready'] = s.view;
  };
  onNavigate((s) => {
    delete view.dataset['ready'];
    void show(s);
  });
  document.addEventListener('keydown', (e) => {
    const t = e.target as HTMLElement;
    if (e.key === '/' && !/^(INPUT|SELECT|TEXTAREA)$/.test(t.tagName)) {
      e.preventDefault();
      (document.getElementById('f-q') as HTMLInputElement).focus();
    }
  });
  await show(current());
}

void start();
