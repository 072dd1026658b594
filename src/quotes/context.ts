/** Token and sentence lookups shared by the quote finders. */
import { firstStartingAt } from '../core/spans.js';
import type { Segmentation, Sentence, Token } from '../core/types.js';

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
  return firstStartingAt(tokens, offset);
}

/** Index of the sentence holding `offset`, or of the nearest one before it (-1 when none). */
export function sentenceIndexOf(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (doc.sentences[mid]!.start <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** The sentence holding `offset`, or the nearest one before it. */
export function sentenceOf(doc: Doc, offset: number): Sentence | null {
  const i = sentenceIndexOf(doc, offset);
  return i >= 0 ? doc.sentences[i]! : null;
}

/** Regions sorted by start, none overlapping: those that overlap [start, end). */
export function overlapping<T extends { start: number; end: number }>(sorted: T[], start: number, end: number): T[] {
  const lo = firstStartingAt(sorted, end);
  const out: T[] = [];
  for (let i = lo - 1; i >= 0 && out.length < 1000; i--) {
    const r = sorted[i]!;
    if (r.end > start) out.unshift(r);
    else break;
  }
  return out;
}

export function wordCount(tokens: Token[], start: number, end: number): number {
  let n = 0;
  for (let i = tokenFrom(tokens, start); i < tokens.length && tokens[i]!.start < end; i++) {
    if (tokens[i]!.kind === 'word' || tokens[i]!.kind === 'number') n++;
  }
  return n;
}
