/** Token and sentence lookups shared by the quote finders. */
import type { Segmentation, Sentence, Token } from '../core/types.js';
import { sentenceIndexAt } from '../nlp/segment.js';

export interface Doc {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

export function makeDoc(text: string, seg: Segmentation): Doc {
  return { text, tokens: seg.tokens, sentences: seg.sentences };
}

/** Index of the first token starting at or after `offset`. */
export function tokenFrom(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The sentence holding `offset`, or the nearest one before it. */
export function sentenceOf(doc: Doc, offset: number): Sentence | null {
  const i = sentenceIndexAt(doc.sentences, offset);
  if (i >= 0) return doc.sentences[i]!;
  let best: Sentence | null = null;
  for (const s of doc.sentences) {
    if (s.start <= offset) best = s;
    else break;
  }
  return best;
}

export function wordCount(tokens: Token[], start: number, end: number): number {
  let n = 0;
  for (let i = tokenFrom(tokens, start); i < tokens.length && tokens[i]!.start < end; i++) {
    if (tokens[i]!.kind === 'word' || tokens[i]!.kind === 'number') n++;
  }
  return n;
}
