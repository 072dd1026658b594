/** The events view: the timeline over the filtered events, then the list, newest first. */
import { api } from './api.js';
import { h, mount, stateNote } from './dom.js';
import { eventItem } from './eventlist.js';
import { pager } from './pager.js';
import { eventParams, FILTER_KEYS, navigate, type UiState } from './state.js';
import { timelineChart } from './timeline.js';

const PAGE = 50;

export function filterSummary(st: UiState): string {
  const parts = FILTER_KEYS.filter((k) => st.filters[k]).map((k) => `${k === 'eq' ? 'evidence' : k} ${st.filters[k]}`);
  return parts.length ? parts.join(', ') : 'no filters';
}

export async function renderEvents(root: HTMLElement, st: UiState, live: () => boolean): Promise<void> {
  mount(root, stateNote('Loading events…', 'loading'));
  const [tl, page] = await Promise.all([api.timeline(eventParams(st, { interval: 'day', by: 'quadClass' })), api.events(eventParams(st, { limit: PAGE, offset: st.page * PAGE, sort: '-date' }))]);
  if (!live()) return;
  const dated = st.filters.since || st.filters.until;
  const tools = h(
    'div',
    { class: 'tools' },
    dated ? h('button', { type: 'button', onclick: () => navigate({ filters: { ...st.filters, since: undefined, until: undefined }, page: 0 }) }, `Clear dates (${st.filters.since ?? '…'} to ${st.filters.until ?? '…'})`) : null,
  );
  const chart = tl.buckets.length
    ? timelineChart(tl.buckets, (since, until) => navigate({ filters: { ...st.filters, since, until }, page: 0 }))
    : stateNote('No dated events to draw on the timeline for these filters.');
  // A capped count is a lower bound: "10000+ events".
  const count = `${page.total}${page.totalIsLowerBound ? '+' : ''}`;
  const heading = h('h2', {}, `${count} event${page.total === 1 ? '' : 's'} (${filterSummary(st)})`);
  if (page.total === 0) {
    mount(root, chart, tools, heading, stateNote('No event matches these filters. Remove a filter or widen the dates; the store may also hold no events yet.'));
    return;
  }
  const list = h('ol', { class: 'events', 'aria-label': 'Events' }, ...page.items.map((e) => eventItem(e, st)));
  mount(root, chart, tools, heading, list, pager(st, page.total, PAGE, 'events'));
}
