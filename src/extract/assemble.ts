/**
 * Builds the `Article` from settled paragraphs: joins them with a blank line, records each
 * paragraph's span, and places the dateline span inside the text.
 */
import type { Article, InputMeta, Span } from '../core/types.js';
import { findDateline } from './dateline.js';
import { guessLanguage } from './language.js';

export interface ArticleParts {
  paragraphs: string[];
  title: string | null;
  published: string | null;
  byline: string | null;
  language: string | null;
  site: string | null;
  url: string | null;
  caption: string | null;
  credits: string[];
}

/** How many leading paragraphs may hold the dateline. */
const DATELINE_WINDOW = 3;

/** Cleans one paragraph: collapses white space, removes control and zero-width characters. */
export function cleanParagraph(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000\r\n]+/g, ' ')
    .trim();
}

/** "https://www.example.com/x" → "example.com" (the site when nothing better is known). */
function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

export function assemble(parts: ArticleParts, meta: InputMeta): Article {
  const paragraphs = parts.paragraphs.map(cleanParagraph).filter((p) => p !== '');
  const spans: Span[] = [];
  let offset = 0;
  for (const p of paragraphs) {
    spans.push({ start: offset, end: offset + p.length });
    offset += p.length + 2;
  }
  const text = paragraphs.join('\n\n');
  let dateline: Article['dateline'] = null;
  let agency: string | null = null;
  for (let i = 0; i < Math.min(DATELINE_WINDOW, paragraphs.length); i++) {
    const d = findDateline(paragraphs[i]!);
    if (d) {
      agency = d.agency;
      if (d.place) dateline = { start: spans[i]!.start, end: spans[i]!.start + d.end, place: d.place };
      break;
    }
  }
  const credits = parts.credits.length > 0 ? parts.credits : agency ? [agency] : [];
  return {
    title: parts.title,
    // The caller's date wins: it is given to override or to fill in what the page lacks.
    published: meta.published ?? parts.published,
    url: meta.url ?? parts.url,
    byline: parts.byline,
    language: parts.language ?? guessLanguage(text),
    site: parts.site ?? hostOf(meta.url ?? parts.url),
    text,
    caption: parts.caption,
    credits: [...new Set(credits)],
    paragraphs: spans,
    dateline,
  };
}
