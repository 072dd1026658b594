/**
 * The actor network: actors as nodes (sized by events), events as edges (width by count, colour by
 * mean Goldstein), placed by a small force layout. Enter or click on an actor filters events to it.
 */
import { api } from './api.js';
import { goldsteinColor } from './cameo.js';
import { h, mount, s, stateNote } from './dom.js';
import { filterSummary } from './events.js';
import { forceLayout } from './layout.js';
import { eventParams, navigate, type UiState } from './state.js';

const W = 900;
const H = 560;
const MAX_NODES = 60;

export async function renderNetwork(root: HTMLElement, st: UiState, live: () => boolean): Promise<void> {
  mount(root, stateNote('Loading the actor network…', 'loading'));
  const net = await api.network(eventParams(st, { limit: 400 }));
  if (!live()) return;
  const heading = h('h2', {}, `Actor network (${filterSummary(st)})`);
  if (net.edges.length === 0) {
    mount(root, heading, stateNote('No event with two coded actors matches these filters, so there is no network to draw.'));
    return;
  }
  const nodes = [...net.nodes].sort((a, b) => b.events - a.events).slice(0, MAX_NODES);
  const keep = new Set(nodes.map((n) => n.code));
  const edges = net.edges.filter((e) => keep.has(e.source) && keep.has(e.target));
  const pos = forceLayout(nodes.map((n) => n.code), edges.map((e) => ({ source: e.source, target: e.target, weight: e.count })), W, H);
  const maxEvents = Math.max(1, ...nodes.map((n) => n.events));
  const maxCount = Math.max(1, ...edges.map((e) => e.count));
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'network', role: 'group', 'aria-label': 'Actor network; actors are buttons' });
  svg.appendChild(s('defs', {}, s('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: 'userSpaceOnUse', orient: 'auto' }, s('path', { d: 'M0,0L10,5L0,10z', class: 'arrow' }))));
  for (const e of edges) {
    const a = pos.get(e.source)!;
    const b = pos.get(e.target)!;
    const desc = `${e.source} → ${e.target}: ${e.count} event${e.count === 1 ? '' : 's'}, mean Goldstein ${e.meanGoldstein.toFixed(1)}`;
    if (a === b) continue;
    const d = Math.max(1, Math.hypot(b.x - a.x, b.y - a.y));
    const rb = 6 + 14 * Math.sqrt((nodes.find((n) => n.code === e.target)?.events ?? 1) / maxEvents);
    const x2 = b.x - ((b.x - a.x) / d) * (rb + 2);
    const y2 = b.y - ((b.y - a.y) / d) * (rb + 2);
    svg.appendChild(s('line', { x1: a.x, y1: a.y, x2, y2, stroke: goldsteinColor(e.meanGoldstein), 'stroke-width': 1 + 5 * Math.sqrt(e.count / maxCount), class: 'edge', 'marker-end': 'url(#arrow)' }, s('title', {}, desc)));
  }
  for (const n of nodes) {
    const p = pos.get(n.code)!;
    const r = 6 + 14 * Math.sqrt(n.events / maxEvents);
    const desc = `${n.code}${n.name ? ` ${n.name}` : ''}: ${n.events} event${n.events === 1 ? '' : 's'}`;
    const g = s('g', { class: 'node', tabindex: 0, role: 'button', 'aria-label': `${desc}. Enter filters events to this actor.`, 'data-code': n.code }, s('title', {}, desc));
    g.append(s('circle', { cx: p.x, cy: p.y, r }), s('text', { x: p.x, y: p.y - r - 4, 'text-anchor': 'middle' }, n.code));
    const go = () => navigate({ view: 'events', filters: { ...st.filters, actor: n.code }, page: 0 });
    g.addEventListener('click', go);
    g.addEventListener('keydown', (ev) => {
      if ((ev as KeyboardEvent).key === 'Enter') go();
    });
    svg.appendChild(g);
  }
  const scale = h('ul', { class: 'legend' }, ...[-10, -5, 0, 5, 10].map((g) => h('li', {}, h('span', { class: 'swatch', 'data-goldstein': g }), ` Goldstein ${g > 0 ? '+' : ''}${g}`)));
  const note = nodes.length < net.nodes.length ? `Showing the ${MAX_NODES} busiest of ${net.nodes.length} actors.` : `${nodes.length} actors, ${edges.length} pairs. Edge width: events; colour: mean Goldstein (red conflict, blue cooperation).`;
  mount(root, heading, h('p', { class: 'note' }, note), scale, svg);
}
