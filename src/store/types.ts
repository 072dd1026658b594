/** Row shapes and query filters shared by every store implementation. */

/** One article-level event as stored (a flattened `SitrepEvent`). */
export interface EventRow {
  /** Store-wide row id. */
  rowId: number;
  articleId: string;
  eventId: string;
  /** Id of the cross-article merged event this row belongs to. */
  mergedId: number;
  code: string;
  baseCode: string;
  rootCode: string;
  quadClass: number;
  goldstein: number;
  isRoot: boolean;
  actor1Code: string | null;
  actor1Country: string | null;
  actor1Name: string | null;
  actor2Code: string | null;
  actor2Country: string | null;
  actor2Name: string | null;
  date: string | null;
  /** Publication date of the article. */
  published: string | null;
  placeName: string | null;
  /** GeoNames id of the event place (GDELT's FeatureID column). */
  geonameId: number | null;
  lat: number | null;
  lon: number | null;
  /** ISO 3166 alpha-2 of the event place. */
  placeCountry: string | null;
  placeFeature: string | null;
  evidence: string;
  /** 1-based index of the event's sentence in the article (GDELT's SentenceID), 0 when unknown. */
  sentenceIndex: number;
  sentenceStart: number;
  sentenceEnd: number;
  verbStart: number | null;
  actor1Start: number | null;
  actor2Start: number | null;
  /** Number of mentions of this event inside its article (at least 1). */
  mentions: number;
  confidence: number;
  /** Source of the article (site, else URL host, else "unknown"). */
  source: string;
  url: string | null;
  /** Article length in characters. */
  docLength: number;
  /** The article's tone (GDELT MentionDocTone; `ExtractResult.tone.tone`), null for results stored without one. */
  docTone: number | null;
  /** Where the text places each actor (GDELT Actor1Geo/Actor2Geo; `Actor.geo`), null when unplaced. */
  actor1Geo: ActorGeoRow | null;
  actor2Geo: ActorGeoRow | null;
}

/** An actor's place as stored with its event. `countryCode` is ISO alpha-2. */
export interface ActorGeoRow {
  name: string;
  countryCode: string | null;
  featureCode: string | null;
  lat: number | null;
  lon: number | null;
  geonameId: number | null;
  /** `actor`, `located`, `sentence` or `country` (see `Actor.geo`). */
  source: string;
}

/**
 * Events with the same (date, actor1 code, actor2 code, root code, place) across the whole stream,
 * counted with GDELT's semantics.
 */
export interface MergedEventRow {
  id: number;
  mergeKey: string;
  /** The first stored event row of the group: its fields describe the merged event. */
  first: EventRow;
  /** Sum over articles of the mentions of the event. */
  numMentions: number;
  /** Distinct sources, where wire copies of one story (same near-duplicate cluster) count once. */
  numSources: number;
  numArticles: number;
  /** Mean tone of the articles that report it (GDELT AvgTone), null when none has a tone. */
  avgTone: number | null;
  /** When the merged event was first seen (ISO timestamp). */
  dateAdded: string;
}

export interface EventFilter {
  /** CAMEO actor code prefix matched against actor 1 or 2 (`RUS` matches `RUSGOV`). */
  actor?: string;
  /** Country (ISO alpha-3 of either actor, or alpha-2/alpha-3 of the place). */
  country?: string;
  /** Exact CAMEO event code. */
  code?: string;
  root?: string;
  quadClass?: number;
  /** Inclusive `YYYY-MM-DD` bounds on the event date. */
  since?: string;
  until?: string;
  bbox?: [number, number, number, number];
  /** The event's place by name as the article wrote it (case-insensitive: "Dushanbe"). */
  placeName?: string;
  /** The event's place by GeoNames id. */
  geonameId?: number;
  /**
   * Words of the evidence sentence: whole words, case-insensitive, in order (a phrase). Without any
   * letter or digit: a substring.
   */
  q?: string;
  articleId?: string;
  limit?: number;
  offset?: number;
  sort?: EventSort;
}

export type EventSort = 'date' | '-date' | 'goldstein' | '-goldstein' | 'id';
export const EVENT_SORTS: readonly EventSort[] = ['date', '-date', 'goldstein', '-goldstein', 'id'];

export interface ArticleSummary {
  id: string;
  title: string | null;
  published: string | null;
  url: string | null;
  source: string;
  pipelineVersion: string;
  events: number;
  /** A short excerpt (FTS snippet when searching). */
  snippet: string;
}

export interface QuoteRow {
  articleId: string;
  start: number;
  end: number;
  text: string;
  kind: string;
  speakerName: string | null;
  speakerEntityId: string | null;
}

export interface EntityRow {
  name: string;
  type: string;
  country: string | null;
  actorCode: string | null;
  /** Articles naming the entity. */
  articles: number;
  mentions: number;
}

export interface TimelineBucket {
  period: string;
  key: string;
  count: number;
}

export interface NetworkNode {
  code: string;
  name: string | null;
  events: number;
}
export interface NetworkEdge {
  source: string;
  target: string;
  count: number;
  meanGoldstein: number;
}

export interface Page<T> {
  total: number;
  /**
   * Set by `queryEvents`: true when there are more matches than were counted (`total` is then the
   * count cap, 10,000, or the end of the page asked for when further), false when `total` is exact.
   */
  totalIsLowerBound?: boolean;
  items: T[];
}

export interface PutOptions {
  /** SHA-256 of the input as received; a second input with the same hash is a duplicate. */
  contentHash: string;
  /** The raw input, kept so `reprocess` can run it again. */
  raw?: string | null;
  rawFormat?: 'text' | 'html' | null;
  /** Reprocessing: the article holding this hash is the one being replaced (same id), not a duplicate. */
  replace?: boolean;
}

export type PutOutcome = { status: 'inserted' | 'updated'; id: string } | { status: 'duplicate'; id: string };

/** Progress of one ingest run, recorded in the store so `GET /api/ingests` can show it. */
export interface IngestProgress {
  id: string;
  status: 'running' | 'done' | 'failed';
  startedAt: string;
  updatedAt: string;
  total: number | null;
  processed: number;
  stored: number;
  duplicates: number;
  failed: number;
  /** Inputs a second. */
  rate: number;
  etaSeconds: number | null;
}

export interface StoredInput {
  id: string;
  raw: string;
  format: 'text' | 'html';
  published: string | null;
  url: string | null;
  title: string | null;
  contentHash: string;
}
