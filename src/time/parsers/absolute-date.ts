/**
 * Calendar dates written out: "October 5", "Oct. 5, 2012", "Monday, Oct. 26", "5 October 2012",
 * "August 1988", "2012-10-05", "10/5/2012". A date without a year takes the year that the
 * reference and nearby tense cues give (see resolve.ts).
 */
import type { Candidate, Parser } from '../candidate.js';
import { L, R, lazyPattern } from '../candidate.js';
import { dateValue, isValidDate, isoWeek, monthValue, pad } from '../reference.js';
import { resolveMonthDay } from '../resolve.js';
import { capitalised, fragments, monthOf } from './patterns.js';

const ORD = '(?:st|nd|rd|th)?';

export const monthDayParser: Parser = {
  name: 'month-day',
  pattern: lazyPattern(() => {
    const f = fragments();
    return new RegExp(
      `${L}(?:(${f.weekday}),?\\s+)?(${f.month})(?:\\s+|(?<=\\.))(\\d{1,2})${ORD}${R}(?:,?\\s+(\\d{4})${R})?`,
      'giud',
    );
  }),
  extract(m, ctx) {
    const month = monthOf(m[2]!);
    const day = Number(m[3]);
    if (!month || !capitalised(m[2]!)) return null;
    if (m[1] && !capitalised(m[1])) return null;
    if (m[4]) {
      const y = Number(m[4]);
      if (!isValidDate(y, month, day)) return null;
      return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: dateValue(y, month, day), rule: 'month-day-year' };
    }
    if (!isValidDate(2000, month, day)) return null;
    // "May 5" is a date, but "May 20 people" is not: reject when a counted noun follows.
    const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    if (/^\s+(?:percent|per cent|%|people|of\s+(?:the|them|those))/i.test(after)) return null;
    const end = m.index + m[0].length;
    const value = resolveMonthDay(ctx.ref, month, day, ctx.direction(m.index, end));
    // "the week of March 6": the ISO week holding that day
    const weekOf = /\bthe\s+week\s+of\s+$/i.exec(ctx.text.slice(Math.max(0, m.index - 20), m.index));
    if (weekOf && !m[1] && /^\d{4}-/.test(value)) {
      const [y, mo, d] = value.split('-').map(Number) as [number, number, number];
      return { start: m.index - weekOf[0].length, end, type: 'DATE', value: isoWeek(y, mo, d), rule: 'week-of' };
    }
    const main: Candidate = { start: m.index, end, type: 'DATE', value, rule: 'month-day' };
    // "April 24 and 25": the second day is a date of the same month
    const second = /^(\s+(?:and|or)\s+)(\d{1,2})(?![\d\p{L}])(?!\s*(?:percent|per cent|%))/iu.exec(after);
    if (second && isValidDate(2000, month, Number(second[2])) && Number(second[2]) !== day) {
      const s2 = end + second[1]!.length;
      const v2 = value.slice(0, 8) + pad(Number(second[2]));
      return [main, { start: s2, end: s2 + second[2]!.length, type: 'DATE', value: v2, rule: 'month-day-second' }];
    }
    return main;
  },
};

export const dayMonthParser: Parser = {
  name: 'day-month',
  pattern: lazyPattern(() => {
    const f = fragments();
    return new RegExp(`${L}(?:(${f.weekday}),?\\s+)?(?:the\\s+)?(\\d{1,2})${ORD}\\s+(?:of\\s+)?(${f.month})${R}(?:,?\\s+(\\d{4})${R})?`, 'giud');
  }),
  extract(m, ctx) {
    const month = monthOf(m[3]!);
    const day = Number(m[2]);
    if (!month || !capitalised(m[3]!)) return null;
    if (m[1] && !capitalised(m[1])) return null;
    const end = m.index + m[0].length;
    if (m[4]) {
      const y = Number(m[4]);
      if (!isValidDate(y, month, day)) return null;
      return { start: m.index, end, type: 'DATE', value: dateValue(y, month, day), rule: 'day-month-year' };
    }
    if (!isValidDate(2000, month, day)) return null;
    return { start: m.index, end, type: 'DATE', value: resolveMonthDay(ctx.ref, month, day, ctx.direction(m.index, end)), rule: 'day-month' };
  },
};

export const monthYearParser: Parser = {
  name: 'month-year',
  pattern: lazyPattern(() => {
    const f = fragments();
    return new RegExp(`${L}(?:(${f.pointMod})\\s*)?(${f.month}),?\\s+(?:of\\s+)?(?:(\\d{4})|(last|this|next)\\s+year)${R}`, 'giud');
  }),
  extract(m, ctx) {
    const month = monthOf(m[2]!);
    if (!month || !capitalised(m[2]!)) return null;
    // "June last year": the month of the year named from the reference
    const rel = m[4]?.toLowerCase();
    const y = rel ? (ctx.ref.year === null ? NaN : ctx.ref.year + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0)) : Number(m[3]);
    if (Number.isNaN(y)) return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: monthValue(null, month), rule: 'month-year' };
    if (y < 1000 || y > 2199) return null;
    const mod = m[1] ? modOf(m[1]) : undefined;
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: monthValue(y, month), ...(mod ? { mod } : {}), rule: 'month-year' };
  },
};

function modOf(s: string): string | undefined {
  const k = s.toLowerCase().replace(/\s+/g, ' ').replace(/-$/, '');
  if (k === 'early' || k === 'the beginning of' || k === 'the start of') return 'START';
  if (k === 'mid' || k === 'the middle of') return 'MID';
  if (k === 'late' || k === 'the end of') return 'END';
  return undefined;
}

export const isoDateParser: Parser = {
  name: 'iso-date',
  pattern: lazyPattern(() => /(?<![\d\-\/.])(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?![\d:]))?(?![\d\-\/])|(?<![\d\-\/.])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d\/])/gd),
  extract(m) {
    let y: number, mo: number, d: number;
    if (m[1]) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    else [y, mo, d] = [Number(m[8]), Number(m[6]), Number(m[7])]; // US order month/day/year
    if (!isValidDate(y, mo, d)) return null;
    const date = `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
    if (m[4] && Number(m[4]) < 24 && Number(m[5]) < 60) {
      return { start: m.index, end: m.index + m[0].length, type: 'TIME', value: `${date}T${m[4]}:${m[5]}`, rule: 'numeric-date-time' };
    }
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: date, rule: 'numeric-date' };
  },
};
