/**
 * The ingest loop: inputs → duplicate check (content hash) → extraction on the pool → store.
 * Bad inputs are counted with their reasons and the batch goes on.
 */
import type { Store } from '../store/store.js';
import type { IngestProgress } from '../store/types.js';
import { ExtractPool } from './pool.js';
import type { InputItem } from './inputs.js';

export interface IngestFailure {
  id: string;
  code: string;
  message: string;
}

export interface IngestSummary {
  /** Newly stored articles. */
  stored: number;
  /** Articles whose id existed with other content and were replaced. */
  updated: number;
  duplicates: number;
  failed: number;
  failures: IngestFailure[];
  events: number;
  seconds: number;
}

export interface IngestOptions {
  threads: number;
  /** Inputs expected in all (for the rate and ETA), if known. */
  total?: number | null;
  /** Called at most every `progressMs` and once at the end. */
  onProgress?: (p: IngestProgress) => void;
  progressMs?: number;
  /** A pool to use (and leave open) instead of a new one, e.g. one already warmed up. */
  pool?: ExtractPool;
  /** Keeps failure records up to this many (all are counted). */
  maxFailures?: number;
}

export async function ingest(items: AsyncIterable<InputItem>, store: Store, opts: IngestOptions): Promise<IngestSummary> {
  const pool = opts.pool ?? new ExtractPool(opts.threads);
  const started = Date.now();
  const s: IngestSummary = { stored: 0, updated: 0, duplicates: 0, failed: 0, failures: [], events: 0, seconds: 0 };
  const seen = new Set<string>();
  const inFlight = new Set<Promise<void>>();
  const maxInFlight = Math.max(2, opts.threads * 4);
  const id = `ingest-${started.toString(36)}-${process.pid}`;
  let lastReport = 0;

  const progress = (status: IngestProgress['status']): IngestProgress => {
    const processed = s.stored + s.updated + s.duplicates + s.failed;
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? processed / seconds : 0;
    // Feeds, sitemaps and WARC files hold more inputs than counted ahead: then no total is shown.
    const total = opts.total != null && processed <= opts.total ? opts.total : null;
    return {
      id, status, startedAt: new Date(started).toISOString(), updatedAt: new Date().toISOString(),
      total, processed, stored: s.stored + s.updated, duplicates: s.duplicates, failed: s.failed,
      rate: Math.round(rate * 10) / 10,
      etaSeconds: total !== null && rate > 0 ? Math.max(0, Math.round((total - processed) / rate)) : null,
    };
  };
  const report = (force = false) => {
    if (!opts.onProgress) return;
    const now = Date.now();
    if (!force && now - lastReport < (opts.progressMs ?? 1000)) return;
    lastReport = now;
    opts.onProgress(progress('running'));
  };
  const fail = (f: IngestFailure) => {
    s.failed++;
    if (s.failures.length < (opts.maxFailures ?? 1000)) s.failures.push(f);
  };

  try {
    for await (const item of items) {
      if ('error' in item) {
        fail(item.error);
        report();
        continue;
      }
      const input = item.input;
      if (seen.has(input.contentHash) || (await store.findByHash(input.contentHash)) !== null) {
        s.duplicates++;
        report();
        continue;
      }
      seen.add(input.contentHash);
      const task = (async () => {
        const out = await pool.extract(input);
        if (!out.ok) return fail({ id: input.id, ...out.error });
        try {
          const put = await store.putResult(out.result, { contentHash: input.contentHash, raw: input.content, rawFormat: input.meta.format ?? 'text' });
          if (put.status === 'duplicate') s.duplicates++;
          else {
            s[put.status === 'inserted' ? 'stored' : 'updated']++;
            s.events += out.result.events.length;
          }
        } catch (err) {
          fail({ id: input.id, code: (err as { code?: string }).code ?? 'STORE_ERROR', message: (err as Error).message });
        }
      })().finally(() => {
        inFlight.delete(task);
        report();
      });
      inFlight.add(task);
      if (inFlight.size >= maxInFlight) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    if (!opts.pool) await pool.close();
  }
  s.seconds = (Date.now() - started) / 1000;
  opts.onProgress?.(progress('done'));
  return s;
}
