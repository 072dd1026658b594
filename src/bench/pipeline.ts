/**
 * `sitrep bench pipeline [FILE.jsonl] [--limit N] [--threads 1,2] [--json]`: articles per second end
 * to end (JSONL text → extract → events stored in a fresh SQLite store) with 1 and 2 threads, and
 * the time each pipeline stage takes (one thread, the same articles). Default input:
 * `../shared/data/bulk/news-text.jsonl`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { parseArgs } from 'node:util';
import { openStore } from '../store/store.js';
import { readInputs, type InputItem, type IngestInput } from '../ingest/inputs.js';
import { ingest } from '../ingest/ingest.js';
import { ExtractPool } from '../ingest/pool.js';
import { extractArticle } from '../extract/index.js';
import { segment } from '../nlp/segment.js';
import { findTimes } from '../time/index.js';
import { findAmounts } from '../amounts/index.js';
import { recognize } from '../nlp/ner/index.js';
import { resolveEntities } from '../nlp/entities/index.js';
import { resolvePlaces } from '../geo/index.js';
import { findQuotes } from '../quotes/index.js';
import { codeEvents } from '../events/index.js';
import { findFacts } from '../facts/index.js';
import { STAGES } from '../core/pipeline.js';
import { measureTone } from '../nlp/tone/index.js';
import type { StageName } from '../core/types.js';

async function* take(items: AsyncIterable<InputItem>, n: number): AsyncGenerator<InputItem> {
  if (n <= 0) return;
  let i = 0;
  for await (const it of items) {
    yield it;
    if (++i >= n) return;
  }
}

/** Runs the stages in `STAGES` order on one input, adding each stage's milliseconds to `ms`. */
function timedPipeline(input: IngestInput, ms: Map<StageName, number>): number {
  const t = (stage: StageName, start: number) => ms.set(stage, (ms.get(stage) ?? 0) + performance.now() - start);
  let s = performance.now();
  const article = extractArticle(input.content, input.meta.format ?? 'text', input.meta);
  t('extract', s);
  const text = article.text;
  s = performance.now();
  const seg = segment(text, article.paragraphs);
  t('segment', s);
  s = performance.now();
  const times = findTimes(text, seg, article.published);
  t('times', s);
  s = performance.now();
  const amounts = findAmounts(text, seg);
  t('amounts', s);
  s = performance.now();
  measureTone(text, seg);
  t('tone', s);
  s = performance.now();
  const named = recognize(text, seg);
  const entities = resolveEntities(article, seg, named);
  t('entities', s);
  s = performance.now();
  const places = resolvePlaces({ article, seg, named, entities });
  t('places', s);
  s = performance.now();
  const quotes = findQuotes({ article, seg, entities });
  t('quotes', s);
  s = performance.now();
  const eventsInput = { article, seg, entities, places, times, amounts, quotes };
  const events = codeEvents(eventsInput);
  t('events', s);
  s = performance.now();
  findFacts({ ...eventsInput, events });
  t('facts', s);
  return events.length;
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { limit: { type: 'string' }, threads: { type: 'string', default: '1,2' }, json: { type: 'boolean' } },
  });
  const file = positionals[0] ?? '../shared/data/bulk/news-text.jsonl';
  const limit = values.limit ? Number(values.limit) : Infinity;
  const threadList = values.threads!.split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
  const out: Record<string, unknown> = { file, limit: Number.isFinite(limit) ? limit : null };

  const runs: Array<Record<string, number>> = [];
  for (const threads of threadList) {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
    const store = await openStore(join(dir, 'bench.db'));
    const pool = new ExtractPool(threads);
    try {
      const tw = performance.now();
      await pool.warm();
      const warmSeconds = (performance.now() - tw) / 1000;
      const t0 = performance.now();
      const s = await ingest(take(readInputs([file]), limit), store, { threads, pool });
      const secs = (performance.now() - t0) / 1000;
      const stored = s.stored + s.updated;
      runs.push({ threads, articles: stored, failed: s.failed, duplicates: s.duplicates, events: s.events, seconds: Math.round(secs * 100) / 100, warmUpSeconds: Math.round(warmSeconds * 100) / 100, articlesPerSecond: Math.round((stored / secs) * 10) / 10 });
      if (!values.json) process.stderr.write(`threads ${threads}: ${stored} articles, ${s.events} events in ${secs.toFixed(1)}s = ${(stored / secs).toFixed(1)} articles/s\n`);
    } finally {
      await pool.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  out['endToEnd'] = runs;

  // Per-stage timing, one thread, the same inputs.
  const ms = new Map<StageName, number>();
  let n = 0;
  let events = 0;
  for await (const item of take(readInputs([file]), limit)) {
    if ('error' in item) continue;
    try {
      events += timedPipeline(item.input, ms);
      n++;
    } catch {
      /* inputs the pipeline rejects are counted by the end-to-end run */
    }
  }
  const total = [...ms.values()].reduce((a, b) => a + b, 0);
  out['stages'] = STAGES.map((st) => ({ stage: st, msPerArticle: Math.round(((ms.get(st) ?? 0) / Math.max(1, n)) * 1000) / 1000, share: Math.round(((ms.get(st) ?? 0) / total) * 1000) / 10 }));
  out['stageArticles'] = n;
  out['stageEvents'] = events;

  if (values.json) {
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
    return 0;
  }
  const lines = ['| threads | stored | duplicates | failed | events | warm-up s | seconds | articles/s |', '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'];
  for (const r of runs) lines.push(`| ${r['threads']} | ${r['articles']} | ${r['duplicates']} | ${r['failed']} | ${r['events']} | ${r['warmUpSeconds']} | ${r['seconds']} | ${r['articlesPerSecond']} |`);
  lines.push('', `per stage (1 thread, ${n} articles, pipeline only):`, '', '| stage | ms/article | share |', '| --- | ---: | ---: |');
  for (const s of out['stages'] as Array<{ stage: string; msPerArticle: number; share: number }>) lines.push(`| ${s.stage} | ${s.msPerArticle} | ${s.share}% |`);
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}
