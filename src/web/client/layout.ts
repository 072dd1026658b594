/**
 * A small deterministic force layout for the actor network: nodes start on a circle, edges pull,
 * every pair pushes, a weak pull keeps the graph centred; the result is scaled to fit w×h.
 */
export interface LayoutNode {
  id: string;
  x: number;
  y: number;
}

export function forceLayout(ids: string[], edges: Array<{ source: string; target: string; weight: number }>, w: number, h: number, iterations = 300): Map<string, LayoutNode> {
  const n = ids.length;
  const nodes = ids.map((id, i) => ({ id, x: w / 2 + (Math.cos((2 * Math.PI * i) / Math.max(1, n)) * w) / 3, y: h / 2 + (Math.sin((2 * Math.PI * i) / Math.max(1, n)) * h) / 3, vx: 0, vy: 0 }));
  const index = new Map(nodes.map((nd, i) => [nd.id, i]));
  const k = Math.sqrt((w * h) / Math.max(1, n)) * 0.45;
  for (let it = 0; it < iterations && n > 1; it++) {
    const temp = (1 - it / iterations) * k * 0.5;
    for (const a of nodes) (a.vx = 0), (a.vy = 0);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const a = nodes[i]!;
        const b = nodes[j]!;
        const dx = a.x - b.x || 0.01;
        const dy = a.y - b.y || 0.01;
        const d2 = Math.max(1, dx * dx + dy * dy);
        const f = (k * k) / d2;
        a.vx += dx * f;
        a.vy += dy * f;
        b.vx -= dx * f;
        b.vy -= dy * f;
      }
    }
    for (const e of edges) {
      const a = nodes[index.get(e.source) ?? -1];
      const b = nodes[index.get(e.target) ?? -1];
      if (!a || !b || a === b) continue;
      const dx = a.x - b.x;
      const dy = a.y - b.y;
      const d = Math.max(1, Math.hypot(dx, dy));
      const f = (1 / k) * Math.min(3, 1 + Math.log(e.weight));
      a.vx -= (dx / d) * f * d;
      a.vy -= (dy / d) * f * d;
      b.vx += (dx / d) * f * d;
      b.vy += (dy / d) * f * d;
    }
    for (const a of nodes) {
      a.vx += (w / 2 - a.x) * 0.03;
      a.vy += (h / 2 - a.y) * 0.03;
      const v = Math.hypot(a.vx, a.vy);
      if (v > temp) (a.vx *= temp / v), (a.vy *= temp / v);
      a.x += a.vx;
      a.y += a.vy;
    }
  }
  // Fit the result into the box, keeping room for labels.
  const xs = nodes.map((nd) => nd.x);
  const ys = nodes.map((nd) => nd.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const fit = (v: number, lo: number, hi: number, size: number, pad: number) => (hi - lo < 1 ? size / 2 : pad + ((v - lo) / (hi - lo)) * (size - 2 * pad));
  return new Map(nodes.map((nd) => [nd.id, { id: nd.id, x: fit(nd.x, x0, x1, w, 50), y: fit(nd.y, y0, y1, h, 36) }]));
}
