/**
 * Remote inputs: URLs (command-line arguments and URL-list files), feeds and sitemaps (fetched or
 * local files). A top-level URL that turns out to be an RSS/Atom feed or a sitemap is expanded to
 * the pages it lists (a sitemap index one level deep); every listed page must be HTML. Fetches run
 * a bounded window ahead of the consumer (different hosts in parallel, one at a time per host)
 * and inputs come out in list order.
 */
import { SitrepError, toErrorRecord } from '../core/errors.js';
import { closeSync, createReadStream, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { MAX_INPUT_BYTES } from '../core/pipeline.js';
import { createInterface } from 'node:readline';
import { Fetcher, decodePage, isHtml, isXml, xmlText } from './fetch.js';
import { parseFeed, type FeedEntry } from './feeds.js';
import { contentHash, type InputItem } from './inputs.js';
import { normalizeFeedDate } from './feeds.js';

export const URL_RE = /^https?:\/\/\S+$/i;
export const URL_LIST_EXT = /\.urls$/i;
export const FEED_EXT = /\.(rss|atom|xml)(\.gz)?$/i;

/** One page or document to fetch. */
export interface UrlJob {
  url: string;
  /** `top`: a page, feed or sitemap; `sitemap`: a feed or urlset (from an index); `page`: HTML only. */
  level: 'top' | 'sitemap' | 'page';
  /** Date the listing states for the page (feed item), and a weaker one (sitemap lastmod). */
  itemDate?: string | null;
  modified?: string | null;
  title?: string | null;
}

interface JobResult {
  items: InputItem[];
  more: UrlJob[];
}

/** The jobs a feed or sitemap document lists. */
export function feedJobs(xml: string, base: string | null, level: UrlJob['level']): UrlJob[] {
  const doc = parseFeed(xml, base);
  if (doc.kind === 'sitemapindex') {
    if (level !== 'top') throw new SitrepError('BAD_FEED', 'a sitemap index inside a sitemap index (only one level is followed)');
    return doc.sitemaps.map((s) => ({ url: s.url, level: 'sitemap' as const }));
  }
  return doc.entries.map((e: FeedEntry) => ({ url: e.url, level: 'page' as const, itemDate: e.published, modified: e.modified, title: e.title }));
}

/** Fetches one job: a page becomes an input; a feed or sitemap becomes more jobs. */
async function runJob(job: UrlJob, fetcher: Fetcher, published: string | null): Promise<JobResult> {
  try {
    const accept = job.level === 'page' ? undefined : 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5';
    const got = await fetcher.get(job.url, accept);
    if (job.level !== 'page' && (job.level === 'sitemap' || !isHtml(got.contentType, got.body)) && isXml(got.contentType, got.body)) {
      return { items: [], more: feedJobs(xmlText(got.body, fetcher.maxBytes), got.url, job.level) };
    }
    if (job.level === 'sitemap') throw new SitrepError('BAD_FEED', `${got.url} (listed in a sitemap index) is ${got.contentType || 'of no stated type'}, not a sitemap`);
    if (!isHtml(got.contentType, got.body)) {
      throw new SitrepError('NOT_HTML', `${got.url} is ${got.contentType || 'of no stated type'}, not an HTML page${job.level === 'top' ? ', feed or sitemap' : ''}`);
    }
    const content = decodePage(got.body, got.charset);
    const server = [job.modified, got.lastModified, got.date].map((d) => (d ? normalizeFeedDate(d) : null)).find((d) => !!d) ?? null;
    const meta = { id: got.url, url: got.url, published: null, format: 'html' as const };
    const title = job.title?.trim() ? job.title.trim() : null;
    return {
      items: [{ input: { id: got.url, content, meta, title, contentHash: contentHash(content), fallbackDates: { item: job.itemDate ?? null, given: published, server } } }],
      more: [],
    };
  } catch (err) {
    return { items: [{ error: { id: job.url, ...toErrorRecord(err) } }], more: [] };
  }
}

/**
 * Runs jobs with up to `fetcher.concurrency` in flight, yielding inputs in job order; jobs a feed
 * or sitemap lists are queued after the ones already known.
 */
export async function* fetchJobs(jobs: AsyncIterable<UrlJob | InputItem>, fetcher: Fetcher, published: string | null = null): AsyncGenerator<InputItem> {
  const it = jobs[Symbol.asyncIterator]();
  const pending: UrlJob[] = [];
  let head = 0;
  let srcDone = false;
  const window: Array<Promise<JobResult>> = [];
  const nextJob = async (): Promise<UrlJob | InputItem | undefined> => {
    if (head < pending.length) {
      const j = pending[head++]!;
      if (head > 1024 && head * 2 > pending.length) pending.splice(0, head), (head = 0);
      return j;
    }
    if (srcDone) return undefined;
    const r = await it.next();
    if (r.done) {
      srcDone = true;
      return undefined;
    }
    return r.value;
  };
  for (;;) {
    while (window.length < fetcher.concurrency) {
      const j = await nextJob();
      if (j === undefined) break;
      window.push('url' in j ? runJob(j, fetcher, published) : Promise.resolve({ items: [j], more: [] }));
    }
    const first = window.shift();
    if (!first) return;
    const r = await first;
    pending.push(...r.more);
    yield* r.items;
  }
}

/** The lines of a URL list (`#` comments and blank lines skipped); a bad line is a failure. */
export async function* urlListJobs(file: string): AsyncGenerator<UrlJob | InputItem> {
  let n = 0;
  try {
    const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
    for await (const raw of lines) {
      n++;
      const line = raw.trim();
      if (line === '' || line.startsWith('#')) continue;
      if (URL_RE.test(line)) yield { url: line, level: 'top' };
      else yield { error: { id: `${file}:${n}`, code: 'BAD_URL', message: `line ${n} is not an http(s) URL: ${line.slice(0, 80)}` } };
    }
  } catch (err) {
    yield { error: { id: n > 0 ? `${file}:${n}` : file, ...toErrorRecord(err) } };
  }
}

/** True when a `.txt` file is a URL list: its first lines (up to 64 KB) are all http(s) URLs. */
export function looksLikeUrlList(file: string): boolean {
  let head: string;
  try {
    const fd = openSync(file, 'r');
    const buf = Buffer.alloc(65536);
    let n: number;
    try {
      n = readSync(fd, buf, 0, buf.length, 0);
    } finally {
      closeSync(fd);
    }
    head = buf.subarray(0, n).toString('utf8');
    if (n === buf.length) head = head.slice(0, head.lastIndexOf('\n') + 1);
  } catch {
    return false;
  }
  const lines = head.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
  return lines.length > 0 && lines.every((l) => URL_RE.test(l));
}

/** The jobs of a local feed or sitemap file; null when the file is XML of another kind. */
export function feedFileJobs(file: string): UrlJob[] | null {
  const size = statSync(file).size;
  if (size > MAX_INPUT_BYTES) throw new SitrepError('INPUT_TOO_LARGE', `${file} is ${(size / 1048576).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB`);
  const text = xmlText(readFileSync(file));
  try {
    return feedJobs(text, null, 'top');
  } catch (err) {
    if (err instanceof SitrepError && err.code === 'BAD_FEED' && /\.xml$/i.test(file)) return null; // other XML: read as a page, as before
    throw err;
  }
}

async function* fromArray<T>(xs: T[]): AsyncGenerator<T> {
  yield* xs;
}
export { fromArray };
