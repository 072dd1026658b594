/**
 * Clock times: "10 p.m.", "6:30 a.m.", "noon", "midnight", optionally with the day ("6 a.m.
 * Friday", "Friday at noon", "10:15 a.m. yesterday"). Value: the day, then `THH:MM`.
 */
import type { Candidate, Parser } from '../candidate.js';
import { L, R, lazyPattern } from '../candidate.js';
import { pad } from '../reference.js';
import { relativeDay, resolveWeekday } from '../resolve.js';
import { fragments, weekdayOf } from './patterns.js';

export const clockParser: Parser = {
  name: 'clock',
  pattern: lazyPattern(() => {
    const f = fragments();
    const day = `(?:(${f.weekday})|(today|yesterday|tomorrow))`;
    return new RegExp(
      `${L}(?:${day}\\s+at\\s+)?(?:(\\d{1,2})(?:[:.](\\d{2}))?\\s*(a\\.m\\.?|p\\.m\\.?|am|pm)(?![\\p{L}])|(noon|midnight))(?:\\s+(?:on\\s+)?${day}${R})?`,
      'giud',
    );
  }),
  extract(m, ctx): Candidate | null {
    let hour: number;
    let minute = 0;
    if (m[7]) {
      hour = m[7].toLowerCase() === 'noon' ? 12 : 24;
    } else {
      hour = Number(m[3]);
      minute = m[4] ? Number(m[4]) : 0;
      if (hour < 1 || hour > 12 || minute > 59) return null;
      const pm = /^p/i.test(m[5]!);
      if (pm && hour < 12) hour += 12;
      if (!pm && hour === 12) hour = 0;
    }
    const wdWord = m[1] ?? m[8];
    const relWord = (m[2] ?? m[9])?.toLowerCase();
    let date: string;
    if (wdWord) {
      const wd = weekdayOf(wdWord);
      if (!wd || !/^\p{Lu}/u.test(wdWord)) return null;
      date = resolveWeekday(ctx.ref, wd, null, ctx.direction(m.index, m.index + m[0].length));
    } else {
      date = relativeDay(ctx.ref, relWord === 'yesterday' ? -1 : relWord === 'tomorrow' ? 1 : 0);
    }
    let end = m.index + m[0].length;
    if (ctx.text[end - 1] === '.' && !wdWord && !relWord && /\.\s*$/.test(m[0]) && /^\s*(?:$|\n|[A-Z])/.test(ctx.text.slice(end, end + 3))) {
      // keep "p.m." whole; the sentence's full stop is the abbreviation's dot
    }
    return { start: m.index, end, type: 'TIME', value: `${date}T${pad(hour)}:${pad(minute)}`, rule: 'clock' };
  },
};
