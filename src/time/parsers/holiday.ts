/**
 * Holidays (data/time/holidays.tsv): "Christmas" (`2012-12-25`), "Thanksgiving Day" (fourth
 * Thursday of November). The year is the nearest occurrence, as for a written date.
 */
import type { Candidate, Parser } from '../candidate.js';
import { L, R, lazyPattern } from '../candidate.js';
import { alternation, key, lexicon } from '../lexicon.js';
import { addDays, dateValue, daysInMonth, isoWeek, weekday } from '../reference.js';
import { resolveMonthDay } from '../resolve.js';

/** Western Easter Sunday of a year (the anonymous Gregorian algorithm). */
export function easter(y: number): { m: number; d: number } {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { m: month, d: day };
}

/** Day of month of the nth (1-based; -1 = last) weekday `wd` in a month. */
function nthWeekday(y: number, m: number, wd: number, nth: number): number {
  if (nth > 0) {
    const first = weekday(y, m, 1);
    return 1 + ((wd - first + 7) % 7) + 7 * (nth - 1);
  }
  const last = daysInMonth(y, m);
  const lwd = weekday(y, m, last);
  return last - ((lwd - wd + 7) % 7);
}

export const holidayParser: Parser = {
  name: 'holiday',
  pattern: lazyPattern(() => new RegExp(`${L}(?:${alternation(lexicon().holidays.keys())})${R}`, 'giud')),
  extract(m, ctx): Candidate | null {
    if (!/^\p{Lu}/u.test(m[0])) return null;
    const rule = lexicon().holidays.get(key(m[0]));
    if (!rule) return null;
    const start = m.index;
    const end = start + m[0].length;
    const dir = ctx.direction(start, end);
    let value: string;
    const fixed = /^(\d\d)-(\d\d)$/.exec(rule);
    const fromEaster = /^easter([+-]\d+)$/.exec(rule);
    if (fromEaster) {
      // the year: the nearest Easter (about April), as for a written date
      const probe = resolveMonthDay(ctx.ref, 4, 10, dir);
      const y = /^\d{4}/.test(probe) ? Number(probe.slice(0, 4)) : null;
      if (y === null) return { start, end, type: 'DATE', value: 'XXXX-XX-XX', rule: 'holiday' };
      const e = easter(y);
      const r = addDays(y, e.m, e.d, Number(fromEaster[1]));
      value = / week$/i.test(m[0]) ? isoWeek(r.y, r.m, r.d) : dateValue(r.y, r.m, r.d);
    } else if (fixed) {
      value = resolveMonthDay(ctx.ref, Number(fixed[1]), Number(fixed[2]), dir);
    } else {
      const [mo, wd, nthPlus] = rule.split(':') as [string, string, string];
      const [nth, plus] = nthPlus.split('+').map(Number) as [number, number | undefined];
      const month = Number(mo);
      const probe = resolveMonthDay(ctx.ref, month, 15, dir);
      const y = /^\d{4}/.test(probe) ? Number(probe.slice(0, 4)) : null;
      if (y === null) return { start, end, type: 'DATE', value: `XXXX-${mo.padStart(2, '0')}-XX`, rule: 'holiday' };
      const r = addDays(y, month, nthWeekday(y, month, Number(wd), nth), plus ?? 0);
      value = dateValue(r.y, r.m, r.d);
    }
    return { start, end, type: 'DATE', value, rule: 'holiday' };
  },
};
