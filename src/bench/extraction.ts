/**
 * `sitrep bench extraction [--data DIR] [--jsdom] [--limit N] [--pages] [--meta]`
 *
 * Article-extraction benchmark (Zyte, development half: `../shared/data/extraction`). Runs sitrep
 * and @mozilla/readability on linkedom (and on jsdom with `--jsdom`), each in a child process,
 * and prints F1 / precision / recall (the benchmark's shingle metric), pages per second and
 * peak memory. `--pages` lists the worst pages of sitrep; `--meta` lists sitrep's title and
 * publication date per page, for checking by hand.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACKAGE_ROOT } from '../core/data-dir.js';
import { aggregate, scorePage, type PageScore } from './shingles.js';

interface ChildOutput {
  name: string;
  seconds: number;
  cpuSeconds: number;
  parseCpuSeconds: number | null;
  peakRssMb: number;
  results: Array<{ id: string; text: string; title: string | null; published: string | null; error?: string }>;
}

function runChild(name: string, dir: string, limit: number): ChildOutput {
  const self = fileURLToPath(import.meta.url);
  const child = self.replace(/extraction\.(ts|js)$/, 'extraction-child.$1');
  const out = execFileSync(process.execPath, [...process.execArgv, child, name, dir, String(limit)], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.trim().split('\n').pop()!) as ChildOutput;
}

const fmt = (x: number) => x.toFixed(3);

export async function run(argv: string[]): Promise<number> {
  const di = argv.indexOf('--data');
  const shared = process.env['SITREP_SHARED'] ?? resolve(PACKAGE_ROOT, '..', 'shared');
  const dir = di >= 0 ? argv[di + 1]! : join(shared, 'data', 'extraction');
  const li = argv.indexOf('--limit');
  const limit = li >= 0 ? Math.max(1, Number(argv[li + 1])) : 100000;
  if (!existsSync(join(dir, 'ground-truth.json'))) {
    process.stderr.write(`sitrep bench extraction: no ground-truth.json in ${dir} (use --data DIR or set SITREP_SHARED)\n`);
    return 2;
  }
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  const names = ['sitrep', 'readability-linkedom', ...(argv.includes('--jsdom') ? ['readability-jsdom'] : [])];
  const rows: string[] = [];
  let sitrepScores: Array<{ id: string; s: PageScore }> = [];
  let sitrepOut: ChildOutput | null = null;
  for (const name of names) {
    const out = runChild(name, dir, limit);
    const scores = out.results.map((r) => ({ id: r.id, s: scorePage(truth[r.id]!.articleBody, r.text) }));
    const agg = aggregate(scores.map((x) => x.s));
    const errors = out.results.filter((r) => r.error).length;
    rows.push(
      `${name.padEnd(22)} F1 ${fmt(agg.f1)}  P ${fmt(agg.precision)}  R ${fmt(agg.recall)}  ` +
        `${(out.results.length / out.seconds).toFixed(1).padStart(6)} pages/s wall, ${(out.results.length / out.cpuSeconds).toFixed(1).padStart(6)} pages/s CPU  ` +
        `peak RSS ${out.peakRssMb.toFixed(0)} MB` +
        (errors ? `  (${errors} errors)` : ''),
    );
    if (name === 'sitrep') (sitrepScores = scores), (sitrepOut = out);
  }
  process.stdout.write(`${dir}: ${sitrepScores.length} pages (one process each, extraction only, pages decoded before timing; 'CPU' = pages per CPU-second)\n`);
  process.stdout.write(rows.join('\n') + '\n');
  if (sitrepOut?.parseCpuSeconds) {
    const o = sitrepOut as ChildOutput;
    process.stdout.write(
      `sitrep HTML parsing alone (htmlparser2 tokenizer + own tree builder): ${(o.results.length / o.parseCpuSeconds!).toFixed(0)} pages/s CPU, ` +
        `${((100 * o.parseCpuSeconds!) / o.cpuSeconds).toFixed(0)}% of extraction time\n`,
    );
  }
  if (argv.includes('--pages')) {
    const worst = [...sitrepScores].sort((a, b) => a.s.precision + a.s.recall - (b.s.precision + b.s.recall)).slice(0, 20);
    for (const w of worst) process.stdout.write(`  ${w.id.slice(0, 12)}  P ${fmt(w.s.precision)}  R ${fmt(w.s.recall)}  ${truth[w.id]!.url}\n`);
  }
  if (argv.includes('--meta') && sitrepOut) {
    for (const r of sitrepOut.results) process.stdout.write(`  ${r.id.slice(0, 12)}  ${r.published ?? '-'}  ${r.title ?? '-'}  ${truth[r.id]!.url}\n`);
  }
  return 0;
}
