/**
 * Calendar units named from the reference: "last month" (`2012-09`), "this year", "next week"
 * (`2012-W41`), "earlier this year" (mod START), "two weeks ago", "a week or so ago" (mod
 * APPROX), "a year earlier", "the latest fiscal year" (the last completed one), "the
 * year-ago quarter". The value is written at the unit's granularity. In a sentence about
 * quarters (company results), "a year ago" means the same quarter a year before (`1988-Q3`).
 */
import type { Candidate, Context, Parser } from '../candidate.js';
import { L, R, lazyPattern } from '../candidate.js';
import { lexicon } from '../lexicon.js';
import { shiftReference } from '../reference.js';
import { sentenceIndexAt } from '../../nlp/segment.js';
import { parseNumber } from '../../amounts/numbers.js';
import { durationMod, fragments, pointMod } from './patterns.js';

const SHIFT: Record<string, number> = { this: 0, current: 0, last: -1, previous: -1, preceding: -1, latest: -1, next: 1, following: 1, coming: 1 };

/**
 * True when the sentence around `offset` or the two before it speak of quarters (results
 * reporting): there "a year ago" is the same quarter a year before.
 */
export function quarterContext(ctx: Context, offset: number): boolean {
  const si = sentenceIndexAt(ctx.seg.sentences, offset);
  if (si < 0) return false;
  const first = ctx.seg.sentences[Math.max(0, si - 2)]!;
  const s = ctx.seg.sentences[si]!;
  return /\bquarter\b/i.test(ctx.text.slice(first.start, s.end));
}

function withWeekend(value: string, unitName: string): string {
  return /^weekend/.test(unitName) && /W\d\d$/.test(value) ? `${value}-WE` : value;
}

export const thisLastNextParser: Parser = {
  name: 'this-last-next',
  pattern: lazyPattern(() => {
    const f = fragments();
    return new RegExp(`${L}(?:(earlier|later|${f.pointMod})\\s+)?(?:(the)\\s+)?(this|last|next|previous|preceding|following|coming|current|latest)\\s+(?:fiscal\\s+)?(${f.unit})${R}`, 'giud');
  }),
  extract(m, ctx): Candidate | null {
    const unitName = m[4]!.toLowerCase();
    const unit = lexicon().units.get(unitName);
    if (!unit || unit.time) return null;
    if (unitName !== unit.name) return null; // "last three weeks", "the next days": durations
    // "ABC's This Week": a title-case phrase inside a sentence is a name
    if (/^\p{Lu}/u.test(m[4]!) && !/^\p{Lu}+$/u.test(m[4]!)) return null;
    const start = m.index;
    const end = start + m[0].length;
    const rel = m[3]!.toLowerCase();
    const hasThe = !!m[2];
    // "the past year", "the next month" are durations (duration parser); "the previous year" is a date.
    if (hasThe && (rel === 'this' || rel === 'last' || rel === 'next' || rel === 'coming')) return null;
    if (rel === 'last' && unit.name === 'day') return null; // "the last day of the talks"
    const n = SHIFT[rel]!;
    const value = withWeekend(shiftReference(ctx.ref, unit.granularity, n), unitName);
    const modWord = m[1]?.toLowerCase();
    const mod = modWord === 'earlier' ? 'START' : modWord === 'later' ? 'END' : pointMod(modWord);
    // "the latest fiscal year": the last completed one, seen from the reference
    if (rel === 'latest' && (!hasThe || unit.granularity !== 'year')) return null;
    // "the following year", "the previous month": named from the last date in the story
    if (hasThe && rel !== 'current' && rel !== 'latest' && ['day', 'week', 'month', 'quarter', 'year'].includes(unit.granularity) && unitName === unit.name) {
      return { start, end, type: 'DATE', value: '', ...(mod ? { mod } : {}), rule: 'this-last-next-anchored', anchor: { unit: unit.granularity, shift: n } };
    }
    return { start, end, type: 'DATE', value, ...(mod ? { mod } : {}), rule: 'this-last-next' };
  },
};

export const agoParser: Parser = {
  name: 'ago',
  pattern: lazyPattern(() => {
    const f = fragments();
    return new RegExp(`${L}(?:(${f.durationMod})\\s+)?(${f.number}|a|an|several|a\\s+few|a\\s+couple\\s+of|many)\\s+(${f.unit})(\\s+or\\s+so)?\\s+(ago|earlier|before|from\\s+now|hence|later)${R}`, 'giud');
  }),
  extract(m, ctx): Candidate | null {
    const unit = lexicon().units.get(m[3]!.toLowerCase());
    if (!unit) return null;
    const dirWord0 = m[5]!.toLowerCase();
    if (/^(?:several|a\s+few|a\s+couple\s+of|many)$/i.test(m[2]!)) {
      // "several years ago", "a few weeks from now": an unstated distance is a vague reference
      if (dirWord0 === 'later' || dirWord0 === 'before') return null;
      const value = dirWord0 === 'ago' || dirWord0 === 'earlier' ? 'PAST_REF' : 'FUTURE_REF';
      return { start: m.index, end: m.index + m[0].length, type: 'DATE', value, rule: 'vague-ago' };
    }
    const count = /^an?$/i.test(m[2]!) ? 1 : parseNumber(m[2]!);
    if (!Number.isFinite(count) || count <= 0 || count > 1000 || !Number.isInteger(count)) return null;
    const dirWord = m[5]!.toLowerCase();
    // "two days later" / "a week before" are anchored to another event, not the reference.
    if (dirWord === 'later' || dirWord === 'before') return null;
    const sign = dirWord === 'ago' || dirWord === 'earlier' ? -1 : 1;
    const start = m.index;
    const end = start + m[0].length;
    let value: string;
    if (unit.granularity === 'year' && unit.factor === 1 && quarterContext(ctx, start)) {
      value = shiftReference(ctx.ref, 'quarter', -1 + sign * 4 * count);
    } else if (unit.granularity === 'decade' || unit.granularity === 'century') {
      value = shiftReference(ctx.ref, 'year', sign * count * unit.factor);
    } else if (unit.time) {
      value = shiftReference(ctx.ref, 'day', 0);
    } else {
      value = shiftReference(ctx.ref, unit.granularity, sign * count * unit.factor);
    }
    // "a week or so ago": about that far back
    const mod = durationMod(m[1]) ?? (m[4] ? 'APPROX' : undefined);
    return { start, end, type: 'DATE', value, ...(mod ? { mod } : {}), rule: 'ago' };
  },
};

export const yearAgoParser: Parser = {
  name: 'year-ago',
  pattern: lazyPattern(() => /(?<![\p{L}\-])(?:(the)\s+(?:(?:comparable|corresponding|same)\s+)?)?year-(?:earlier|ago|before)(?:\s+(quarter|period))?(?![\p{L}\-])/giud),
  extract(m, ctx): Candidate | null {
    const start = m.index;
    const end = start + m[0].length;
    const inQuarters = !!m[2] || quarterContext(ctx, start);
    if (!m[2] && m[1]) return null; // "the year-earlier profit": the noun is not a time
    const value = inQuarters ? shiftReference(ctx.ref, 'quarter', -5) : shiftReference(ctx.ref, 'year', -1);
    return { start, end, type: 'DATE', value, rule: 'year-ago' };
  },
};

const QUARTER_ORDINAL: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };

/**
 * The same quarter a year before, as results reporting compares it: "the year-ago third quarter",
 * "the year-earlier fourth quarter" (that quarter of the year before the reference), "the quarter
 * a year ago", "the corresponding period last year", "the same quarter a year earlier", "last
 * year's quarter" (the quarter under discussion, i.e. the last completed one, a year before). A
 * bare "period" counts only where the sentences speak of quarters. One span, so the pieces
 * ("year-ago", "third quarter", "a year ago") do not stand as separate, wrong times.
 */
export const quarterYearAgoParser: Parser = {
  name: 'quarter-year-ago',
  pattern: lazyPattern(
    () =>
      /(?<![\p{L}\-])(?:(?:the\s+)?(?:comparable\s+|corresponding\s+|same\s+)?(?:year-(?:ago|earlier)|prior-year)\s+(first|second|third|fourth|1st|2nd|3rd|4th)(?:\s+|-)(?:fiscal\s+)?quarter|the\s+(?:(comparable|corresponding|same)\s+)?(quarter|period)\s+(?:a\s+year\s+(?:ago|earlier|before)|(?:of\s+)?last\s+year|the\s+year\s+before|of\s+the\s+previous\s+year)|last\s+year['’]s\s+(quarter|period))(?![\p{L}\-])/giud,
  ),
  extract(m, ctx): Candidate | null {
    if (ctx.ref.year === null) return null;
    const start = m.index;
    const end = start + m[0].length;
    if (m[1]) return { start, end, type: 'DATE', value: `${ctx.ref.year - 1}-Q${QUARTER_ORDINAL[m[1].toLowerCase()]}`, rule: 'quarter-year-ago' };
    const noun = (m[3] ?? m[4])!.toLowerCase();
    // "the period last year" without "corresponding" is a quarter only in results reporting
    if (noun === 'period' && !m[2] && !quarterContext(ctx, start)) return null;
    if (ctx.ref.month === null) return null;
    return { start, end, type: 'DATE', value: shiftReference(ctx.ref, 'quarter', -5), rule: 'quarter-year-ago' };
  },
};

/** "earlier in the year" (mod START), "later in the week" (mod END): the reference's own unit. */
export const inTheUnitParser: Parser = {
  name: 'in-the-unit',
  pattern: lazyPattern(() => /(?<![\p{L}])(earlier|later)\s+in\s+the\s+(week|month|year)(?![\p{L}])/giud),
  extract(m, ctx): Candidate | null {
    const mod = m[1]!.toLowerCase() === 'earlier' ? 'START' : 'END';
    const value = shiftReference(ctx.ref, m[2]!.toLowerCase(), 0);
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', value, mod, rule: 'in-the-unit' };
  },
};
