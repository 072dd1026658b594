/**
 * Runs the recogniser over CoNLL-2003 documents: each document's text (tokens joined by spaces,
 * one sentence a line) goes through `recognize`, and the character spans it returns are mapped
 * back to the CoNLL tokens. Shared by `sitrep tag --conll`, `sitrep eval conll` and `sitrep bench ner`.
 */
import type { NamedSpan } from '../../core/types.js';
import { type ConllDocument, documentText } from './conll-format.js';
import { recognize } from './index.js';
import { type TokenSpan, iob1FromSpans, spansFromIob } from './tags.js';

export interface TaggedSentence {
  tokens: string[];
  gold: string[];
  /** Predicted tags in IOB1 (the gold file's scheme). */
  pred: string[];
  goldSpans: TokenSpan[];
  predSpans: TokenSpan[];
}

/** Token spans per sentence from character spans over `documentText`'s text. */
function toTokenSpans(doc: ConllDocument, named: NamedSpan[], starts: Map<number, number>, ends: Map<number, number>, sentenceOf: number[]): TokenSpan[][] {
  const out: TokenSpan[][] = doc.sentences.map(() => []);
  for (const n of named) {
    const a = starts.get(n.start);
    const b = ends.get(n.end);
    if (a === undefined || b === undefined || sentenceOf[a] !== sentenceOf[b]) continue;
    const si = sentenceOf[a]!;
    const first = a - sentenceFirst(sentenceOf, si);
    out[si]!.push({ start: first, end: first + (b - a) + 1, label: n.label });
  }
  return out;
}

function sentenceFirst(sentenceOf: number[], si: number): number {
  let lo = 0;
  let hi = sentenceOf.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentenceOf[mid]! < si) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function tagConllDocument(doc: ConllDocument): TaggedSentence[] {
  const { text, seg } = documentText(doc);
  const named = recognize(text, seg);
  const starts = new Map<number, number>();
  const ends = new Map<number, number>();
  const sentenceOf: number[] = [];
  seg.tokens.forEach((t, i) => {
    starts.set(t.start, i);
    ends.set(t.end, i);
  });
  seg.sentences.forEach((s, si) => {
    for (let i = s.firstToken; i < s.endToken; i++) sentenceOf.push(si);
  });
  const predSpans = toTokenSpans(doc, named, starts, ends, sentenceOf);
  return doc.sentences.map((s, si) => {
    const gold = s.map((t) => t.gold);
    return {
      tokens: s.map((t) => t.text),
      gold,
      pred: iob1FromSpans(s.length, predSpans[si]!),
      goldSpans: spansFromIob(gold),
      predSpans: predSpans[si]!,
    };
  });
}
