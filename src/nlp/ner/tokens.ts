/**
 * The recogniser's own view of the tokens: the segmenter's tokens, re-cut the way CoNLL-2003 cut
 * them (possessive "Putin's" → "Putin" + "'s", "don't" → "do" + "n't"), grouped by sentence, with
 * the text normalised for features (curly quotes and dashes to ASCII). Offsets stay those of `text`.
 */
import type { Segmentation } from '../../core/types.js';

export interface NerToken {
  start: number;
  end: number;
  /** Normalised text used for features. */
  text: string;
}

const CLITIC_RE = /^(.*[\p{L}\p{M}.])(['’][sS]|n['’]t)$/u;

export function normaliseToken(t: string): string {
  return t.replace(/[’‘`]/g, "'").replace(/[“”«»]/g, '"').replace(/[–—]/g, '-');
}

/** One token, cut in two when it ends in a possessive or negative clitic. */
export function splitClitic(text: string, start: number): NerToken[] {
  const m = CLITIC_RE.exec(text);
  if (!m || m[1]!.length === 0) return [{ start, end: start + text.length, text: normaliseToken(text) }];
  const head = m[1]!;
  const tail = m[2]!;
  // "don't" → "do" + "n't": the n belongs to the clitic (CLITIC_RE already matched it that way).
  const cut = start + head.length;
  return [
    { start, end: cut, text: normaliseToken(head) },
    { start: cut, end: start + text.length, text: normaliseToken(tail) },
  ];
}

/** Sentences of recogniser tokens from a segmentation. */
export function nerSentences(seg: Segmentation): NerToken[][] {
  const out: NerToken[][] = [];
  for (const s of seg.sentences) {
    const toks: NerToken[] = [];
    for (let i = s.firstToken; i < s.endToken; i++) {
      const t = seg.tokens[i]!;
      toks.push(...splitClitic(t.text, t.start));
    }
    if (toks.length > 0) out.push(toks);
  }
  return out;
}
