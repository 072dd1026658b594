/**
 * Ranges written as one expression: "Nov. 3-14" (`2017-11-03/2017-11-14`), "April 28-29",
 * "1992-1994" / "1992–94" (`1992/1994`). The value is a TIMEX3-style interval `start/end`.
 */
import type { Candidate, Parser } from '../candidate.js';
import { L, R, lazyPattern } from '../candidate.js';
import { dateValue, isValidDate, pad } from '../reference.js';
import { resolveMonthDay } from '../resolve.js';
import { capitalised, fragments, monthOf } from './patterns.js';

export const dayRangeParser: Parser = {
  name: 'day-range',
  pattern: lazyPattern(() => new RegExp(`${L}(${fragments().month})\\s+(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})${R}(?:,?\\s+(\\d{4})${R})?`, 'giud')),
  extract(m, ctx): Candidate | null {
    const month = monthOf(m[1]!);
    if (!month || !capitalised(m[1]!)) return null;
    const d1 = Number(m[2]);
    const d2 = Number(m[3]);
    if (d2 <= d1 || !isValidDate(2000, month, d1) || !isValidDate(2000, month, d2)) return null;
    const start = m.index;
    const end = start + m[0].length;
    const first = m[4] ? dateValue(Number(m[4]), month, d1) : resolveMonthDay(ctx.ref, month, d1, ctx.direction(start, end));
    const year = first.slice(0, 4);
    return { start, end, type: 'DATE', value: `${first}/${year}-${pad(month)}-${pad(d2)}`, rule: 'day-range' };
  },
};

export const yearRangeParser: Parser = {
  name: 'year-range',
  pattern: lazyPattern(() => /(?<![\p{L}\d,.$\/-])(1[6-9]\d\d|20\d\d|21\d\d)\s*[-–]\s*(\d{4}|\d{2})(?![\p{L}\d\/-])/gud),
  extract(m): Candidate | null {
    const y1 = Number(m[1]);
    let y2 = Number(m[2]);
    if (m[2]!.length === 2) y2 = Math.floor(y1 / 100) * 100 + y2;
    if (y2 <= y1 || y2 - y1 > 100) return null;
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: `${pad(y1, 4)}/${pad(y2, 4)}`, rule: 'year-range' };
  },
};
