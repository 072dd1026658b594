/**
 * Attribution scope (PolNeAR): contents that reach past the sentence holding their cue.
 *
 *   back  "The firm plants trees. The trees absorb carbon. An acre stores 150 tons, Lee said.":
 *         a tail attribution closing a paragraph credits the sentences before it that carry no
 *         attribution of their own; the content starts with the first of them.
 */
import type { Candidate } from './candidate.js';
import { sentenceIndexOf, tokenFrom, type Doc } from './context.js';
import { cuesIn } from './cues.js';
import { looksLikeClause } from './indirect.js';

const QUOTE_MARK = /["“”]/;

/** Tail-attributed contents that open their sentence. */
function opensSentence(doc: Doc, c: Candidate): boolean {
  const i = sentenceIndexOf(doc, c.start);
  const s = doc.sentences[i];
  if (!s) return false;
  const lead = doc.text.slice(s.start, c.start);
  return /^[\s\p{P}]*(?:\p{L}+,\s*)?$/u.test(lead);
}

/** "His former partner at Lenox, Lee, called him …" is no tail content: it must read as a clause. */
function isClause(doc: Doc, c: Candidate): boolean {
  const first = tokenFrom(doc.tokens, c.start);
  return looksLikeClause(doc.tokens, first, tokenFrom(doc.tokens, c.end), true);
}

export function extendContents(doc: Doc, cands: Candidate[]): void {
  const claimed = (start: number, end: number) => cands.some((c) => c.start < end && start < c.end);
  for (const c of cands) {
    if (c.kind !== 'indirect' || !/^(?:tail|interrupted|according-to-tail)$/.test(c.rule) || !c.attribution) continue;
    if (c.attribution.cue.start < c.end) continue;
    if (!opensSentence(doc, c) || !isClause(doc, c)) continue;
    let i = sentenceIndexOf(doc, c.start);
    let start = c.start;
    while (i > 0) {
      const prev = doc.sentences[i - 1]!;
      if (prev.paragraph !== c.paragraph || claimed(prev.start, prev.end) || cuesIn(doc.tokens, prev.firstToken, prev.endToken, true).length > 0 || QUOTE_MARK.test(doc.text.slice(prev.start, prev.end))) break;
      start = prev.start;
      i--;
    }
    c.start = start;
  }
}


