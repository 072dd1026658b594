/**
 * "the weekend", "this weekend", "last weekend", "next weekend": the weekend of a week
 * (`2012-W40-WE`). A bare "the weekend" is the latest one before the reference unless a future
 * cue is near.
 */
import type { Candidate, Parser } from '../candidate.js';
import { L, R, lazyPattern } from '../candidate.js';
import { addDays, isoWeek, pad, refDay, weekday } from '../reference.js';

export const weekendParser: Parser = {
  name: 'weekend',
  pattern: lazyPattern(() => new RegExp(`${L}(the|this|last|next|past|coming)\\s+weekend${R}`, 'giud')),
  extract(m, ctx): Candidate | null {
    const start = m.index;
    const end = start + m[0].length;
    const day = refDay(ctx.ref);
    if (!day) return { start, end, type: 'DATE', value: `${ctx.ref.year !== null ? pad(ctx.ref.year, 4) : 'XXXX'}-WXX-WE`, rule: 'weekend' };
    const w = m[1]!.toLowerCase();
    const wd = weekday(day.y, day.m, day.d);
    const dir = w === 'the' ? ctx.direction(start, end) : null;
    let shiftWeeks: number;
    if (w === 'this') shiftWeeks = 0;
    else if (w === 'next' || w === 'coming' || dir === 'future') shiftWeeks = wd >= 6 ? 1 : 0;
    else shiftWeeks = wd >= 6 ? 0 : -1; // last / past / the: the latest weekend started
    if (w === 'next' && wd < 6) shiftWeeks = 1;
    const r = addDays(day.y, day.m, day.d, 7 * shiftWeeks);
    return { start, end, type: 'DATE', value: `${isoWeek(r.y, r.m, r.d)}-WE`, rule: 'weekend' };
  },
};
