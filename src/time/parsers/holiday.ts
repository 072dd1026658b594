/**
 * Holidays (data/time/holidays.tsv): "Christmas" (`2012-12-25`), "Thanksgiving Day" (fourth
 * Thursday of November). The year is the nearest occurrence, as for a written date.
 */
import type { Candidate, Parser } from '../candidate.js';
import { L, R, lazyPattern } from '../candidate.js';
import { alternation, key, lexicon } from '../lexicon.js';
import { dateValue, daysInMonth, weekday } from '../reference.js';
import { resolveMonthDay } from '../resolve.js';

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
    if (fixed) {
      value = resolveMonthDay(ctx.ref, Number(fixed[1]), Number(fixed[2]), dir);
    } else {
      const [mo, wd, nth] = rule.split(':').map(Number) as [number, number, number];
      const probe = resolveMonthDay(ctx.ref, mo, 15, dir);
      const y = /^\d{4}/.test(probe) ? Number(probe.slice(0, 4)) : null;
      if (y === null) return { start, end, type: 'DATE', value: `XXXX-${String(mo).padStart(2, '0')}-XX`, rule: 'holiday' };
      value = dateValue(y, mo, nthWeekday(y, mo, wd, nth));
    }
    return { start, end, type: 'DATE', value, rule: 'holiday' };
  },
};
