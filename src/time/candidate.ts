/**
 * What the parsers propose and the refiners settle: a span with its TIMEX3 type, value and mod,
 * plus the rule that produced it. `Context` carries what a rule needs to resolve a value.
 */
import type { Segmentation, TimexType } from '../core/types.js';
import type { RefDate } from './reference.js';
import { sentenceIndexAt } from '../nlp/segment.js';
import { lexicon } from './lexicon.js';

export interface Candidate {
  start: number;
  end: number;
  type: TimexType;
  value: string;
  mod?: string;
  rule: string;
  /**
   * Set when the value is named from another time in the story ("the next day", "that year",
   * "the previous Friday"): the unit, the shift, and for days a part of the day. The refiner
   * `refiners/anchors.ts` fills in the value from the latest earlier date in the text.
   */
  anchor?: { unit: string; shift: number; part?: string; weekday?: number };
}

export interface Context {
  text: string;
  ref: RefDate;
  seg: Segmentation;
  /** Whether the words around [start, end) place an underspecified date ahead or behind. */
  direction(start: number, end: number): 'future' | 'past' | null;
}

export interface Parser {
  name: string;
  /** A global regular expression; built once. */
  pattern(): RegExp;
  /** Turns one match into a candidate, or null to reject it. */
  extract(m: RegExpExecArray, ctx: Context): Candidate | Candidate[] | null;
}

/**
 * Bounds the whitespace runs of a pattern (`\s+` → `\s{1,10}`, `\s*` → `\s{0,10}`): words of
 * one expression are never far apart, and unbounded runs make the engine backtrack
 * quadratically over long stretches of blanks.
 */
export function boundWhitespace(re: RegExp): RegExp {
  const source = re.source.replace(/\\s\+/g, '\\s{1,10}').replace(/\\s\*/g, '\\s{0,10}');
  return new RegExp(source, re.flags);
}

/** Caches a parser's regular expression (built lazily from the data tables), whitespace bounded. */
export function lazyPattern(build: () => RegExp): () => RegExp {
  let re: RegExp | null = null;
  return () => (re ??= boundWhitespace(build()));
}

const BEFORE = 8;
const AFTER = 3;
/** A weak cue ("by", "until") must be this close before the expression. */
const WEAK_BEFORE = 3;

/** True when "had" or "had been" stands right before token `i` (not before `floor`). */
function pastPerfectBefore(toks: Segmentation['tokens'], i: number, floor: number): boolean {
  const w1 = i - 1 >= floor ? toks[i - 1]?.text.toLowerCase() : undefined;
  const w2 = i - 2 >= floor ? toks[i - 2]?.text.toLowerCase() : undefined;
  return w1 === 'had' || (w1 === 'been' && w2 === 'had');
}

export function makeContext(text: string, seg: Segmentation, ref: RefDate): Context {
  return {
    text,
    ref,
    seg,
    direction(start, end) {
      const si = sentenceIndexAt(seg.sentences, start);
      if (si < 0) return null;
      const s = seg.sentences[si]!;
      const toks = seg.tokens;
      let first = s.firstToken;
      while (first < s.endToken && toks[first]!.end <= start) first++;
      let last = first;
      while (last < s.endToken && toks[last]!.start < end) last++;
      const { cues, weakCues } = lexicon();
      let found: 'future' | 'past' | null = null;
      let weak: 'future' | 'past' | null = null;
      // Nearest strong cue wins: scan outward from the expression.
      for (let k = 1; k <= BEFORE && found === null; k++) {
        const t = toks[first - k];
        if (first - k < s.firstToken || !t) break;
        const w = t.text.toLowerCase();
        found = cues.get(w) ?? null;
        // two-word cues ("is to resume Tuesday", "set to meet Monday"): the word before counts
        if (found === null && first - k - 1 >= s.firstToken) found = cues.get(`${toks[first - k - 1]!.text.toLowerCase()} ${w}`) ?? null;
        // "had been due to expire Friday", "had been scheduled for Monday": a plan seen from a
        // past moment (past perfect) was for a day that has gone by when the story is told
        if (found === 'future' && pastPerfectBefore(toks, first - k, s.firstToken)) found = 'past';
        if (k <= WEAK_BEFORE && weak === null) weak = weakCues.get(w) ?? null;
      }
      if (found === null) {
        for (let k = 0; k < AFTER; k++) {
          const t = toks[last + k];
          if (last + k >= s.endToken || !t) break;
          const c = cues.get(t.text.toLowerCase());
          if (c) return c;
        }
      }
      return found ?? weak;
    },
  };
}

/** Match start/end helpers for a sub-group: offset of group `g` in the text. */
export function groupStart(m: RegExpExecArray, g: number): number {
  const idx = (m as RegExpExecArray & { indices?: Array<[number, number] | undefined> }).indices?.[g];
  return idx ? idx[0] : m.index;
}

export function groupEnd(m: RegExpExecArray, g: number): number {
  const idx = (m as RegExpExecArray & { indices?: Array<[number, number] | undefined> }).indices?.[g];
  return idx ? idx[1] : m.index + m[0].length;
}

/** Word-boundary guards usable around an alternation. */
export const L = '(?<![\\p{L}\\p{N}\\-])';
export const R = '(?![\\p{L}\\p{N}])';
