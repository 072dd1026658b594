/** Builds the quotes stage's input from plain text (paragraphs separated by blank lines). */
import type { Article, Entity, Quote, Span } from '../../src/core/types.js';
import { segment } from '../../src/nlp/segment.js';
import { findQuotes } from '../../src/quotes/index.js';

export function paragraphs(text: string, separator: RegExp = /\n\s*\n/g): Span[] {
  const out: Span[] = [];
  let start = 0;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (const m of text.matchAll(separator)) {
    push(start, m.index!);
    start = m.index! + m[0].length;
  }
  push(start, text.length);
  return out;
}

export function articleOf(text: string, paras: Span[] = paragraphs(text)): Article {
  return {
    title: null, published: null, url: null, byline: null, language: 'en', site: null,
    text, caption: null, credits: [], paragraphs: paras, dateline: null,
  };
}

export function quotesOf(text: string, entities: Entity[] = [], paras?: Span[]): Quote[] {
  const article = articleOf(text, paras);
  return findQuotes({ article, seg: segment(text, article.paragraphs), entities });
}

/** The attribution scope (beliefs, intentions and stances too, as PolNeAR annotates), no entities. */
export function broad(text: string): Quote[] {
  const article = articleOf(text);
  return findQuotes({ article, seg: segment(text, article.paragraphs), entities: [], scope: 'attribution' });
}

/** The quote whose content starts with `prefix`; fails the test naming the prefix when there is none. */
export function starting(qs: Quote[], prefix: string): Quote {
  const q = qs.find((x) => x.text.startsWith(prefix));
  if (!q) throw new Error(`no quote starting "${prefix}" in ${show(qs)}`);
  return q;
}

/** A compact view for assertion messages. */
export function show(quotes: Quote[]): string {
  return JSON.stringify(quotes.map((q) => ({ kind: q.kind, text: q.text, speaker: q.speaker?.name ?? null })), null, 1);
}

export function sliceOf(text: string, s: Span | null | undefined): string | null {
  return s ? text.slice(s.start, s.end) : null;
}
