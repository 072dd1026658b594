/** Turns one `ExtractResult` into the rows of the annotation tables. Pure functions. */
import type { EventPlace, ExtractResult, SitrepEvent } from '../core/types.js';
import type { ActorGeoRow } from './types.js';
import type { Param } from './driver.js';

export const EVENT_COLUMNS = [
  'article_id', 'event_id', 'merged_id', 'code', 'base_code', 'root_code', 'quad_class', 'goldstein', 'is_root',
  'actor1_code', 'actor1_country', 'actor1_name', 'actor2_code', 'actor2_country', 'actor2_name',
  'date', 'week', 'place_name', 'geoname_id', 'lat', 'lon', 'place_country', 'place_feature', 'evidence',
  'sentence_index', 'sentence_start', 'sentence_end', 'verb_start', 'actor1_start', 'actor2_start', 'mentions', 'confidence',
  'source', 'source_key', 'url', 'doc_length', 'published', 'doc_tone', 'actor1_geo', 'actor2_geo',
] as const;

/** An actor's place (`Actor.geo`) as stored: JSON of `ActorGeoRow`, null when the actor has none. */
export function actorGeoJson(g: EventPlace | null | undefined): string | null {
  if (!g) return null;
  const row: ActorGeoRow = { name: g.name, countryCode: g.countryCode, featureCode: g.featureCode ?? null, lat: g.lat, lon: g.lon, geonameId: g.geonameId, source: g.source };
  return JSON.stringify(row);
}

/** Where an article comes from: its site, else its URL's host, else `unknown`. */
export function sourceOf(result: ExtractResult): string {
  if (result.article.site) return result.article.site.toLowerCase();
  if (result.article.url) {
    try {
      return new URL(result.article.url).hostname.replace(/^www\./, '').toLowerCase();
    } catch {
      /* not a URL */
    }
  }
  return 'unknown';
}

/** The cross-article identity of an event: (date, actor1 code, actor2 code, root code, place). */
export function mergeKey(ev: { date: string | null; actor1Code: string | null; actor2Code: string | null; rootCode: string; place: string | null }): string {
  return [ev.date ?? '', ev.actor1Code ?? '', ev.actor2Code ?? '', ev.rootCode, (ev.place ?? '').toLowerCase()].join('|');
}

/** A place's identity for merging: its GeoNames id when resolved, else its name. */
export function placeKey(p: { name: string | null; geonameId: number | null } | null): string | null {
  if (!p || p.name === null) return null;
  return p.geonameId != null ? `gn:${p.geonameId}` : p.name;
}

/** Monday of the ISO week of a full `YYYY-MM-DD` date, else null. */
export function weekOf(date: string | null): string | null {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const d = new Date(date + 'T00:00:00Z');
  if (Number.isNaN(d.getTime())) return null;
  const dow = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - dow);
  return d.toISOString().slice(0, 10);
}

export type EventRowValues = Record<(typeof EVENT_COLUMNS)[number], Param>;

export function eventRow(articleId: string, e: SitrepEvent, result: ExtractResult, sourceKey: string): EventRowValues {
  return {
    article_id: articleId,
    event_id: e.id,
    merged_id: null,
    code: e.code,
    base_code: e.baseCode,
    root_code: e.rootCode,
    quad_class: e.quadClass,
    goldstein: e.goldstein,
    is_root: e.isRoot ? 1 : 0,
    actor1_code: e.actor1?.code ?? null,
    actor1_country: e.actor1?.countryCode ?? null,
    actor1_name: e.actor1?.name ?? null,
    actor2_code: e.actor2?.code ?? null,
    actor2_country: e.actor2?.countryCode ?? null,
    actor2_name: e.actor2?.name ?? null,
    date: e.date,
    week: weekOf(e.date),
    place_name: e.place?.name ?? null,
    geoname_id: e.place?.geonameId ?? null,
    lat: e.place?.lat ?? null,
    lon: e.place?.lon ?? null,
    place_country: e.place?.countryCode ?? null,
    place_feature: e.place?.featureCode ?? null,
    evidence: e.evidence,
    sentence_index: result.sentences.findIndex((s) => s.start <= e.sentence.start && e.sentence.start < s.end) + 1,
    sentence_start: e.sentence.start,
    sentence_end: e.sentence.end,
    verb_start: e.evidenceSpans?.verb?.start ?? null,
    actor1_start: e.evidenceSpans?.actor1?.start ?? e.actor1?.span?.start ?? null,
    actor2_start: e.evidenceSpans?.actor2?.start ?? e.actor2?.span?.start ?? null,
    mentions: Math.max(1, e.mentions?.length ?? 1),
    confidence: e.confidence,
    source: sourceOf(result),
    source_key: sourceKey,
    url: result.article.url,
    doc_length: result.article.text.length,
    published: result.article.published,
    doc_tone: result.tone?.tone ?? null,
    actor1_geo: actorGeoJson(e.actor1?.geo),
    actor2_geo: actorGeoJson(e.actor2?.geo),
  };
}

export function eventMergeKey(e: SitrepEvent): string {
  return mergeKey({ date: e.date, actor1Code: e.actor1?.code ?? null, actor2Code: e.actor2?.code ?? null, rootCode: e.rootCode, place: placeKey(e.place) });
}

export function entityRows(id: string, r: ExtractResult): Param[][] {
  return r.entities.map((en) => [id, en.id, en.type, en.name, en.country, en.role, en.actorCode, en.mentions.length]);
}
export function mentionRows(id: string, r: ExtractResult): Param[][] {
  return r.entities.flatMap((en) => en.mentions.map((m): Param[] => [id, en.id, m.start, m.end, m.text, m.kind]));
}
export function placeRows(id: string, r: ExtractResult): Param[][] {
  return r.places.map((p) => [id, p.id, p.name, p.geonameId, p.lat, p.lon, p.countryCode, p.featureCode, p.kind, p.mentions.length]);
}
export function timeRows(id: string, r: ExtractResult): Param[][] {
  return r.times.map((t) => [id, t.start, t.end, t.text, t.type, t.value]);
}
export function quoteRows(id: string, r: ExtractResult): Param[][] {
  return r.quotes.map((q) => [id, q.start, q.end, q.text, q.kind, q.speaker?.name ?? null, q.speaker?.entityId ?? null]);
}
export function factRows(id: string, r: ExtractResult): Param[][] {
  return r.facts.map((f) => [id, f.id, f.kind, JSON.stringify(f.fields)]);
}
