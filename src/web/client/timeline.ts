/**
 * The timeline: events per day, week or month (chosen from the span), stacked by QuadClass, drawn
 * by hand in SVG. Dragging across bars (or Enter on a focused bar) selects a range, which becomes
 * the since/until filters of every view.
 */
import type { TimelineBucket } from './api.js';
import { QUADS, quadColor } from './cameo.js';
import { h, s } from './dom.js';

export type Unit = 'day' | 'week' | 'month';

export interface Bar {
  /** First and last day covered, YYYY-MM-DD. */
  since: string;
  until: string;
  label: string;
  counts: Record<number, number>;
  total: number;
}

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const time = (d: string) => Date.parse(`${d}T00:00:00Z`);

function startOf(t: number, unit: Unit): number {
  const d = new Date(t);
  if (unit === 'week') return t - ((d.getUTCDay() + 6) % 7) * DAY;
  if (unit === 'month') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  return t;
}
function nextOf(t: number, unit: Unit): number {
  if (unit === 'day') return t + DAY;
  if (unit === 'week') return t + 7 * DAY;
  const d = new Date(t);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

/** Daily buckets (period YYYY-MM-DD, key QuadClass) → continuous bars in a unit fit for the span. */
export function bars(buckets: TimelineBucket[]): { unit: Unit; bars: Bar[] } {
  const days = buckets.filter((b) => /^\d{4}-\d{2}-\d{2}$/.test(b.period));
  if (days.length === 0) return { unit: 'day', bars: [] };
  const times = days.map((b) => time(b.period));
  const min = Math.min(...times);
  const max = Math.max(...times);
  const span = (max - min) / DAY;
  const unit: Unit = span <= 92 ? 'day' : span <= 3 * 366 ? 'week' : 'month';
  const out: Bar[] = [];
  const at = new Map<number, Bar>();
  for (let t = startOf(min, unit); t <= max; t = nextOf(t, unit)) {
    const label = unit === 'month' ? iso(t).slice(0, 7) : iso(t);
    const bar: Bar = { since: iso(t), until: iso(nextOf(t, unit) - DAY), label, counts: {}, total: 0 };
    out.push(bar);
    at.set(t, bar);
  }
  for (const b of days) {
    const bar = at.get(startOf(time(b.period), unit))!;
    const q = Number(b.key) || 0;
    bar.counts[q] = (bar.counts[q] ?? 0) + b.count;
    bar.total += b.count;
  }
  return { unit, bars: out };
}

const W = 900;
const H = 170;
const M = { left: 36, right: 10, top: 10, bottom: 28 };

export function timelineChart(buckets: TimelineBucket[], onRange: (since: string, until: string) => void): HTMLElement {
  const { unit, bars: list } = bars(buckets);
  const maxTotal = Math.max(1, ...list.map((b) => b.total));
  const bw = (W - M.left - M.right) / Math.max(1, list.length);
  const y = (v: number) => H - M.bottom - (v / maxTotal) * (H - M.top - M.bottom);
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'timeline', role: 'group', 'aria-label': `Events per ${unit} by QuadClass; drag across bars to filter by dates` });
  svg.appendChild(s('line', { x1: M.left, x2: W - M.right, y1: H - M.bottom, y2: H - M.bottom, class: 'axis' }));
  svg.appendChild(s('text', { x: M.left - 4, y: y(maxTotal) + 4, class: 'tick', 'text-anchor': 'end' }, String(maxTotal)));
  svg.appendChild(s('text', { x: M.left - 4, y: H - M.bottom, class: 'tick', 'text-anchor': 'end' }, '0'));
  const every = Math.max(1, Math.ceil(list.length / 8));
  list.forEach((b, i) => {
    const x = M.left + i * bw;
    const desc = `${b.label}${unit === 'week' ? ' (week)' : ''}: ${b.total} event${b.total === 1 ? '' : 's'}${b.total ? ` (${[1, 2, 3, 4].filter((q) => b.counts[q]).map((q) => `${b.counts[q]} ${QUADS[q]!.name.toLowerCase()}`).join(', ')})` : ''}`;
    const g = s('g', { class: 'bar', tabindex: 0, role: 'button', 'aria-label': `${desc}. Enter filters to this ${unit}.`, 'data-since': b.since, 'data-until': b.until }, s('title', {}, desc));
    let acc = 0;
    for (const q of [1, 2, 3, 4]) {
      const c = b.counts[q] ?? 0;
      if (!c) continue;
      g.appendChild(s('rect', { x: x + 0.5, width: Math.max(1, bw - 1), y: y(acc + c), height: y(acc) - y(acc + c), fill: quadColor(q) }));
      acc += c;
    }
    g.appendChild(s('rect', { x, width: bw, y: M.top, height: H - M.top - M.bottom, class: 'hit' }));
    g.addEventListener('keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Enter') onRange(b.since, b.until);
    });
    svg.appendChild(g);
    if (i % every === 0) svg.appendChild(s('text', { x: x + bw / 2, y: H - 10, class: 'tick', 'text-anchor': 'middle' }, b.label));
  });

  // Brushing: drag across bars to choose a range; a click selects one bar.
  const brush = s('rect', { class: 'brush', y: M.top, height: H - M.top - M.bottom, x: 0, width: 0, visibility: 'hidden' });
  svg.appendChild(brush);
  const indexAt = (ev: PointerEvent) => {
    const ctm = svg.getScreenCTM();
    const vx = ctm ? new DOMPoint(ev.clientX, ev.clientY).matrixTransform(ctm.inverse()).x : 0;
    return Math.max(0, Math.min(list.length - 1, Math.floor((vx - M.left) / bw)));
  };
  let from: number | null = null;
  const draw = (a: number, b: number) => {
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    brush.setAttribute('x', String(M.left + lo * bw));
    brush.setAttribute('width', String((hi - lo + 1) * bw));
    brush.setAttribute('visibility', 'visible');
  };
  svg.addEventListener('pointerdown', (ev) => {
    if (!list.length) return;
    from = indexAt(ev);
    svg.setPointerCapture(ev.pointerId);
    draw(from, from);
  });
  svg.addEventListener('pointermove', (ev) => {
    if (from !== null) draw(from, indexAt(ev));
  });
  svg.addEventListener('pointerup', (ev) => {
    if (from === null) return;
    const to = indexAt(ev);
    const [lo, hi] = from <= to ? [from, to] : [to, from];
    from = null;
    onRange(list[lo]!.since, list[hi]!.until);
  });

  const legend = h('ul', { class: 'legend', 'aria-label': 'QuadClass colours' }, ...[1, 2, 3, 4].map((q) => h('li', {}, h('span', { class: 'swatch', 'data-quad': q }), ` ${q} ${QUADS[q]!.name}`)));
  return h('figure', { class: 'timeline-figure' }, svg, h('figcaption', {}, `Events per ${unit} (events with a full date), by QuadClass. Drag across the bars to filter by dates.`), legend);
}
