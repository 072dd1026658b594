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

export function ringPath(ring: number[][], shift = 0): string {
  return ring.map(([lon, lat], i) => {
    const [x, y] = project(lon! + shift, lat!);
    return `${i ? 'L' : 'M'}${x.toFixed(1)},${y.toFixed(1)}`;
  }).join('') + 'Z';
}

/**
 * A ring crossing the antimeridian (Chukotka, Fiji) would be drawn as a band across the world:
 * its longitudes are made continuous, and the part beyond ±180° is drawn again shifted by 360°.
 */
export function ringPaths(ring: number[][]): string {
  const out: number[][] = [];
  let offset = 0;
  for (const [i, [lon, lat]] of ring.entries()) {
    if (i > 0) {
      const prev = ring[i - 1]![0]!;
      if (lon! - prev > 180) offset -= 360;
      else if (prev - lon! > 180) offset += 360;
    }
    out.push([lon! + offset, lat!]);
  }
  const lons = out.map((p) => p[0]!);
  let d = ringPath(out);
  if (Math.max(...lons) > 180) d += ringPath(out, -360);
  if (Math.min(...lons) < -180) d += ringPath(out, 360);
  return d;
}
