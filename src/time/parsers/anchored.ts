/**
 * Expressions that name a time from another time in the story, not from the publication date:
 * "the next day", "the following morning", "that day", "that same day", "earlier that day",
 * "later that year", "the day before", "the day after". The parser marks the candidate with the
 * shift it states (`anchor`); `refiners/anchors.ts` then resolves it against the latest date
 * mentioned before it in the document (the TimeML anchor), or the reference when there is none.
 */
import type { Candidate, Parser } from '../candidate.js';
import { L, R, lazyPattern } from '../candidate.js';
import { lexicon } from '../lexicon.js';
import { fragments } from './patterns.js';

const UNITS = 'day|week|month|year|quarter';

export const anchoredParser: Parser = {
  name: 'anchored',
  pattern: lazyPattern(() => {
    const f = fragments();
    return new RegExp(
      `${L}(?:(earlier|later)\\s+)?(?:(that|that\\s+same|the\\s+same)\\s+(${UNITS}|${f.partOfDay})|the\\s+(next|following|previous|preceding)\\s+(day|${f.partOfDay})|the\\s+day\\s+(before|after)(?!\\s+(?:yesterday|tomorrow)\\b))${R}`,
      'giud',
    );
  }),
  extract(m, ctx): Candidate | null {
    const start = m.index;
    const end = start + m[0].length;
    const before = ctx.text.slice(Math.max(0, start - 12), start);
    const modWord = m[1]?.toLowerCase();
    const mod = modWord === 'earlier' ? 'START' : modWord === 'later' ? 'END' : undefined;
    const pods = lexicon().partsOfDay;
    if (m[2]) {
      // "that day", "that same week", "later that year"; "the same day" as well
      const word = m[3]!.toLowerCase();
      const part = pods.get(word);
      const unit = part ? 'day' : word;
      if (/^the\s+same$/i.test(m[2]) && !part && unit !== 'day') return null; // "the same year as…" is a comparison
      return { start, end, type: part ? 'TIME' : 'DATE', value: '', ...(mod ? { mod } : {}), rule: 'anchored', anchor: { unit, shift: 0, ...(part ? { part } : {}) } };
    }
    if (m[4]) {
      // "over the next day" is a length of time (the duration parser), not a date
      if (/(?:over|within|for|during|in)\s+$/i.test(before)) return null;
      const word = m[5]!.toLowerCase();
      const part = pods.get(word);
      const shift = /^(?:next|following)$/i.test(m[4]) ? 1 : -1;
      return { start, end, type: part ? 'TIME' : 'DATE', value: '', ...(mod ? { mod } : {}), rule: 'anchored', anchor: { unit: 'day', shift, ...(part ? { part } : {}) } };
    }
    // "the day before the vote" is named from that event, not from an earlier date: only a
    // "the day before" that ends its phrase is anchored to the story's last date.
    if (!/^\s*(?:[,.;:!?)"'”’]|$)/.test(ctx.text.slice(end, end + 2))) return null;
    const shift = m[6]!.toLowerCase() === 'after' ? 1 : -1;
    return { start, end, type: 'DATE', value: '', ...(mod ? { mod } : {}), rule: 'anchored', anchor: { unit: 'day', shift } };
  },
};
