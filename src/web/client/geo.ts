/** Equirectangular projection onto a W×H plane and greedy clustering of close markers. */
export const MAP_W = 960;
export const MAP_H = 480;

export function project(lon: number, lat: number): [number, number] {
  return [((lon + 180) / 360) * MAP_W, ((90 - lat) / 180) * MAP_H];
}

export interface Cluster<T> {
  x: number;
  y: number;
  items: T[];
}

/**
 * Groups points closer than `radius` (in the same units as x/y, i.e. screen pixels divided by
 * the zoom): each point joins the first cluster whose centre is within reach, and the centre moves
 * to the mean of its points. Deterministic for a given input order.
 */
export function clusterPoints<T>(points: Array<{ x: number; y: number; item: T }>, radius: number): Array<Cluster<T>> {
  const out: Array<Cluster<T> & { sx: number; sy: number }> = [];
  const r2 = radius * radius;
  for (const p of points) {
    const c = out.find((k) => (k.x - p.x) ** 2 + (k.y - p.y) ** 2 <= r2);
    if (c) {
      c.items.push(p.item);
      c.sx += p.x;
      c.sy += p.y;
      c.x = c.sx / c.items.length;
      c.y = c.sy / c.items.length;
    } else out.push({ x: p.x, y: p.y, sx: p.x, sy: p.y, items: [p.item] });
  }
  return out.map(({ x, y, items }) => ({ x, y, items }));
}
