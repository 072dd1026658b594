/**
 * Extract stage: raw page (scraped text or HTML, as bytes or string) → `Article`.
 * OWNER: extraction work (issue 3). Signature is a contract used by src/core/pipeline.ts.
 */
import type { Article, InputMeta } from '../core/types.js';

/** Decodes bytes (BOM, meta charset, legacy encodings) and rejects binary input with a SitrepError. */
export function decodeInput(bytes: Uint8Array, meta: InputMeta = {}): { content: string; format: 'text' | 'html' } {
  const content = new TextDecoder('utf-8').decode(bytes);
  return { content, format: meta.format ?? (/^\s*</.test(content) ? 'html' : 'text') };
}

/** Builds the clean article from decoded content. */
export function extractArticle(content: string, format: 'text' | 'html', meta: InputMeta = {}): Article {
  const text = content.trim();
  return {
    title: null, published: meta.published ?? null, url: meta.url ?? null, byline: null, language: 'en', site: null,
    text, caption: null, credits: [], paragraphs: [{ start: 0, end: text.length }], dateline: null,
  };
}
