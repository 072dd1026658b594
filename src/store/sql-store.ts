/**
 * The store over any `Driver`: the SQL both databases share. Dialect differences live in the
 * drivers (placeholders, full-text search, bulk inserts) and in the migrations.
 */
import type { ExtractResult } from '../core/types.js';
import { SitrepError } from '../core/errors.js';
import type { Driver, Param, Queryable } from './driver.js';
import { MIGRATIONS } from './migrations/index.js';
import {
  EVENT_COLUMNS, entityRows, eventMergeKey, eventRow, factRows, mentionRows, mergeKey, placeRows, quoteRows, sourceOf, timeRows,
  weekOf as weekOfSafe, placeKey,
} from './rows.js';
import { fingerprint, NEAR_DUP_JACCARD, similarity } from './minhash.js';
import type { Store } from './store.js';
type BulkEventRow = Omit<EventRow, 'rowId' | 'mergedId'>;
import type {
  ArticleSummary, EntityRow, EventFilter, EventRow, IngestProgress, MergedEventRow, NetworkEdge, NetworkNode, Page, PutOptions, PutOutcome,
  QuoteRow, StoredInput, TimelineBucket,
} from './types.js';
import { buildEventWhere, countBranches, eventSource, eventWhereBranches, orderBy, toEventRow } from './event-sql.js';

type Row = Record<string, unknown>;
const BATCH = 2000;
/** Event matches are counted exactly up to this many (`Page.totalIsLowerBound` beyond). */
export const EVENT_COUNT_CAP = 10_000;
/** Rows a row-order walk may cover before `queryEvents` falls back to the planner's plan. */
const ROW_ORDER_WINDOW = 50_000;
/** Fewest counted matches for which `queryEvents` tries the row-order walk first (PostgreSQL). */
const ROW_ORDER_MIN_MATCHES = 2_000;

const ANNOTATION_TABLES: Array<[string, string[], (id: string, r: ExtractResult) => Param[][]]> = [
  ['entities', ['article_id', 'entity_id', 'type', 'name', 'country', 'role', 'actor_code', 'n_mentions'], entityRows],
  ['mentions', ['article_id', 'entity_id', 'span_start', 'span_end', 'text', 'kind'], mentionRows],
  ['places', ['article_id', 'place_id', 'name', 'geoname_id', 'lat', 'lon', 'country_code', 'feature_code', 'kind', 'n_mentions'], placeRows],
  ['times', ['article_id', 'span_start', 'span_end', 'text', 'type', 'value'], timeRows],
  ['quotes', ['article_id', 'span_start', 'span_end', 'text', 'kind', 'speaker_name', 'speaker_entity_id'], quoteRows],
  ['facts', ['article_id', 'fact_id', 'kind', 'fields'], factRows],
];

/** Disjoint WHERE branches as one FROM (a UNION ALL of their row ids) for counting. */
function unionOf(branches: Array<{ sql: string; params: Param[] }>): { from: string; sql: string; params: Param[] } {
  if (branches.length === 1) return { from: 'events', ...branches[0]! };
  return {
    from: `(${branches.map((w) => `SELECT row_id FROM events WHERE ${w.sql}`).join(' UNION ALL ')}) u`,
    sql: '1 = 1',
    params: branches.flatMap((w) => w.params),
  };
}

function clampLimit(n: number | undefined, dflt = 50, max = 1000): number {
  if (n === undefined || !Number.isFinite(n)) return dflt;
  return Math.max(0, Math.min(max, Math.floor(n)));
}

function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

export class SqlStore implements Store {
  readonly kind: 'sqlite' | 'postgres';
  constructor(private readonly db: Driver, private readonly ftsQuery: (q: string) => string) {
    this.kind = db.kind;
  }

  async migrate(): Promise<void> {
    await this.db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    await this.db.tx(async (q) => {
      if (this.kind === 'postgres') await q.all('SELECT pg_advisory_xact_lock(8112001)');
      const done = new Set((await q.all<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => Number(r.version)));
      for (const m of MIGRATIONS) {
        if (done.has(m.version)) continue;
        for (const stmt of splitSql(this.kind === 'sqlite' ? m.sqlite : m.postgres)) await q.run(stmt);
        await q.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [m.version, m.name, new Date().toISOString()]);
      }
    });
  }

  async findByHash(contentHash: string): Promise<string | null> {
    const rows = await this.db.all<{ id: string }>('SELECT id FROM articles WHERE content_hash = ?', [contentHash]);
    return rows[0]?.id ?? null;
  }

  async putResult(result: ExtractResult & { id: string }, opts: PutOptions): Promise<PutOutcome> {
    try {
      return await this.db.tx((q) => this.put(q, result, opts));
    } catch (err) {
      if (isUniqueViolation(err)) {
        const id = await this.findByHash(opts.contentHash);
        if (id !== null) return { status: 'duplicate', id };
      }
      if (err instanceof SitrepError) throw err;
      throw new SitrepError('STORE_ERROR', `storing ${result.id}: ${(err as Error).message}`);
    }
  }

  private async put(q: Queryable, result: ExtractResult & { id: string }, opts: PutOptions): Promise<PutOutcome> {
    const id = result.id;
    const dup = await q.all<{ id: string }>('SELECT id FROM articles WHERE content_hash = ?', [opts.contentHash]);
    if (dup[0] && !(opts.replace && dup[0].id === id)) return { status: 'duplicate', id: dup[0].id };
    const old = await q.all<{ seq: number }>('SELECT seq FROM articles WHERE id = ?', [id]);
    if (old[0]) await this.deleteArticle(q, id, Number(old[0].seq));

    // Near-duplicate (wire copy) detection: an earlier article sharing an LSH band and with an
    // estimated Jaccard ≥ 0.7 lends its source key, so a story counts once in numSources.
    const source = sourceOf(result);
    let sourceKey = source;
    let clusterOf: string | null = null;
    const fp = fingerprint(result.article.text);
    const bands = fp?.bands ?? null;
    if (fp) {
      const cands = await q.all<Row>(
        `SELECT id, source_key, cluster_of, minhash FROM articles
         WHERE ${fp.bands.map((_, i) => `band${i} = ?`).join(' OR ')} ORDER BY seq LIMIT 100`,
        fp.bands,
      );
      const hit = cands.find((c) => typeof c['minhash'] === 'string' && similarity(JSON.parse(c['minhash']) as number[], fp.mins) >= NEAR_DUP_JACCARD);
      if (hit) {
        sourceKey = String(hit['source_key']);
        clusterOf = (hit['cluster_of'] as string | null) ?? String(hit['id']);
      }
    }
    const a = result.article;
    await q.run(
      `INSERT INTO articles (id, content_hash, pipeline_version, published, url, source, source_key, title, text, result, raw, raw_format,
         band0, band1, band2, band3, band4, band5, band6, band7, minhash, cluster_of, n_events, ingested_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [id, opts.contentHash, result.pipelineVersion, a.published, a.url, source, sourceKey, a.title, a.text, JSON.stringify(result),
        opts.raw ?? null, opts.rawFormat ?? null, ...Array.from({ length: 8 }, (_, i) => bands?.[i] ?? null), fp ? JSON.stringify(fp.mins) : null,
        clusterOf, result.events.length, new Date().toISOString()],
    );
    if (this.kind === 'sqlite') {
      await q.run('INSERT INTO articles_fts (rowid, title, text) SELECT seq, title, text FROM articles WHERE id = ?', [id]);
    }
    for (const [table, cols, rows] of ANNOTATION_TABLES) await this.db.insertMany(q, table, cols, rows(id, result));

    const now = new Date().toISOString();
    const eventRows: Param[][] = [];
    for (const e of result.events) {
      const row = eventRow(id, e, result, sourceKey);
      row.merged_id = await this.mergedId(q, eventMergeKey(e), now);
      eventRows.push(EVENT_COLUMNS.map((c) => row[c]));
    }
    await this.db.insertMany(q, 'events', EVENT_COLUMNS, eventRows);
    return { status: old[0] ? 'updated' : 'inserted', id };
  }

  private async mergedId(q: Queryable, key: string, now: string): Promise<number> {
    await q.run('INSERT INTO merged_events (merge_key, date_added) VALUES (?, ?) ON CONFLICT (merge_key) DO NOTHING', [key, now]);
    const r = await q.all<{ id: number }>('SELECT id FROM merged_events WHERE merge_key = ?', [key]);
    return Number(r[0]!.id);
  }

  private async deleteArticle(q: Queryable, id: string, seq: number): Promise<void> {
    for (const [table] of ANNOTATION_TABLES) await q.run(`DELETE FROM ${table} WHERE article_id = ?`, [id]);
    await q.run('DELETE FROM events WHERE article_id = ?', [id]);
    if (this.kind === 'sqlite') await q.run('DELETE FROM articles_fts WHERE rowid = ?', [seq]);
    await q.run('DELETE FROM articles WHERE id = ?', [id]);
  }

  async getArticle(id: string): Promise<ExtractResult | null> {
    const r = await this.db.all<{ result: string }>('SELECT result FROM articles WHERE id = ?', [id]);
    if (!r[0]) return null;
    return { ...(JSON.parse(r[0].result) as ExtractResult), id };
  }

  async countArticles(): Promise<number> {
    const r = await this.db.all<{ n: unknown }>('SELECT count(*) AS n FROM articles');
    return Number(r[0]!.n);
  }

  async searchArticles(opts: { q?: string; limit?: number; offset?: number }): Promise<Page<ArticleSummary>> {
    const limit = clampLimit(opts.limit);
    const offset = Math.max(0, Math.floor(opts.offset ?? 0));
    const cols = 'a.id, a.title, a.published, a.url, a.source, a.pipeline_version, a.n_events';
    const toSummary = (r: Row): ArticleSummary => ({
      id: String(r['id']),
      title: (r['title'] as string | null) ?? null,
      published: (r['published'] as string | null) ?? null,
      url: (r['url'] as string | null) ?? null,
      source: String(r['source']),
      pipelineVersion: String(r['pipeline_version']),
      events: Number(r['n_events']),
      snippet: String(r['snippet'] ?? ''),
    });
    const query = opts.q ? this.ftsQuery(opts.q) : '';
    if (!query) {
      const total = await this.countArticles();
      const rows = await this.db.all<Row>(`SELECT ${cols}, substr(a.text, 1, 200) AS snippet FROM articles a ORDER BY a.seq DESC LIMIT ? OFFSET ?`, [limit, offset]);
      return { total, items: rows.map(toSummary) };
    }
    const f = this.db.fts;
    const nSnip = f.snippet.split('?').length - 1;
    const nRank = f.rank.split('?').length - 1;
    const totalRows = await this.db.all<{ n: unknown }>(`SELECT count(*) AS n FROM articles a ${f.join} WHERE ${f.where}`, [query]);
    const rows = await this.db.all<Row>(
      `SELECT ${cols}, ${f.snippet} AS snippet FROM articles a ${f.join} WHERE ${f.where} ORDER BY ${f.rank}, a.seq LIMIT ? OFFSET ?`,
      [...Array<string>(nSnip).fill(query), query, ...Array<string>(nRank).fill(query), limit, offset],
    );
    return { total: Number(totalRows[0]!.n), items: rows.map(toSummary) };
  }

  /**
   * One page of events and the number of matches, counted exactly up to `EVENT_COUNT_CAP` (or to the
   * end of the page asked for, when further): beyond that `total` is the cap and `totalIsLowerBound`
   * is true, so a broad filter costs a bounded count, not a scan of every match.
   */
  async queryEvents(filter: EventFilter): Promise<Page<EventRow>> {
    const src = eventSource(filter, this.kind);
    const limit = clampLimit(filter.limit);
    const offset = Math.max(0, Math.floor(filter.offset ?? 0));
    const cap = Math.max(EVENT_COUNT_CAP, offset + limit);
    // PostgreSQL counts an actor or country filter over its disjoint branches: each an index-only
    // scan of a covering index that stops at the cap (the OR made it scan the table or build a bitmap
    // of every match and visit the heap: 30-110 ms for a mid-frequency actor or country at 1M
    // events). SQLite's OR over indexes already stops at the cap.
    const c = src.count ?? ((filter.actor || filter.country) && this.kind === 'postgres' ? unionOf(countBranches(filter, this.kind)) : src);
    const counted = await this.db.all<{ n: unknown }>(`SELECT count(*) AS n FROM (SELECT 1 AS x FROM ${c.from} WHERE ${c.sql} LIMIT ?) t`, [...c.params, cap + 1]);
    const n = Number(counted[0]!.n);
    const lowerBound = n > cap;
    const byId = !filter.sort || filter.sort === 'id';
    let rows: Row[] | null = limit > 0 && offset < n ? null : [];
    if (rows === null && src.fts) {
      // The FTS5 index hands matches over in row order: sorting by it needs no sort step.
      const order = byId ? 'events_words.rowid' : orderBy(filter.sort);
      rows = await this.db.all<Row>(`SELECT ${src.select} FROM ${src.from} WHERE ${src.sql} ORDER BY ${order} LIMIT ? OFFSET ?`, [...src.params, limit, offset]);
    }
    if (rows === null && byId && (lowerBound || (this.kind === 'postgres' && n >= ROW_ORDER_MIN_MATCHES))) {
      // Many matches (SQLite: over the cap; PostgreSQL: 2,000 or more, 1 in 500 rows of a 1M store):
      // walking the table in row order finds a page after a few rows, where an index for the filter
      // (SQLite: an OR over indexes; PostgreSQL: a bitmap) would fetch and sort every match. The walk
      // is bounded to a window of rows; when the page is not in it (matches clustered late) the plan
      // below runs. (Under the cap SQLite's own plan, index lookups and a sort, is as fast.)
      const first = await this.db.all<{ m: unknown }>('SELECT min(row_id) AS m FROM events');
      const bound = Number(first[0]!.m ?? 0) + ROW_ORDER_WINDOW;
      const table = this.kind === 'sqlite' ? 'events NOT INDEXED' : 'events';
      const got = await this.db.all<Row>(`SELECT * FROM ${table} WHERE row_id < ? AND ${src.sql} ORDER BY row_id LIMIT ? OFFSET ?`, [bound, ...src.params, limit, offset]);
      if (got.length === limit) rows = got;
    }
    if (rows === null) {
      // Few matches (the count saw them all): collect them first, then sort. Walking an index in sort
      // order and filtering (what a planner picks for ORDER BY … LIMIT) reads the whole table when
      // the matches are rare (PostgreSQL, bbox). `OFFSET 0` keeps the subquery apart.
      const from = !lowerBound && this.kind === 'postgres' ? `(SELECT * FROM events WHERE ${src.sql} OFFSET 0) e` : `events WHERE ${src.sql}`;
      rows = await this.db.all<Row>(`SELECT * FROM ${from} ORDER BY ${orderBy(filter.sort)} LIMIT ? OFFSET ?`, [...src.params, limit, offset]);
    }
    return { total: lowerBound ? cap : n, totalIsLowerBound: lowerBound, items: rows.map(toEventRow) };
  }

  async *iterateEvents(filter: EventFilter = {}): AsyncIterable<EventRow> {
    const w = buildEventWhere(filter, this.kind);
    let last = 0;
    for (;;) {
      const rows = await this.db.all<Row>(`SELECT * FROM events WHERE ${w.sql} AND row_id > ? ORDER BY row_id LIMIT ${BATCH}`, [...w.params, last]);
      for (const r of rows) yield toEventRow(r);
      if (rows.length < BATCH) return;
      last = Number(rows[rows.length - 1]!['row_id']);
    }
  }

  async *iterateMergedEvents(): AsyncIterable<MergedEventRow> {
    let last = 0;
    for (;;) {
      const groups = await this.db.all<Row>(
        `SELECT merged_id, min(row_id) AS first_row, sum(mentions) AS n_mentions, count(DISTINCT article_id) AS n_articles, avg(doc_tone) AS avg_tone,
                count(DISTINCT source_key) AS n_sources
         FROM events WHERE merged_id > ? GROUP BY merged_id ORDER BY merged_id LIMIT ${BATCH}`,
        [last],
      );
      if (groups.length === 0) return;
      const firstIds = groups.map((g) => Number(g['first_row']));
      const firsts = new Map<number, Row>();
      for (let i = 0; i < firstIds.length; i += 500) {
        const part = firstIds.slice(i, i + 500);
        const rows = await this.db.all<Row>(
          `SELECT e.*, m.merge_key, m.date_added FROM events e JOIN merged_events m ON m.id = e.merged_id WHERE e.row_id IN (${part.map(() => '?').join(',')})`,
          part,
        );
        for (const r of rows) firsts.set(Number(r['row_id']), r);
      }
      for (const g of groups) {
        const r = firsts.get(Number(g['first_row']));
        if (!r) continue;
        yield {
          id: Number(g['merged_id']),
          mergeKey: String(r['merge_key']),
          first: toEventRow(r),
          numMentions: Number(g['n_mentions']),
          numSources: Number(g['n_sources']),
          numArticles: Number(g['n_articles']),
          avgTone: g['avg_tone'] === null || g['avg_tone'] === undefined ? null : Math.round(Number(g['avg_tone']) * 1000) / 1000,
          dateAdded: String(r['date_added']),
        };
      }
      if (groups.length < BATCH) return;
      last = Number(groups[groups.length - 1]!['merged_id']);
    }
  }

  async *iterateResults(): AsyncIterable<ExtractResult & { id: string }> {
    let last = 0;
    for (;;) {
      const rows = await this.db.all<{ seq: number; id: string; result: string }>('SELECT seq, id, result FROM articles WHERE seq > ? ORDER BY seq LIMIT 200', [last]);
      for (const r of rows) yield { ...(JSON.parse(r.result) as ExtractResult), id: r.id };
      if (rows.length < 200) return;
      last = Number(rows[rows.length - 1]!.seq);
    }
  }

  async queryQuotes(o: { speaker?: string; articleId?: string; q?: string; limit?: number; offset?: number }): Promise<Page<QuoteRow>> {
    const conds: string[] = ['1 = 1'];
    const params: Param[] = [];
    if (o.speaker) conds.push('lower(speaker_name) LIKE ?'), params.push(`%${o.speaker.toLowerCase()}%`);
    if (o.articleId) conds.push('article_id = ?'), params.push(o.articleId);
    if (o.q) conds.push('lower(text) LIKE ?'), params.push(`%${o.q.toLowerCase()}%`);
    const where = conds.join(' AND ');
    const total = await this.db.all<{ n: unknown }>(`SELECT count(*) AS n FROM quotes WHERE ${where}`, params);
    const rows = await this.db.all<Row>(`SELECT * FROM quotes WHERE ${where} ORDER BY article_id, span_start LIMIT ? OFFSET ?`, [
      ...params, clampLimit(o.limit), Math.max(0, o.offset ?? 0),
    ]);
    return {
      total: Number(total[0]!.n),
      items: rows.map((r) => ({
        articleId: String(r['article_id']),
        start: Number(r['span_start']),
        end: Number(r['span_end']),
        text: String(r['text']),
        kind: String(r['kind']),
        speakerName: (r['speaker_name'] as string | null) ?? null,
        speakerEntityId: (r['speaker_entity_id'] as string | null) ?? null,
      })),
    };
  }

  async queryEntities(o: { type?: string; q?: string; limit?: number; offset?: number }): Promise<Page<EntityRow>> {
    const conds: string[] = ['1 = 1'];
    const params: Param[] = [];
    if (o.type) conds.push('type = ?'), params.push(o.type.toUpperCase());
    if (o.q) conds.push('lower(name) LIKE ?'), params.push(`%${o.q.toLowerCase()}%`);
    const where = conds.join(' AND ');
    const total = await this.db.all<{ n: unknown }>(`SELECT count(*) AS n FROM (SELECT 1 AS x FROM entities WHERE ${where} GROUP BY name, type) t`, params);
    const rows = await this.db.all<Row>(
      `SELECT name, type, max(country) AS country, max(actor_code) AS actor_code, count(DISTINCT article_id) AS n_articles, sum(n_mentions) AS n_mentions
       FROM entities WHERE ${where} GROUP BY name, type ORDER BY n_articles DESC, n_mentions DESC, name LIMIT ? OFFSET ?`,
      [...params, clampLimit(o.limit), Math.max(0, o.offset ?? 0)],
    );
    return {
      total: Number(total[0]!.n),
      items: rows.map((r) => ({
        name: String(r['name']),
        type: String(r['type']),
        country: (r['country'] as string | null) ?? null,
        actorCode: (r['actor_code'] as string | null) ?? null,
        articles: Number(r['n_articles']),
        mentions: Number(r['n_mentions']),
      })),
    };
  }

  async timeline(o: EventFilter & { interval: 'day' | 'week'; by?: 'quadClass' | 'root' | 'none' }): Promise<TimelineBucket[]> {
    const col = o.interval === 'week' ? 'week' : 'date';
    const key = o.by === 'quadClass' ? 'quad_class' : o.by === 'root' ? 'root_code' : null;
    const dateCond = o.interval === 'day' ? ' AND length(date) = 10' : '';
    const group = key ? `${col}, ${key}` : col;
    // One aggregate per disjoint branch of the filter (covering-index scans), added up.
    const branches = eventWhereBranches(o, this.kind);
    const parts = branches.map(
      (w) => `SELECT ${col} AS period, ${key ?? "''"} AS k, count(*) AS n FROM events WHERE ${w.sql} AND ${col} IS NOT NULL${dateCond} GROUP BY ${group}`,
    );
    const sql =
      parts.length === 1
        ? `${parts[0]} ORDER BY ${group}`
        : `SELECT period, k, sum(n) AS n FROM (${parts.join(' UNION ALL ')}) t GROUP BY period, k ORDER BY period, k`;
    const rows = await this.db.all<Row>(sql, branches.flatMap((w) => w.params));
    return rows.map((r) => ({ period: String(r['period']), key: String(r['k']), count: Number(r['n']) }));
  }

  async network(o: EventFilter & { minCount?: number }): Promise<{ nodes: NetworkNode[]; edges: NetworkEdge[] }> {
    const branches = eventWhereBranches(o, this.kind);
    const parts = branches.map(
      (w) => `SELECT actor1_code AS s, actor2_code AS t, max(actor1_name) AS sn, max(actor2_name) AS tn, count(*) AS n, sum(goldstein) AS g
       FROM events WHERE ${w.sql} AND actor1_code IS NOT NULL AND actor2_code IS NOT NULL GROUP BY actor1_code, actor2_code`,
    );
    const rows = await this.db.all<Row>(
      `SELECT s, t, max(sn) AS sn, max(tn) AS tn, sum(n) AS n, sum(g) AS g FROM (${parts.join(' UNION ALL ')}) u
       GROUP BY s, t HAVING sum(n) >= ? ORDER BY sum(n) DESC, s, t LIMIT ?`,
      [...branches.flatMap((w) => w.params), Math.max(1, o.minCount ?? 1), clampLimit(o.limit, 500, 5000)],
    );
    const nodes = new Map<string, NetworkNode>();
    const node = (code: string, name: unknown, n: number) => {
      const cur = nodes.get(code) ?? { code, name: (name as string | null) ?? null, events: 0 };
      cur.events += n;
      nodes.set(code, cur);
    };
    const edges = rows.map((r) => {
      const n = Number(r['n']);
      node(String(r['s']), r['sn'], n);
      node(String(r['t']), r['tn'], n);
      return { source: String(r['s']), target: String(r['t']), count: n, meanGoldstein: Math.round((Number(r['g']) / n) * 100) / 100 };
    });
    return { nodes: [...nodes.values()].sort((a, b) => b.events - a.events || a.code.localeCompare(b.code)), edges };
  }

  async *staleInputs(version: string): AsyncIterable<StoredInput> {
    let last = 0;
    for (;;) {
      const rows = await this.db.all<Row>(
        'SELECT seq, id, raw, raw_format, text, published, url, title, content_hash FROM articles WHERE pipeline_version <> ? AND seq > ? ORDER BY seq LIMIT 200',
        [version, last],
      );
      for (const r of rows) {
        yield {
          id: String(r['id']),
          raw: String(r['raw'] ?? r['text']),
          format: r['raw'] != null && r['raw_format'] === 'html' ? 'html' : 'text',
          published: (r['published'] as string | null) ?? null,
          url: (r['url'] as string | null) ?? null,
          title: (r['title'] as string | null) ?? null,
          contentHash: String(r['content_hash']),
        };
      }
      if (rows.length < 200) return;
      last = Number(rows[rows.length - 1]!['seq']);
    }
  }

  async recordIngest(p: IngestProgress): Promise<void> {
    await this.db.run(
      `INSERT INTO ingests (id, status, started_at, updated_at, total, processed, stored, duplicates, failed, rate, eta_seconds)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at, total = excluded.total,
         processed = excluded.processed, stored = excluded.stored, duplicates = excluded.duplicates, failed = excluded.failed,
         rate = excluded.rate, eta_seconds = excluded.eta_seconds`,
      [p.id, p.status, p.startedAt, p.updatedAt, p.total, p.processed, p.stored, p.duplicates, p.failed, p.rate, p.etaSeconds],
    );
  }

  async listIngests(limit = 20): Promise<Array<IngestProgress | (Omit<IngestProgress, 'status'> & { status: 'stale' })>> {
    const rows = await this.db.all<Row>('SELECT * FROM ingests ORDER BY started_at DESC LIMIT ?', [limit]);
    const now = Date.now();
    return rows.map((r) => {
      const updatedAt = String(r['updated_at']);
      let status = String(r['status']) as IngestProgress['status'] | 'stale';
      if (status === 'running' && now - Date.parse(updatedAt) > 60_000) status = 'stale';
      return {
        id: String(r['id']), status, startedAt: String(r['started_at']), updatedAt,
        total: r['total'] == null ? null : Number(r['total']), processed: Number(r['processed']), stored: Number(r['stored']),
        duplicates: Number(r['duplicates']), failed: Number(r['failed']), rate: Number(r['rate']),
        etaSeconds: r['eta_seconds'] == null ? null : Number(r['eta_seconds']),
      } as IngestProgress;
    });
  }

  async bulkLoadEvents(rows: Iterable<BulkEventRow> | AsyncIterable<BulkEventRow>): Promise<number> {
    let n = 0;
    await this.db.tx(async (q) => {
      const now = new Date().toISOString();
      const ids = new Map<string, number>();
      let batch: BulkEventRow[] = [];
      const flush = async () => {
        const keys = batch.map((r) => mergeKey({ date: r.date, actor1Code: r.actor1Code, actor2Code: r.actor2Code, rootCode: r.rootCode, place: placeKey({ name: r.placeName, geonameId: r.geonameId }) }));
        const fresh = [...new Set(keys.filter((k) => !ids.has(k)))];
        for (let i = 0; i < fresh.length; i += 500) {
          const part = fresh.slice(i, i + 500);
          await q.run(`INSERT INTO merged_events (merge_key, date_added) VALUES ${part.map(() => '(?, ?)').join(', ')} ON CONFLICT (merge_key) DO NOTHING`, part.flatMap((k) => [k, now]));
          const got = await q.all<{ id: number; merge_key: string }>(`SELECT id, merge_key FROM merged_events WHERE merge_key IN (${part.map(() => '?').join(',')})`, part);
          for (const g of got) ids.set(g.merge_key, Number(g.id));
        }
        const values: Param[][] = batch.map((r, i) => [
          r.articleId, r.eventId, ids.get(keys[i]!)!, r.code, r.baseCode, r.rootCode, r.quadClass, r.goldstein, r.isRoot ? 1 : 0,
          r.actor1Code, r.actor1Country, r.actor1Name, r.actor2Code, r.actor2Country, r.actor2Name, r.date, weekOfSafe(r.date),
          r.placeName, r.geonameId, r.lat, r.lon, r.placeCountry, r.placeFeature, r.evidence, r.sentenceIndex, r.sentenceStart, r.sentenceEnd, r.verbStart,
          r.actor1Start, r.actor2Start, r.mentions, r.confidence, r.source, r.source, r.url, r.docLength, r.published, r.docTone,
          r.actor1Geo ? JSON.stringify(r.actor1Geo) : null, r.actor2Geo ? JSON.stringify(r.actor2Geo) : null,
        ]);
        await this.db.insertMany(q, 'events', EVENT_COLUMNS, values);
        n += batch.length;
        batch = [];
      };
      for await (const r of rows) {
        batch.push(r);
        if (batch.length >= 10_000) await flush();
      }
      if (batch.length) await flush();
    });
    // Fresh statistics so the planners pick the right index after a large load.
    await this.db.exec(this.kind === 'sqlite' ? 'PRAGMA analysis_limit = 1000; ANALYZE' : 'VACUUM ANALYZE events');
    return n;
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}

/** Splits a migration script into statements (our migrations hold no `;` inside literals). */
function splitSql(sql: string): string[] {
  return sql.split(/;\s*\n|;\s*$/).map((s) => s.trim()).filter((s) => s.length > 0);
}
