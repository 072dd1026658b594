/**
 * The map: filtered events with a located place on the offline basemap, clustered when close
 * (at the current zoom) and coloured by their most frequent QuadClass. Clicking (or Enter on) a
 * marker lists its events with links to their articles.
 */
import { api, type EventRow } from './api.js';
import { basemapLayer } from './basemap.js';
import { QUADS, quadColor } from './cameo.js';
import { h, mount, s, stateNote } from './dom.js';
import { eventItem } from './eventlist.js';
import { clusterPoints, MAP_H, MAP_W, project, type Cluster } from './geo.js';
import { eventParams, navigate, type UiState } from './state.js';
import { filterSummary } from './events.js';

const LIMIT = 1000;
const RADIUS_PX = 16;

function dominantQuad(items: EventRow[]): number {
  const n: Record<number, number> = {};
  for (const e of items) n[e.quadClass] = (n[e.quadClass] ?? 0) + 1;
  return Number(Object.entries(n).sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0);
}

function placeNames(items: EventRow[]): string {
  const names = [...new Set(items.map((e) => e.placeName ?? '?'))];
  return names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
}

/** A pannable, zoomable SVG over the basemap; `draw(k)` redraws the markers for zoom k. */
export function zoomable(base: SVGGElement, label: string, draw: (layer: SVGGElement, k: number) => void, fit?: [number, number, number, number]): HTMLElement {
  const svg = s('svg', { class: 'map', viewBox: `0 0 ${MAP_W} ${MAP_H}`, role: 'group', 'aria-label': label });
  const layer = s('g', { class: 'markers' });
  svg.append(base, layer);
  let k = 1;
  let cx = MAP_W / 2;
  let cy = MAP_H / 2;
  if (fit) {
    const [x0, y0, x1, y1] = fit;
    k = Math.max(1, Math.min(24, Math.min(MAP_W / Math.max(1, x1 - x0), MAP_H / Math.max(1, y1 - y0)) * 0.7));
    cx = (x0 + x1) / 2;
    cy = (y0 + y1) / 2;
  }
  const apply = () => {
    const w = MAP_W / k;
    const hh = MAP_H / k;
    cx = Math.min(MAP_W - w / 2, Math.max(w / 2, cx));
    cy = Math.min(MAP_H - hh / 2, Math.max(hh / 2, cy));
    svg.setAttribute('viewBox', `${cx - w / 2} ${cy - hh / 2} ${w} ${hh}`);
    svg.style.setProperty('--k', String(k));
    draw(layer, k);
  };
  const zoom = (f: number) => {
    k = Math.max(1, Math.min(64, k * f));
    apply();
  };
  svg.addEventListener('wheel', (e) => {
    e.preventDefault();
    zoom(e.deltaY < 0 ? 1.5 : 1 / 1.5);
  });
  let drag: { x: number; y: number } | null = null;
  svg.addEventListener('pointerdown', (e) => {
    if ((e.target as Element).closest('.marker')) return;
    drag = { x: e.clientX, y: e.clientY };
  });
  svg.addEventListener('pointermove', (e) => {
    if (!drag) return;
    const r = svg.getBoundingClientRect();
    cx -= ((e.clientX - drag.x) / r.width) * (MAP_W / k);
    cy -= ((e.clientY - drag.y) / r.height) * (MAP_H / k);
    drag = { x: e.clientX, y: e.clientY };
    apply();
  });
  svg.addEventListener('pointerup', () => (drag = null));
  svg.addEventListener('pointerleave', () => (drag = null));
  apply();
  const controls = h(
    'div',
    { class: 'map-controls' },
    h('button', { type: 'button', 'aria-label': 'Zoom in', onclick: () => zoom(2) }, '+'),
    h('button', { type: 'button', 'aria-label': 'Zoom out', onclick: () => zoom(0.5) }, '−'),
    h('button', { type: 'button', onclick: () => ((k = 1), (cx = MAP_W / 2), (cy = MAP_H / 2), apply()) }, 'Whole world'),
  );
  return h('div', { class: 'map-wrap' }, controls, svg);
}

export async function renderMap(root: HTMLElement, st: UiState, live: () => boolean): Promise<void> {
  mount(root, stateNote('Loading the map…', 'loading'));
  const [base, page] = await Promise.all([basemapLayer(), api.events(eventParams(st, { limit: LIMIT, sort: '-date' }))]);
  if (!live()) return;
  const located = page.items.filter((e) => e.lat !== null && e.lon !== null);
  const side = h('aside', { class: 'map-side', 'aria-live': 'polite' }, stateNote(located.length ? 'Select a marker (click, or Tab to it and press Enter) to list its events.' : 'No event with a located place matches these filters.'));
  const points = located.map((e) => {
    const [x, y] = project(e.lon!, e.lat!);
    return { x, y, item: e };
  });
  const show = (c: Cluster<EventRow>) => {
    const lons = c.items.map((e) => e.lon!);
    const lats = c.items.map((e) => e.lat!);
    const bbox = [Math.min(...lons) - 0.5, Math.min(...lats) - 0.5, Math.max(...lons) + 0.5, Math.max(...lats) + 0.5].map((v) => v.toFixed(2)).join(',');
    // One place under the marker: filter by the place itself (its GeoNames id when known).
    const ids = [...new Set(c.items.map((e) => (e.geonameId !== null ? String(e.geonameId) : e.placeName ?? '')))];
    const onePlace = ids.length === 1 && ids[0] !== '' ? ids[0]! : null;
    mount(
      side,
      h('h3', {}, `${placeNames(c.items)}: ${c.items.length} event${c.items.length === 1 ? '' : 's'}`),
      onePlace
        ? h('button', { type: 'button', onclick: () => navigate({ view: 'events', filters: { ...st.filters, place: onePlace }, page: 0 }) }, 'Filter events to this place')
        : h('button', { type: 'button', onclick: () => navigate({ view: 'events', filters: { ...st.filters, bbox }, page: 0 }) }, 'Filter events to this area'),
      h('ol', { class: 'events', 'aria-label': 'Events at this marker' }, ...c.items.map((e) => eventItem(e, st))),
    );
  };
  const draw = (layer: SVGGElement, k: number) => {
    while (layer.firstChild) layer.removeChild(layer.firstChild);
    for (const c of clusterPoints(points, RADIUS_PX / k)) {
      const q = dominantQuad(c.items);
      const r = (5 + Math.min(14, Math.sqrt(c.items.length) * 2.5)) / k;
      const label = `${placeNames(c.items)}: ${c.items.length} event${c.items.length === 1 ? '' : 's'}, mostly ${QUADS[q]?.name.toLowerCase() ?? 'uncoded'}`;
      const g = s('g', { class: 'marker', tabindex: 0, role: 'button', 'aria-label': label, 'data-places': placeNames(c.items), 'data-quad': q }, s('title', {}, label));
      g.appendChild(s('circle', { cx: c.x, cy: c.y, r, fill: quadColor(q) }));
      if (c.items.length > 1) g.appendChild(s('text', { x: c.x, y: c.y + 3.5 / k, 'font-size': 10 / k, 'text-anchor': 'middle', class: 'count' }, String(c.items.length)));
      g.addEventListener('click', () => show(c));
      g.addEventListener('keydown', (e) => {
        if ((e as KeyboardEvent).key === 'Enter') show(c);
      });
      layer.appendChild(g);
    }
  };
  const note = page.total > LIMIT ? `Showing the ${LIMIT} newest of ${page.total} events; narrow the filters to see the rest.` : `${located.length} of ${page.total} events have a located place (${filterSummary(st)}).`;
  const legend = h('ul', { class: 'legend' }, ...[1, 2, 3, 4].map((q) => h('li', {}, h('span', { class: 'swatch', 'data-quad': q }), ` ${QUADS[q]!.name}`)));
  mount(root, h('h2', {}, 'Map of events'), h('p', { class: 'note' }, note), legend, h('div', { class: 'map-layout' }, zoomable(base, 'World map of events; markers are buttons', draw), side));
}
