/**
 * Vague references (data/time/vague.tsv): "now", "currently" (`PRESENT_REF`), "recently", "the
 * past" (`PAST_REF`), "soon", "the future" (`FUTURE_REF`).
 */
import type { Candidate, Parser } from '../candidate.js';
import { L, R, lazyPattern } from '../candidate.js';
import { alternation, key, lexicon } from '../lexicon.js';

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
    return { start: m.index, end, type: entry.type, value: entry.value, rule: 'vague' };
  },
};
