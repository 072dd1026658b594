/** The offline world basemap: world-atlas TopoJSON (served locally) → SVG paths, equirectangular. */
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { MAP_H, MAP_W, project, ringPaths } from './geo.js';
import { s } from './dom.js';

let shapes: Promise<Array<{ name: string; d: string }>> | null = null;

/** Country outlines, loaded once. */
export function countryShapes(): Promise<Array<{ name: string; d: string }>> {
  shapes ??= fetch('/assets/countries-110m.json')
    .then((r) => {
      if (!r.ok) throw new Error(`basemap missing (HTTP ${r.status})`);
      return r.json() as Promise<Topology>;
    })
    .then((topo) => {
      const fc = feature(topo, topo.objects['countries'] as GeometryCollection<{ name: string }>);
      return fc.features.map((f) => {
        const g = f.geometry;
        const polys = g?.type === 'Polygon' ? [g.coordinates] : g?.type === 'MultiPolygon' ? g.coordinates : [];
        return { name: String(f.properties?.name ?? ''), d: polys.map((p) => p.map(ringPaths).join('')).join('') };
      });
    });
  shapes.catch(() => (shapes = null));
  return shapes;
}

/** An SVG group with the graticule and the countries (each with its name as a tooltip). */
export async function basemapLayer(): Promise<SVGGElement> {
  const g = s('g', { class: 'basemap' });
  g.appendChild(s('rect', { x: 0, y: 0, width: MAP_W, height: MAP_H, class: 'sea' }));
  for (let lon = -150; lon <= 150; lon += 30) {
    const [x] = project(lon, 0);
    g.appendChild(s('line', { x1: x, y1: 0, x2: x, y2: MAP_H, class: 'graticule' }));
  }
  for (let lat = -60; lat <= 60; lat += 30) {
    const [, y] = project(0, lat);
    g.appendChild(s('line', { x1: 0, y1: y, x2: MAP_W, y2: y, class: 'graticule' }));
  }
  for (const c of await countryShapes()) g.appendChild(s('path', { d: c.d, class: 'country' }, s('title', {}, c.name)));
  return g;
}
