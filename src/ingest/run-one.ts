/** Extracts one ingest input: the library call plus the pass-through of a known title. */
import { extract } from '../index.js';
import type { ExtractResult, InputMeta } from '../core/types.js';
import { toErrorRecord } from '../core/errors.js';
import { extractArticle } from '../extract/index.js';
import type { IngestInput } from './inputs.js';

export type OneOutcome = { ok: true; result: ExtractResult & { id: string } } | { ok: false; error: { code: string; message: string } };

/**
 * The metadata to extract with: for fetched and archived pages (`fallbackDates`), a publication
 * date is given only when the page states none. Order: the page's own date, the feed item's date,
 * the date in the page's address, `--published`, then the server's (lastmod, Last-Modified, Date,
 * WARC-Date). Costs one or two extra reads of the page's markup (no language stages).
 */
export function settleMeta(input: IngestInput): InputMeta {
  const h = input.fallbackDates;
  const meta = input.meta;
  if (!h || meta.published) return meta;
  const format = meta.format ?? (/^\s*</.test(input.content) ? 'html' : 'text');
  const pageDate = (m: InputMeta): string | null => {
    try {
      return extractArticle(input.content, format, { ...m, published: null }).published;
    } catch {
      return null;
    }
  };
  if (h.item) return pageDate({ ...meta, url: null }) ? meta : { ...meta, published: h.item };
  if (pageDate(meta)) return meta;
  const last = h.given ?? h.server ?? null;
  return last ? { ...meta, published: last } : meta;
}

export function extractOne(input: IngestInput): OneOutcome {
  try {
    const r = extract(input.content, settleMeta(input));
    if (input.title && !r.article.title) r.article.title = input.title;
    return { ok: true, result: { ...r, id: input.id } };
  } catch (err) {
    return { ok: false, error: toErrorRecord(err) };
  }
}
