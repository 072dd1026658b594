/**
 * The store interface: where `ExtractResult`s live once extracted. Two implementations share one
 * SQL core (`sql-store.ts`) over a small driver: SQLite (`sqlite.ts`, the default, a file) and
 * PostgreSQL (`postgres.ts`, `postgres://…`). Both pass `test/store/conformance.ts`.
 */
import type { ExtractResult } from '../core/types.js';
import type {
  ArticleSummary,
  EntityRow,
  EventFilter,
  EventRow,
  IngestProgress,
  MergedEventRow,
  NetworkEdge,
  NetworkNode,
  Page,
  PutOptions,
  PutOutcome,
  QuoteRow,
  StoredInput,
  TimelineBucket,
} from './types.js';

export * from './types.js';

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Applies pending migrations (idempotent). `openStore` calls it. */
  migrate(): Promise<void>;
  /** The id of the article whose input had this hash, if any. */
  findByHash(contentHash: string): Promise<string | null>;
  /**
   * Stores one result with its annotation rows, in one transaction. Same hash → `duplicate`, nothing
   * written. Same id with other content → `updated` (the old rows are replaced).
   */
  putResult(result: ExtractResult & { id: string }, opts: PutOptions): Promise<PutOutcome>;
  getArticle(id: string): Promise<ExtractResult | null>;
  /** Full-text search over title and text (`q` empty: newest first). */
  searchArticles(q: { q?: string; limit?: number; offset?: number }): Promise<Page<ArticleSummary>>;
  countArticles(): Promise<number>;
  queryEvents(filter: EventFilter): Promise<Page<EventRow>>;
  /** Every event row matching the filter, in row order, fetched in batches (flat memory). */
  iterateEvents(filter?: EventFilter): AsyncIterable<EventRow>;
  /** Every merged event with its GDELT counts, in id order, fetched in batches. */
  iterateMergedEvents(filter?: EventFilter): AsyncIterable<MergedEventRow>;
  /** Every stored result, in id order, fetched in batches. */
  iterateResults(): AsyncIterable<ExtractResult & { id: string }>;
  queryQuotes(q: { speaker?: string; articleId?: string; q?: string; limit?: number; offset?: number }): Promise<Page<QuoteRow>>;
  queryEntities(q: { type?: string; q?: string; limit?: number; offset?: number }): Promise<Page<EntityRow>>;
  timeline(q: EventFilter & { interval: 'day' | 'week'; by?: 'quadClass' | 'root' | 'none' }): Promise<TimelineBucket[]>;
  network(q: EventFilter & { minCount?: number }): Promise<{ nodes: NetworkNode[]; edges: NetworkEdge[] }>;
  /** Stored inputs whose pipeline version differs from `version`. */
  staleInputs(version: string): AsyncIterable<StoredInput>;
  /** Records (upserts) the progress of an ingest run. */
  recordIngest(p: IngestProgress): Promise<void>;
  /** Ingest runs, newest first (`running` ones not updated for a minute are reported `stale`). */
  listIngests(limit?: number): Promise<Array<IngestProgress | (Omit<IngestProgress, 'status'> & { status: 'stale' })>>;
  /**
   * Bench helper: writes event rows (with their merged groups) streamed from `rows`, in batches,
   * all in one transaction; returns the number written.
   */
  bulkLoadEvents(rows: Iterable<Omit<EventRow, 'rowId' | 'mergedId'>> | AsyncIterable<Omit<EventRow, 'rowId' | 'mergedId'>>): Promise<number>;
  close(): Promise<void>;
}

/** Opens the store named by `db`: a `postgres://` URL, else a SQLite file path (`:memory:` too). */
export async function openStore(db: string = 'sitrep.db'): Promise<Store> {
  let store: Store;
  if (/^postgres(ql)?:\/\//.test(db)) {
    const { openPostgres } = await import('./postgres.js');
    store = await openPostgres(db);
  } else {
    const { openSqlite } = await import('./sqlite.js');
    store = openSqlite(db);
  }
  await store.migrate();
  return store;
}
