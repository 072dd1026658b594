/**
 * `sitrep reprocess [--db sitrep.db] [--threads N]`: runs the current pipeline again on every stored
 * article whose pipeline version is older, from the input kept at ingest, and replaces its rows.
 */
import { availableParallelism } from 'node:os';
import { parseCommandArgs } from '../args.js';
import { openStore, type Store } from '../../store/store.js';
import { PIPELINE_VERSION } from '../../core/version.js';
import { ExtractPool } from '../../ingest/pool.js';
import type { IngestInput } from '../../ingest/inputs.js';

export const summary = 'run the current pipeline again on stored articles from an older pipeline version';

export interface ReprocessSummary {
  reprocessed: number;
  failed: Array<{ id: string; code: string; message: string }>;
}

export async function reprocess(store: Store, threads: number): Promise<ReprocessSummary> {
  const pool = new ExtractPool(threads);
  const out: ReprocessSummary = { reprocessed: 0, failed: [] };
  // Collect first: rewriting rows while paging through the same table would skip some.
  const stale = [];
  for await (const s of store.staleInputs(PIPELINE_VERSION)) stale.push(s);
  try {
    await Promise.all(
      stale.map(async (s) => {
        const input: IngestInput = { id: s.id, content: s.raw, meta: { id: s.id, published: s.published, url: s.url, format: s.format }, title: s.title, contentHash: s.contentHash };
        const r = await pool.extract(input);
        if (!r.ok) return void out.failed.push({ id: s.id, ...r.error });
        // The same content hash belongs to this very article: drop it first so the put is not a duplicate.
        await store.putResult(r.result, { contentHash: s.contentHash, raw: s.raw, rawFormat: s.format, replace: true });
        out.reprocessed++;
      }),
    );
  } finally {
    await pool.close();
  }
  return out;
}

export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(argv, {
    name: 'reprocess',
    help: 'usage: sitrep reprocess [--db sitrep.db] [--threads N]\n',
    options: { db: { type: 'string', default: 'sitrep.db' }, threads: { type: 'string' } },
  });
  if (typeof parsed === 'number') return parsed;
  const threads = parsed.values.threads ? Number(parsed.values.threads) : availableParallelism();
  const store = await openStore(parsed.values.db);
  try {
    const s = await reprocess(store, threads);
    process.stdout.write(`reprocessed ${s.reprocessed} articles to pipeline ${PIPELINE_VERSION}; ${s.failed.length} failed\n`);
    for (const f of s.failed.slice(0, 20)) process.stdout.write(`  ${f.id}: ${f.code}: ${f.message}\n`);
    return s.failed.length > 0 ? 1 : 0;
  } finally {
    await store.close();
  }
}
