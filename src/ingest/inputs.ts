/**
 * What `sitrep ingest` reads: files (`.txt`, `.html`, `.htm`), folders (searched recursively for
 * those and `.jsonl`, `.urls`, `.warc`, `.warc.gz`, `.rss`, `.atom`), glob patterns
 * (`data/**\/*.html`), JSON-lines files of `{id, text|html, published?, url?, title?}` records,
 * `http(s)://` arguments and URL lists (`.urls`, or a `.txt` whose lines are all URLs) fetched
 * over HTTP (pages, RSS/Atom feeds, sitemaps: `remote.ts`), feed/sitemap files (`.rss`, `.atom`,
 * `.xml`) and WARC files (`warc.ts`). Yields one input or one error at a time.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { createHash } from 'node:crypto';
import type { InputMeta } from '../core/types.js';
import { toErrorRecord } from '../core/errors.js';
import { readJsonlRecords, recordToInput } from '../cli/jsonl-input.js';
import { normalizePublished } from './dates.js';
import { Fetcher, type FetchOptions } from './fetch.js';
import { FEED_EXT, URL_LIST_EXT, URL_RE, feedFileJobs, fetchJobs, fromArray, looksLikeUrlList, urlListJobs, type UrlJob } from './remote.js';
import { WARC_EXT, readWarc } from './warc.js';

export interface IngestInput {
  id: string;
  content: string;
  meta: InputMeta;
  /** A title known apart from the page (JSONL `title`), passed through to the article. */
  title: string | null;
  contentHash: string;
  /**
   * Publication dates to use only when the page states none (fetched and archived pages), best
   * first: the feed item's date, the page's own address (read by the extract stage), `given`
   * (`--published`), then `server` (sitemap lastmod, HTTP Last-Modified/Date, WARC-Date).
   */
  fallbackDates?: { item?: string | null; given?: string | null; server?: string | null };
}
export type InputItem = { input: IngestInput } | { error: { id: string; code: string; message: string } };

const PAGE_EXT = /\.(txt|html?)$/i;
/** Other files a folder walk picks up. */
const WALK_EXT = /\.(jsonl|urls|warc|warc\.gz|rss|atom)$/i;

export function contentHash(content: string): string {
  return createHash('sha256').update(content).digest('hex');
}

/** A glob pattern (`*`, `**`, `?`) → a RegExp over `/`-separated paths. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function walk(dir: string, out: string[]): void {
  for (const ent of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = join(dir, ent.name);
    if (ent.isDirectory()) walk(p, out);
    else if (ent.isFile()) out.push(p);
  }
}

/** Expands command-line arguments into the list of files to read, in a stable order. */
export function expandArgs(args: string[]): { files: string[]; errors: Array<{ id: string; code: string; message: string }> } {
  const files: string[] = [];
  const errors: Array<{ id: string; code: string; message: string }> = [];
  for (const arg of args) {
    if (URL_RE.test(arg)) {
      files.push(arg);
      continue;
    }
    if (/[*?]/.test(arg)) {
      const firstMagic = arg.search(/[*?]/);
      const base = arg.slice(0, arg.lastIndexOf('/', firstMagic) + 1) || '.';
      const re = globToRegExp(arg.replace(/^\.\//, ''));
      const found: string[] = [];
      try {
        walk(base, found);
      } catch (err) {
        errors.push({ id: arg, ...toErrorRecord(err) });
        continue;
      }
      const hits = found.filter((f) => re.test(f.split(sep).join('/').replace(/^\.\//, '')));
      if (hits.length === 0) errors.push({ id: arg, code: 'NOT_FOUND', message: `no file matches ${arg}` });
      files.push(...hits);
      continue;
    }
    try {
      if (statSync(arg).isDirectory()) {
        const found: string[] = [];
        walk(arg, found);
        files.push(...found.filter((f) => PAGE_EXT.test(f) || WALK_EXT.test(f)));
      } else files.push(arg);
    } catch (err) {
      errors.push({ id: arg, ...toErrorRecord(err) });
    }
  }
  return { files, errors };
}

/** Prepends a JSONL title to the text unless the text already starts with it. */
export function withTitle(text: string, title: string | null): string {
  if (!title || text.trimStart().startsWith(title.trim())) return text;
  return `${title.trim()}\n\n${text}`;
}

/** Every input of the given arguments, one at a time (JSONL files are streamed). */
export async function* readInputs(
  args: string[],
  defaults: { published?: string | null; url?: string | null; fetch?: FetchOptions } = {},
): AsyncGenerator<InputItem> {
  const { files, errors } = expandArgs(args);
  for (const e of errors) yield { error: e };
  let fetcher: Fetcher | null = null;
  const remote = (jobs: AsyncIterable<UrlJob | InputItem>) => fetchJobs(jobs, (fetcher ??= new Fetcher(defaults.fetch)), defaults.published ?? null);
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!;
    if (URL_RE.test(file)) {
      // Consecutive URL arguments are fetched together (in parallel across hosts).
      const urls: UrlJob[] = [{ url: file, level: 'top' }];
      while (i + 1 < files.length && URL_RE.test(files[i + 1]!)) urls.push({ url: files[++i]!, level: 'top' });
      yield* remote(fromArray(urls));
      continue;
    }
    if (URL_LIST_EXT.test(file) || (/\.txt$/i.test(file) && looksLikeUrlList(file))) {
      yield* remote(urlListJobs(file));
      continue;
    }
    if (WARC_EXT.test(file)) {
      yield* readWarc(file, undefined, defaults.published ?? null);
      continue;
    }
    if (FEED_EXT.test(file)) {
      let jobs: UrlJob[] | null;
      try {
        jobs = feedFileJobs(file);
      } catch (err) {
        yield { error: { id: file, ...toErrorRecord(err) } };
        continue;
      }
      if (jobs !== null) {
        yield* remote(fromArray(jobs));
        continue;
      }
    }
    if (file.endsWith('.jsonl')) {
      for await (const item of readJsonlRecords(file)) {
        if ('error' in item) {
          yield { error: { id: `${file}:${item.error.id}`, ...item.error.error } };
          continue;
        }
        try {
          // Feeds write dates in many ways; the pipeline wants YYYY-MM-DD. An unreadable date is dropped, not fatal.
          const pub = item.record['published'];
          const record = typeof pub === 'string' ? { ...item.record, published: normalizePublished(pub) } : item.record;
          const { content, meta } = recordToInput(record);
          const t = item.record['title'];
          const title = typeof t === 'string' && t.trim() !== '' ? t.trim() : null;
          const body = meta.format === 'html' ? content : withTitle(content, title);
          yield { input: { id: meta.id!, content: body, meta, title, contentHash: contentHash(body) } };
        } catch (err) {
          yield { error: { id: `${file}:${String(item.record['id'] ?? '?')}`, ...toErrorRecord(err) } };
        }
      }
      continue;
    }
    try {
      const content = readFileSync(file, 'utf8');
      const meta: InputMeta = {
        id: relative('.', file).startsWith('..') ? file : relative('.', file) || file,
        published: defaults.published ?? null,
        url: defaults.url ?? null,
        ...(/\.html?$/i.test(file) ? { format: 'html' as const } : { format: 'text' as const }),
      };
      yield { input: { id: meta.id!, content, meta, title: null, contentHash: contentHash(content) } };
    } catch (err) {
      yield { error: { id: file, ...toErrorRecord(err) } };
    }
  }
}
