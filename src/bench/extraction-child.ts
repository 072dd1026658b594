/**
 * One extractor over the extraction benchmark pages, in a process of its own so its peak memory
 * is its own. Prints one JSON line: per-page texts, seconds, peak RSS.
 * Usage (internal): node extraction-child.js <sitrep|readability-linkedom|readability-jsdom> <data-dir> [limit]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const WARMUP_PAGES = 5;

type Extractor = (html: string, url: string) => { text: string; title: string | null; published: string | null };

async function loadExtractor(name: string): Promise<Extractor> {
  if (name === 'sitrep') {
    const { extractArticle } = await import('../extract/index.js');
    return (html, url) => {
      const a = extractArticle(html, 'html', { url });
      return { text: a.text, title: a.title, published: a.published };
    };
  }
  const { Readability } = await import('@mozilla/readability');
  if (name === 'readability-linkedom') {
    const { parseHTML } = await import('linkedom');
    return (html) => {
      const { document } = parseHTML(html);
      const r = new Readability(document as unknown as Document).parse();
      return { text: r?.textContent ?? '', title: r?.title ?? null, published: r?.publishedTime ?? null };
    };
  }
  if (name === 'readability-jsdom') {
    const { JSDOM, VirtualConsole } = await import('jsdom');
    return (html, url) => {
      // A silent console: jsdom otherwise prints every stylesheet it cannot parse.
      const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
      const r = new Readability(dom.window.document).parse();
      dom.window.close();
      return { text: r?.textContent ?? '', title: r?.title ?? null, published: r?.publishedTime ?? null };
    };
  }
  throw new Error(`unknown extractor ${name}`);
}

export async function runChild(name: string, dir: string, limit: number): Promise<void> {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
  const ids = readdirSync(join(dir, 'html'))
    .filter((f) => f.endsWith('.html.gz'))
    .map((f) => f.replace(/\.html\.gz$/, ''))
    .filter((id) => truth[id])
    .sort()
    .slice(0, limit);
  // Pages are read and decoded before the clock starts: the benchmark times extraction only.
  const { decodeInput } = await import('../extract/index.js');
  const pages = ids.map((id) => {
    const bytes = gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`)));
    return { id, url: truth[id]!.url, html: decodeInput(new Uint8Array(bytes), { format: 'html' }).content };
  });
  const extract = await loadExtractor(name);
  // Warm-up on the first pages (not timed), so the JIT has compiled each extractor's hot paths.
  for (const p of pages.slice(0, WARMUP_PAGES)) {
    try {
      extract(p.html, p.url);
    } catch {
      // counted in the timed pass
    }
  }
  const results: Array<{ id: string; text: string; title: string | null; published: string | null; error?: string }> = [];
  const t0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  for (const p of pages) {
    try {
      results.push({ id: p.id, ...extract(p.html, p.url) });
    } catch (err) {
      results.push({ id: p.id, text: '', title: null, published: null, error: String(err) });
    }
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  // sitrep only: the share of the time spent tokenising and building the tree.
  let parseCpuSeconds: number | null = null;
  if (name === 'sitrep') {
    const { parseHtml } = await import('../extract/html/parse.js');
    const c0 = process.cpuUsage();
    for (const p of pages) parseHtml(p.html);
    const c = process.cpuUsage(c0);
    parseCpuSeconds = (c.user + c.system) / 1e6;
  }
  process.stdout.write(JSON.stringify({ name, seconds, cpuSeconds, parseCpuSeconds, peakRssMb, results }) + '\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [name, dir, limit] = process.argv.slice(2);
  runChild(name!, dir!, limit ? Number(limit) : Infinity).catch((err) => {
    process.stderr.write(String(err?.stack ?? err) + '\n');
    process.exitCode = 1;
  });
}
