/**
 * Extract stage: raw page (scraped text or HTML, as bytes or string) → `Article`.
 * Signature is a contract used by src/core/pipeline.ts.
 *
 * Precedence of metadata: what the caller gives in `meta` (published, url) wins over what the
 * page states; the page's value fills in when the caller gives none.
 */
import type { Article, InputMeta } from '../core/types.js';
import { assemble } from './assemble.js';
import { decodeBytes } from './decode.js';
import { extractHtmlParts } from './html/article.js';
import { extractTextParts } from './text/article.js';

export { guessFormat } from './decode.js';
export { parseCredits } from './credits.js';
export { findDateline } from './dateline.js';
export { parseDate } from './dates.js';

/** Decodes bytes (BOM, meta charset, legacy encodings) and rejects binary input with a SitrepError. */
export function decodeInput(bytes: Uint8Array, meta: InputMeta = {}): { content: string; format: 'text' | 'html' } {
  const { content, format } = decodeBytes(bytes, meta);
  return { content, format };
}

/** Builds the clean article from decoded content. */
export function extractArticle(content: string, format: 'text' | 'html', meta: InputMeta = {}): Article {
  const parts = format === 'html' ? extractHtmlParts(content, meta) : extractTextParts(content, meta);
  return assemble(parts, meta);
}
