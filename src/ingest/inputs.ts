/**
 * What `sitrep ingest` reads: files (`.txt`, `.html`, `.htm`), folders (searched recursively for
 * those and `.jsonl`), glob patterns (`data/**\/*.html`), and JSON-lines files of
 * `{id, text|html, published?, url?, title?}` records. Yields one input or one error at a time.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { createHash } from 'node:crypto';
import type { InputMeta } from '../core/types.js';
import { toErrorRecord } from '../core/errors.js';
import { readJsonlRecords, recordToInput } from '../cli/jsonl-input.js';
import { normalizePublished } from './dates.js';

export interface IngestInput {
  id: string;
  content: string;
  meta: InputMeta;
  /** A title known apart from the page (JSONL `title`), passed through to the article. */
  title: string | null;
  contentHash: string;
}
export type InputItem = { input: IngestInput } | { error: { id: string; code: string; message: string } };

const PAGE_EXT = /\.(txt|html?)$/i;

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
        files.push(...found.filter((f) => PAGE_EXT.test(f) || f.endsWith('.jsonl')));
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
export async function* readInputs(args: string[], defaults: { published?: string | null; url?: string | null } = {}): AsyncGenerator<InputItem> {
  const { files, errors } = expandArgs(args);
  for (const e of errors) yield { error: e };
  for (const file of files) {
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
