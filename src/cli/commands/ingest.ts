/**
 * `sitrep ingest FILE|DIR|GLOB|FILE.jsonl|URL|FILE.urls|FEED|SITEMAP|FILE.warc.gz... [--db sitrep.db] [--threads N]`
 * `sitrep ingest ... --queue redis://… --db postgres://…` (enqueue for `sitrep worker`)
 *
 * Extracts every input and stores the result; idempotent by content hash. Bad inputs are reported
 * and counted; the batch goes on. Exit code 1 when any input failed.
 */
import { availableParallelism } from 'node:os';
import { parseCommandArgs } from '../args.js';
import { openStore } from '../../store/store.js';
import { readInputs } from '../../ingest/inputs.js';
import { countInputs } from '../../ingest/count.js';
import { ingest } from '../../ingest/ingest.js';
import { progressLine, summaryText } from '../../ingest/report.js';

export const summary = 'extract pages and store the results (idempotent; --threads, --queue)';

const HELP = `usage: sitrep ingest [options] FILE|DIR|GLOB|FILE.jsonl|URL|FILE.urls|FEED|SITEMAP|FILE.warc[.gz]...
  URLs (http(s)://…, or listed one a line in a .urls/.txt file) are fetched; a URL or file that is
  an RSS/Atom feed or a sitemap is expanded to its pages; WARC files give their HTML responses.
  --db PATH|URL        SQLite file (default sitrep.db) or postgres://…
  --threads N          extraction threads (default: number of cores)
  --published DATE     publication date for pages that do not state it
  --url URL            the page's address (single page)
  --queue redis://…    enqueue the inputs for \`sitrep worker\` instead of extracting here
  --json               print the summary as JSON
  --fetch-timeout MS   per HTTP request (default 30000)
  --fetch-delay MS     pause between two requests to the same host (default 500)
  --fetch-concurrency N  requests in flight over all hosts, one per host (default 8)
  --fetch-retries N    further tries after no answer, a timeout, HTTP 429 or 5xx (default 2)
  --ignore-robots      do not read robots.txt (only for sites you may crawl regardless)
`;

export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(argv, {
    name: 'ingest',
    help: HELP,
    minPositionals: 1,
    options: {
      db: { type: 'string', default: 'sitrep.db' },
      threads: { type: 'string' },
      published: { type: 'string' },
      url: { type: 'string' },
      queue: { type: 'string' },
      json: { type: 'boolean' },
      'fetch-timeout': { type: 'string' },
      'fetch-delay': { type: 'string' },
      'fetch-concurrency': { type: 'string' },
      'fetch-retries': { type: 'string' },
      'ignore-robots': { type: 'boolean' },
    },
  });
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const threads = values.threads !== undefined ? Number(values.threads) : availableParallelism();
  if (!Number.isInteger(threads) || threads < 1) {
    process.stderr.write(`sitrep ingest: --threads must be a positive integer\n`);
    return 2;
  }
  const fetchNum = (name: 'fetch-timeout' | 'fetch-delay' | 'fetch-concurrency' | 'fetch-retries', min: number): number | undefined | null => {
    const v = values[name];
    if (v === undefined) return undefined;
    const n = Number(v);
    return Number.isInteger(n) && n >= min ? n : null;
  };
  const fetch = {
    timeoutMs: fetchNum('fetch-timeout', 1), delayMs: fetchNum('fetch-delay', 0), concurrency: fetchNum('fetch-concurrency', 1), retries: fetchNum('fetch-retries', 0),
  };
  const flagOf = { timeoutMs: 'fetch-timeout', delayMs: 'fetch-delay', concurrency: 'fetch-concurrency', retries: 'fetch-retries' } as const;
  for (const [k, v] of Object.entries(fetch)) {
    if (v === null) {
      const nonNegative = k === 'delayMs' || k === 'retries';
      process.stderr.write(`sitrep ingest: --${flagOf[k as keyof typeof flagOf]} must be a ${nonNegative ? 'non-negative' : 'positive'} integer\n`);
      return 2;
    }
  }
  const fetchOptions = {
    timeoutMs: fetch.timeoutMs ?? undefined, delayMs: fetch.delayMs ?? undefined, concurrency: fetch.concurrency ?? undefined,
    retries: fetch.retries ?? undefined, respectRobots: !values['ignore-robots'],
  };
  if (values.queue) {
    const { enqueueInputs } = await import('../../queue/queue.js');
    const n = await enqueueInputs(values.queue, values.db!, readInputs(positionals, { published: values.published ?? null, url: values.url ?? null, fetch: fetchOptions }));
    process.stdout.write(`enqueued ${n.enqueued} inputs (${n.failed} unreadable) on ${values.queue}; run \`sitrep worker --queue ${values.queue} --db ${values.db}\`\n`);
    for (const f of n.failures.slice(0, 20)) process.stdout.write(`  ${f.id}: ${f.code}: ${f.message}\n`);
    return n.failed > 0 ? 1 : 0;
  }

  const store = await openStore(values.db);
  const tty = process.stderr.isTTY;
  try {
    const total = await countInputs(positionals);
    const items = readInputs(positionals, { published: values.published ?? null, url: values.url ?? null, fetch: fetchOptions });
    let lastRecord = 0;
    const s = await ingest(items, store, {
      threads,
      total,
      progressMs: 500,
      onProgress: (p) => {
        if (tty) process.stderr.write(`\r\x1b[K${progressLine(p)}`);
        const now = Date.now();
        if (p.status !== 'running' || now - lastRecord > 2000) {
          lastRecord = now;
          store.recordIngest(p).catch(() => undefined);
        }
      },
    });
    if (tty) process.stderr.write('\n');
    process.stdout.write(values.json ? JSON.stringify(s) + '\n' : summaryText(s) + '\n');
    return s.failed > 0 ? 1 : 0;
  } finally {
    await store.close();
  }
}
