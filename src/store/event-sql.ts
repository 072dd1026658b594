/** The WHERE clause and row mapping for event queries, shared by both databases. */
import type { Param } from './driver.js';
import type { ActorGeoRow, EventFilter, EventRow, EventSort } from './types.js';

/**
 * The WHERE condition of an event filter. `q` is a word search over the evidence sentence (whole
 * words, case-insensitive, in order as a phrase: `talks` finds "Talks" but not "stalks"), served by
 * an index: SQLite FTS5 `events_words` (unicode61), PostgreSQL a GIN index on
 * `to_tsvector('simple', evidence)` (migration 8). A `q` without any letter or digit falls back to
 * a substring scan.
 */
export function buildEventWhere(f: EventFilter, dialect: 'sqlite' | 'postgres' = 'postgres'): { sql: string; params: Param[] } {
  const conds: string[] = ['1 = 1'];
  const params: Param[] = [];
  if (f.actor) {
    // A prefix as a range (index-friendly in both databases): RUS ≤ code < RUT.
    const [lo, hi] = actorRange(f.actor);
    if (f.root) {
      // Root inside each branch: each side is then one (root_code, actorN_code) index range.
      const root = f.root.padStart(2, '0');
      conds.push('((root_code = ? AND actor1_code >= ? AND actor1_code < ?) OR (root_code = ? AND actor2_code >= ? AND actor2_code < ?))');
      params.push(root, lo, hi, root, lo, hi);
    } else {
      conds.push('((actor1_code >= ? AND actor1_code < ?) OR (actor2_code >= ? AND actor2_code < ?))');
      params.push(lo, hi, lo, hi);
    }
  }
  if (f.country) {
    const c = f.country.toUpperCase();
    conds.push('(actor1_country = ? OR actor2_country = ? OR place_country = ?)');
    params.push(c, c, c);
  }
  if (f.code) conds.push('code = ?'), params.push(f.code);
  if (f.root && !f.actor) conds.push('root_code = ?'), params.push(f.root.padStart(2, '0'));
  if (f.quadClass !== undefined) conds.push('quad_class = ?'), params.push(f.quadClass);
  if (f.since) conds.push('date >= ?'), params.push(f.since);
  if (f.until) conds.push('date <= ?'), params.push(f.until);
  if (f.bbox) {
    const [minLon, minLat, maxLon, maxLat] = f.bbox;
    conds.push('lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?');
    params.push(minLat, maxLat, minLon, maxLon);
  }
  if (f.geonameId !== undefined) conds.push('geoname_id = ?'), params.push(f.geonameId);
  // lower() on both sides, served by the expression index of migration 12.
  if (f.placeName !== undefined) conds.push('lower(place_name) = lower(?)'), params.push(f.placeName);
  if (f.q) {
    const words = qWords(f.q);
    if (words.length === 0) {
      conds.push('lower(evidence) LIKE ?');
      params.push(`%${f.q.toLowerCase()}%`);
    } else if (dialect === 'sqlite') {
      conds.push('row_id IN (SELECT rowid FROM events_words WHERE events_words MATCH ?)');
      params.push(fts5Phrase(words));
    } else {
      conds.push(`to_tsvector('simple', evidence) @@ to_tsquery('simple', ?)`);
      params.push(tsPhrase(words));
    }
  }
  if (f.articleId) conds.push('article_id = ?'), params.push(f.articleId);
  return { sql: conds.join(' AND '), params };
}

/** The words of an evidence query (letters and digits; everything else separates). */
function qWords(q: string): string[] {
  return q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** FTS5: the words as one phrase (`"talks between"`). Words hold no quote. */
function fts5Phrase(words: string[]): string {
  return `"${words.join(' ')}"`;
}

/** PostgreSQL tsquery: the words adjacent and in order (`talks <-> between`). */
function tsPhrase(words: string[]): string {
  return words.join(' <-> ');
}

/**
 * FROM and WHERE for a page of events. On SQLite a word search joins the FTS5 index, which streams
 * matches in row order (a count that stops early, and `ORDER BY events_words.rowid` needs no sort);
 * otherwise it is `events` with `buildEventWhere`.
 */
export function eventSource(f: EventFilter, dialect: 'sqlite' | 'postgres'): {
  from: string; select: string; sql: string; params: Param[]; fts: boolean;
  /** A cheaper FROM/WHERE for counting the same rows, when there is one (a word search alone: the FTS index only). */
  count?: { from: string; sql: string; params: Param[] };
} {
  const words = f.q ? qWords(f.q) : [];
  if (dialect !== 'sqlite' || words.length === 0) return { from: 'events', select: '*', fts: false, ...buildEventWhere(f, dialect) };
  const rest = buildEventWhere({ ...f, q: undefined }, dialect);
  const match = fts5Phrase(words);
  return {
    from: 'events_words JOIN events ON events.row_id = events_words.rowid',
    select: 'events.*',
    fts: true,
    sql: `events_words MATCH ? AND ${rest.sql}`,
    params: [match, ...rest.params],
    ...(rest.params.length === 0 ? { count: { from: 'events_words', sql: 'events_words MATCH ?', params: [match] } } : {}),
  };
}

/** The actor prefix as a half-open code range: RUS → [RUS, RUT). */
function actorRange(actor: string): [string, string] {
  const lo = actor.toUpperCase();
  return [lo, lo.slice(0, -1) + String.fromCharCode(lo.charCodeAt(lo.length - 1) + 1)];
}

/**
 * The filter as disjoint WHERE branches whose union is `buildEventWhere(f)`: with an actor filter,
 * "actor 1 matches" and "actor 2 matches, actor 1 does not", so each branch is one range scan of
 * one covering index (`events_a1_agg`, `events_a2_agg`) instead of an OR over row lookups.
 * Aggregates run per branch and add up.
 */
export function eventWhereBranches(f: EventFilter, dialect: 'sqlite' | 'postgres' = 'postgres'): Array<{ sql: string; params: Param[] }> {
  if (!f.actor) return [buildEventWhere(f, dialect)];
  const rest = buildEventWhere({ ...f, actor: undefined }, dialect);
  const [lo, hi] = actorRange(f.actor);
  return [
    { sql: `actor1_code >= ? AND actor1_code < ? AND ${rest.sql}`, params: [lo, hi, ...rest.params] },
    { sql: `actor2_code >= ? AND actor2_code < ? AND (actor1_code IS NULL OR actor1_code < ? OR actor1_code >= ?) AND ${rest.sql}`, params: [lo, hi, lo, hi, ...rest.params] },
  ];
}

/**
 * Disjoint branches for counting matches with index-only scans: an actor filter as in
 * `eventWhereBranches`, else a country filter as "actor 1 is it", "actor 2 is it and actor 1 is not",
 * "the place is it and neither actor is" (PostgreSQL indexes `events_a1_country`,
 * `events_a2_country_a1`, `events_place_country_a`, migration 10).
 */
export function countBranches(f: EventFilter, dialect: 'sqlite' | 'postgres' = 'postgres'): Array<{ sql: string; params: Param[] }> {
  if (f.actor || !f.country) return eventWhereBranches(f, dialect);
  const rest = buildEventWhere({ ...f, country: undefined }, dialect);
  const c = f.country.toUpperCase();
  const not1 = '(actor1_country IS NULL OR actor1_country <> ?)';
  const not2 = '(actor2_country IS NULL OR actor2_country <> ?)';
  return [
    { sql: `actor1_country = ? AND ${rest.sql}`, params: [c, ...rest.params] },
    { sql: `actor2_country = ? AND ${not1} AND ${rest.sql}`, params: [c, c, ...rest.params] },
    { sql: `place_country = ? AND ${not1} AND ${not2} AND ${rest.sql}`, params: [c, c, c, ...rest.params] },
  ];
}

export function orderBy(sort: EventSort | undefined): string {
  switch (sort) {
    case 'date':
      return 'date, row_id';
    case '-date':
      return 'date DESC, row_id DESC';
    case 'goldstein':
      return 'goldstein, row_id';
    case '-goldstein':
      return 'goldstein DESC, row_id';
    default:
      return 'row_id';
  }
}

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

const geo = (v: unknown): ActorGeoRow | null => (v === null || v === undefined || v === '' ? null : (JSON.parse(String(v)) as ActorGeoRow));

export function toEventRow(r: Record<string, unknown>): EventRow {
  return {
    rowId: Number(r['row_id']),
    articleId: String(r['article_id']),
    eventId: String(r['event_id']),
    mergedId: Number(r['merged_id']),
    code: String(r['code']),
    baseCode: String(r['base_code']),
    rootCode: String(r['root_code']),
    quadClass: Number(r['quad_class']),
    goldstein: Number(r['goldstein']),
    isRoot: Number(r['is_root']) === 1,
    actor1Code: str(r['actor1_code']),
    actor1Country: str(r['actor1_country']),
    actor1Name: str(r['actor1_name']),
    actor2Code: str(r['actor2_code']),
    actor2Country: str(r['actor2_country']),
    actor2Name: str(r['actor2_name']),
    date: str(r['date']),
    published: str(r['published']),
    placeName: str(r['place_name']),
    geonameId: num(r['geoname_id']),
    lat: num(r['lat']),
    lon: num(r['lon']),
    placeCountry: str(r['place_country']),
    placeFeature: str(r['place_feature']),
    evidence: String(r['evidence']),
    sentenceIndex: Number(r['sentence_index']),
    sentenceStart: Number(r['sentence_start']),
    sentenceEnd: Number(r['sentence_end']),
    verbStart: num(r['verb_start']),
    actor1Start: num(r['actor1_start']),
    actor2Start: num(r['actor2_start']),
    mentions: Number(r['mentions']),
    confidence: Number(r['confidence']),
    source: String(r['source']),
    url: str(r['url']),
    docLength: Number(r['doc_length']),
    docTone: num(r['doc_tone']),
    actor1Geo: geo(r['actor1_geo']),
    actor2Geo: geo(r['actor2_geo']),
  };
}
