/**
 * Vague references (data/time/vague.tsv): "now", "currently" (`PRESENT_REF`), "recently", "the
 * past", "the then current" (`PAST_REF`), "soon", "as soon as possible", "the future"
 * (`FUTURE_REF`).
 */
import type { Candidate, Parser } from '../candidate.js';
import { L, R, lazyPattern } from '../candidate.js';
import { alternation, key, lexicon } from '../lexicon.js';
import { fragments } from './patterns.js';

let counted: RegExp | null = null;
/** A count or a time word right after the phrase ("three summers", "several quarters"). */
function countedAfter(): RegExp {
  const f = fragments();
  return (counted ??= new RegExp(`^\\s+(?:${f.number}|several|few|many|couple|${f.unit}|${f.season})${R}`, 'iu'));
}

export const vagueParser: Parser = {
  name: 'vague',
  pattern: lazyPattern(() => new RegExp(`${L}(?:${alternation(lexicon().vague.keys())})${R}`, 'giud')),
  extract(m, ctx): Candidate | null {
    const phrase = key(m[0]);
    const entry = lexicon().vague.get(phrase);
    if (!entry) return null;
    const end = m.index + m[0].length;
    // "now" as a discourse marker at a sentence start ("Now, ...") still refers to the present.
    // "the future of X" is a topic, not a time.
    // "Now," opening a sentence is a discourse marker, not a time.
    if (phrase === 'now' && /^\s*,/.test(ctx.text.slice(end, end + 2)) && /(?:^|[.!?"'”]\s+|\n\s*)$/.test(ctx.text.slice(Math.max(0, m.index - 3), m.index))) return null;
    if (/future$/.test(phrase) && /^\s+of\b/.test(ctx.text.slice(end, end + 5))) return null;
    // "as soon as Tuesday", "as soon as he arrives", "soon after the vote": "soon" relates two
    // events there; only "soon" on its own (and "as soon as possible") points to the future
    if (phrase === 'soon') {
      if (/\bas\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 4), m.index))) return null;
      if (/^\s+(?:after|afterwards?|thereafter|before)\b/i.test(ctx.text.slice(end, end + 14))) return null;
      // "he was soon released", "prices soon recovered": shortly after a past event, not ahead
      if (/\b(?:was|were|had)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 6), m.index))) return null;
      if (/^\s+\p{L}+ed\b/iu.test(ctx.text.slice(end, end + 20))) return null;
    }
    // "the past three summers", "the past several quarters": "past" is an adjective of a counted
    // time, not the vague past
    if (/^the (?:past|future)$/.test(phrase) && countedAfter().test(ctx.text.slice(end, end + 40))) return null;
    return { start: m.index, end, type: entry.type, value: entry.value, rule: 'vague' };
  },
};
