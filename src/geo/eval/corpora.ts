/**
 * Readers of the geoparsing corpora: LGL (`<toponym><start><end><phrase><gaztag geonameid><lat><lon>`),
 * GeoWebNews (`<toponym><type><start><end><geonamesID><latitude><longitude>`, literal types only),
 * GeoVirus (`<location><start><end><lat><lon>`, offsets shifted by +1), and EUPEG result lines
 * (`name,,surface,,lat,,lon,,start,,end||…`).
 */
import { parseDocument, DomUtils } from 'htmlparser2';
import type { Element } from 'domhandler';

export interface GoldToponym {
  start: number;
  end: number;
  name: string;
  lat: number;
  lon: number;
  geonameId: number | null;
}

export interface GeoDoc {
  text: string;
  toponyms: GoldToponym[];
  /** Annotated toponyms outside the scored kind (GeoWebNews demonyms, metonymy, toponyms without
   *  coordinates): a prediction there is neither right nor a false alarm. */
  neutral: Array<{ start: number; end: number }>;
}

export type CorpusFormat = 'lgl' | 'gwn' | 'geovirus';

/** GeoWebNews types that name a place literally (the others are demonyms, metonymy, expressions). */
const GWN_LITERAL = new Set(['Literal', 'Literal_Modifier', 'Mixed', 'Embedded_Literal']);

function child(el: Element, name: string): Element | null {
  return DomUtils.findOne((e) => e.name === name, el.children, false);
}
function childText(el: Element, name: string): string {
  const c = child(el, name);
  return c ? DomUtils.textContent(c).trim() : '';
}
function num(s: string): number | null {
  return s === '' || !Number.isFinite(Number(s)) ? null : Number(s);
}

export function detectFormat(xml: string): CorpusFormat {
  if (/<extractedName>/.test(xml)) return 'gwn';
  if (/<locations>/.test(xml)) return 'geovirus';
  return 'lgl';
}

export function readCorpus(xml: string, format: CorpusFormat = detectFormat(xml)): GeoDoc[] {
  const doc = parseDocument(xml, { xmlMode: true });
  const articles = DomUtils.findAll((e) => e.name === 'article', doc.children);
  return articles.map((a) => {
    const textEl = child(a, 'text');
    const text = textEl ? DomUtils.textContent(textEl) : '';
    const toponyms: GoldToponym[] = [];
    const neutral: Array<{ start: number; end: number }> = [];
    const tag = format === 'geovirus' ? 'location' : 'toponym';
    for (const t of DomUtils.findAll((e) => e.name === tag, a.children)) {
      let start = num(childText(t, 'start'));
      let end = num(childText(t, 'end'));
      if (start === null || end === null) continue;
      let lat: number | null;
      let lon: number | null;
      let geonameId: number | null = null;
      let name: string;
      if (format === 'lgl') {
        const gaz = child(t, 'gaztag');
        name = childText(t, 'phrase');
        lat = gaz ? num(childText(gaz, 'lat')) : null;
        lon = gaz ? num(childText(gaz, 'lon')) : null;
        geonameId = gaz ? num(gaz.attribs['geonameid'] ?? '') : null;
      } else if (format === 'gwn') {
        const type = childText(t, 'type');
        if (!GWN_LITERAL.has(type)) {
          if (type !== 'Non_Toponym') neutral.push({ start, end });
          continue;
        }
        name = childText(t, 'extractedName');
        lat = num(childText(t, 'latitude'));
        lon = num(childText(t, 'longitude'));
        geonameId = num(childText(t, 'geonamesID'));
      } else {
        name = childText(t, 'name');
        lat = num(childText(t, 'lat'));
        lon = num(childText(t, 'lon'));
        start -= 1;
        end -= 1;
      }
      if (lat === null || lon === null) {
        neutral.push({ start, end });
        continue;
      }
      toponyms.push({ start, end, name, lat, lon, geonameId });
    }
    toponyms.sort((x, y) => x.start - y.start);
    return { text, toponyms, neutral };
  });
}

export interface PredictedToponym {
  start: number;
  end: number;
  lat: number | null;
  lon: number | null;
  geonameId: number | null;
}

/** One EUPEG result line: `name,,surface,,lat,,lon,,start,,end||…` (offsets into the text). */
export function readEupegLine(line: string): PredictedToponym[] {
  const out: PredictedToponym[] = [];
  for (const item of line.split('||')) {
    const f = item.split(',,');
    if (f.length < 6) continue;
    const [lat, lon, start, end] = f.slice(-4).map(Number) as [number, number, number, number];
    if (![start, end].every(Number.isFinite)) continue;
    out.push({ start, end, lat: Number.isFinite(lat) ? lat : null, lon: Number.isFinite(lon) ? lon : null, geonameId: null });
  }
  return out;
}
