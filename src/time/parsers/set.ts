/**
 * Recurring times (TIMEX3 SET): "every Friday" (`XXXX-WXX-5`), "each July" (`XXXX-07`), "every day", "each year",
 * "every two weeks" (`P2W`), "daily", "weekly", "annually", and frequencies ("twice a week",
 * "three times a day"); a price per period ("$5 a year") or an amount's rate ("20% annually") is not a SET.
 */
import type { Candidate, Parser } from '../candidate.js';
import { L, R, lazyPattern } from '../candidate.js';
import { lexicon } from '../lexicon.js';
import { parseNumber } from '../../amounts/numbers.js';
import { durationValue } from './duration.js';
import { fragments, monthOf, weekdayOf } from './patterns.js';


export const everyParser: Parser = {
  name: 'every',
  pattern: lazyPattern(() => {
    const f = fragments();
    return new RegExp(`${L}(?:every|each)\\s+(?:(other)\\s+|(${f.number})\\s+)?(?:(${f.weekday})|(${f.unit})|(${f.month}))${R}`, 'giud');
  }),
  extract(m): Candidate | null {
    const start = m.index;
    const end = start + m[0].length;
    if (m[3]) {
      const wd = weekdayOf(m[3]);
      if (!wd || !/^\p{Lu}/u.test(m[3])) return null;
      return { start, end, type: 'SET', value: `XXXX-WXX-${wd}`, rule: 'every-weekday' };
    }
    if (m[5]) {
      // "each July": that month of every year
      const month = monthOf(m[5]);
      if (!month || !/^\p{Lu}/u.test(m[5]) || m[1] || m[2]) return null;
      // "each July." ends the sentence: the period is not an abbreviation's
      const full = [...lexicon().months.entries()].filter(([, n]) => n === month).every(([k]) => k.length <= m[5]!.replace(/\.$/, '').length);
      const stop = full && m[5].endsWith('.') ? end - 1 : end;
      return { start, end: stop, type: 'SET', value: `XXXX-${String(month).padStart(2, '0')}`, rule: 'every-month' };
    }
    const unit = lexicon().units.get(m[4]!.toLowerCase());
    if (!unit) return null;
    if (unit.code === 'WE') return { start, end, type: 'SET', value: 'XXXX-WXX-WE', rule: 'every-weekend' };
    const n = m[1] ? 2 : m[2] ? parseNumber(m[2]) : 1;
    if (!Number.isFinite(n) || n <= 0) return null;
    return { start, end, type: 'SET', value: durationValue(n, unit), rule: 'every-unit' };
  },
};

export const adverbSetParser: Parser = {
  name: 'set-adverb',
  pattern: lazyPattern(() => new RegExp(`${L}(${[...lexicon().setAdverbs.keys()].join('|')})${R}`, 'giud')),
  extract(m, ctx): Candidate | null {
    // "the Communist Party daily", "a weekly": the newspaper, not the frequency; "Average hourly
    // earnings" (an adjective before a common noun) is a frequency
    const end = m.index + m[0].length;
    const nounAfter = /^\s+\p{Ll}/u.test(ctx.text.slice(end, end + 3));
    if (!nounAfter && /\p{Lu}[\p{L}]*\s+$/u.test(ctx.text.slice(Math.max(0, m.index - 20), m.index))) return null;
    // "grow 20% annually", "make 10,000 cars annually": the rate of an amount, like "$5 a year"
    // (see rateParser), not a recurring time
    if (/(?:\d\s*%|\d\s+percent|\d\s+(?:\p{Ll}+\s+)?)\s*$/iu.test(ctx.text.slice(Math.max(0, m.index - 40), m.index))) return null;
    return { start: m.index, end: m.index + m[0].length, type: 'SET', value: lexicon().setAdverbs.get(m[1]!.toLowerCase())!, rule: 'set-adverb' };
  },
};

export const rateParser: Parser = {
  name: 'rate',
  pattern: lazyPattern(() => /(?<![\p{L}])(?:a|an|per)\s+(year|month|week|day|hour)(?![\p{L}])/giud),
  extract(m, ctx): Candidate | null {
    // a frequency ("twice a week", "three times a day"), not a price or a rate ("$5 a year")
    const before = ctx.text.slice(Math.max(0, m.index - 20), m.index);
    if (!/\b(?:once|twice|thrice|times)\s+$/i.test(before)) return null;
    const unit = lexicon().units.get(m[1]!.toLowerCase())!;
    return { start: m.index, end: m.index + m[0].length, type: 'SET', value: durationValue(1, unit), rule: 'rate' };
  },
};
