/**
 * Segment stage: tokens and sentences over the immutable article text.
 *
 * Hand-written because the stage must keep exact UTF-16 offsets and never alter the text; the
 * JavaScript tokenizers we looked at (compromise, wink-nlp) normalise text or lose offsets.
 * Rules, in order:
 *   1. tokens: words (with inner apostrophes, hyphens and abbreviation dots: "U.S.", "Dec."),
 *      numbers ("7,000", "1.2"), and single punctuation characters;
 *   2. sentence ends: `.`, `!`, `?` (and `…`) followed by optional closing quotes/brackets,
 *      unless the word before is a known abbreviation that normally precedes more text;
 *   3. paragraph breaks always end a sentence.
 */
import type { Segmentation, Sentence, Span, Token, TokenKind } from '../core/types.js';
import { readTsv } from '../core/data-dir.js';

const TOKEN_RE =
  /[A-Za-z\u00C0-\u024F\u0400-\u04FF](?:\.[A-Za-z](?=\.))+\.|\d+(?:[.,:/]\d+)*(?:st|nd|rd|th|s)?|[\p{L}\p{M}\d]+(?:['’][\p{L}]+)*(?:-[\p{L}\p{M}\d]+(?:['’][\p{L}]+)*)*|\S/gu;

let abbreviations: Set<string> | null = null;
/** Abbreviations that do not end a sentence when followed by a capitalised word ("Mr. Putin"). */
function getAbbreviations(): Set<string> {
  if (!abbreviations) {
    abbreviations = new Set(readTsv('nlp', 'abbreviations.tsv').map((r) => r['abbreviation']!.toLowerCase()));
  }
  return abbreviations;
}

function kindOf(text: string): TokenKind {
  if (/^\d/.test(text)) return 'number';
  if (/^[\p{L}\p{M}]/u.test(text)) return 'word';
  if (/^[\p{P}]$/u.test(text)) return 'punct';
  return 'symbol';
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) && m.index < to) {
    let t = m[0];
    let start = m.index;
    // A single capital followed by "." and a capitalised word is a middle initial ("Jeffrey S. Pool").
    if (/^\p{Lu}$/u.test(t) && text[start + 1] === '.' && /^\s\p{Lu}\p{Ll}/u.test(text.slice(start + 2, start + 5)) && /\p{L}\s$/u.test(text.slice(Math.max(0, start - 2), start))) {
      t = t + '.';
      TOKEN_RE.lastIndex = start + t.length;
    }
    // A word directly followed by "." that is an abbreviation keeps its dot ("Mr.", "Gen.", "Jan.").
    if (/^[\p{L}]+$/u.test(t) && text[start + t.length] === '.' && getAbbreviations().has((t + '.').toLowerCase())) {
      t = t + '.';
      TOKEN_RE.lastIndex = start + t.length;
    }
    const end = Math.min(start + t.length, to);
    tokens.push({ start, end, text: text.slice(start, end), kind: kindOf(t) });
  }
  return tokens;
}

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
const ENDERS = new Set(['.', '!', '?', '…']);

/** True when a token with a trailing dot ("U.S.", "Mr.") should not end the sentence here. */
function abbreviationContinues(tok: Token, next: Token | undefined): boolean {
  const lower = tok.text.toLowerCase();
  if (!tok.text.endsWith('.') || tok.text.length < 2) return false;
  if (!next) return false;
  // Titles and month/place abbreviations always continue ("Mr. Putin", "Dec. 15", "Gen. X").
  if (getAbbreviations().has(lower)) return true;
  // Initialisms ("U.S.", "U.N.") continue unless the next word starts a new sentence clearly.
  if (/^(?:[A-Za-z]\.){2,}$/.test(tok.text)) return !/^(?:The|He|She|It|They|We|I|But|In|On|A|An|This|That)$/.test(next.text);
  // A single capital initial ("George W. Bush").
  if (/^[A-Z]\.$/.test(tok.text)) return true;
  return false;
}

/** Tokens a parenthesis may still run after a dot and be read as one aside. */
const SHORT_PARENTHESIS = 4;

/** True when token `i` sits inside a "(" opened in this sentence that closes within a few tokens. */
function insideShortParenthesis(toks: Token[], from: number, i: number): boolean {
  let depth = 0;
  for (let k = from; k <= i; k++) {
    if (toks[k]!.text === '(') depth++;
    else if (toks[k]!.text === ')' && depth > 0) depth--;
  }
  if (depth === 0) return false;
  for (let k = i + 1; k < toks.length && k <= i + SHORT_PARENTHESIS; k++) if (toks[k]!.text === ')') return true;
  return false;
}

export function segment(text: string, paragraphs: Span[]): Segmentation {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const paras = paragraphs.length > 0 ? paragraphs : [{ start: 0, end: text.length }];
  paras.forEach((para, paragraphIndex) => {
    const ptoks = tokenize(text, para.start, para.end);
    let sentStart = 0;
    const flush = (endIdx: number) => {
      if (endIdx <= sentStart) return;
      const first = ptoks[sentStart]!;
      const last = ptoks[endIdx - 1]!;
      sentences.push({
        start: first.start,
        end: last.end,
        firstToken: tokens.length + sentStart,
        endToken: tokens.length + endIdx,
        paragraph: paragraphIndex,
      });
      sentStart = endIdx;
    };
    for (let i = 0; i < ptoks.length; i++) {
      const tok = ptoks[i]!;
      const endsWithDot = tok.kind === 'word' && tok.text.endsWith('.') && tok.text.length > 1;
      if (!ENDERS.has(tok.text) && !endsWithDot) continue;
      if (endsWithDot && abbreviationContinues(tok, ptoks[i + 1])) continue;
      // Inside a short parenthesis no sentence ends ("Rep. X (R-S.C.) said"): the bracket closes
      // within a few tokens.
      if (insideShortParenthesis(ptoks, sentStart, i)) continue;
      if (!endsWithDot && tok.text === '.' && ptoks[i - 1] && /^\d+$/.test(ptoks[i - 1]!.text) && ptoks[i + 1] && /^\d/.test(ptoks[i + 1]!.text)) continue;
      let j = i + 1;
      while (j < ptoks.length && (ENDERS.has(ptoks[j]!.text) || CLOSERS.has(ptoks[j]!.text)) && ptoks[j]!.start === ptoks[j - 1]!.end) j++;
      const next = ptoks[j];
      // The run of enders and closers is consumed either way, so "......" stays linear.
      const runEnd = j - 1;
      if (!next) {
        i = runEnd; // paragraph end flushes below
        continue;
      }
      // A sentence starts with a capital, a digit, or an opening quote/bracket.
      if (!/^[\p{Lu}\d"“‘'(\[«]/u.test(next.text)) {
        i = runEnd;
        continue;
      }
      flush(j);
      i = runEnd;
    }
    flush(ptoks.length);
    for (const t of ptoks) tokens.push(t); // not push(...ptoks): a huge paragraph would overflow the stack
  });
  return { tokens, sentences };
}

/** Index of the sentence containing `offset`, or -1. Binary search over sorted sentences. */
export function sentenceIndexAt(sentences: Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
