/**
 * Clock times: "10 p.m.", "6:30 a.m.", "noon", "midnight", optionally with the day ("6 a.m.
 * Friday", "Friday at noon", "10:15 a.m. yesterday", "5 p.m. EST Nov. 9"). Value: the day, then `THH:MM`.
 */
import type { Candidate, Parser } from '../candidate.js';
import { L, R, groupStart, lazyPattern } from '../candidate.js';
import { isValidDate, pad } from '../reference.js';
import { relativeDay, resolveMonthDay, resolveWeekday } from '../resolve.js';
import { fragments, monthOf, weekdayOf } from './patterns.js';
import { lexicon } from '../lexicon.js';
import { parseNumber } from '../../amounts/numbers.js';

/** Time zones written after a clock time ("9 a.m. EST"). */
const TZ = 'EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|local\\s+time';

export const clockParser: Parser = {
  name: 'clock',
  pattern: lazyPattern(() => {
    const f = fragments();
    const day = `(?:(${f.weekday})|(today|yesterday|tomorrow))`;
    const monthDay = `(?:,?\\s+(?:on\\s+)?(${f.month})\\s+(\\d{1,2})${R})`;
    return new RegExp(
      `${L}(?:${day}\\s+at\\s+)?(?:(\\d{1,2})(?:[:.](\\d{2}))?\\s*(a\\.m\\.?|p\\.m\\.?|am|pm)(?![\\p{L}])(?:\\s+(?:${TZ})${R})?|(noon|midday|midnight))(\\s*\\([^()\\n]{1,20}\\))?(?:,?\\s+(?:on\\s+)?${day}${R}|${monthDay})?`,
      'giud',
    );
  }),
  extract(m, ctx): Candidate | null {
    let hour: number;
    let minute = 0;
    if (m[6]) {
      // "high noon" is an idiom (and a film), not a time of day
      if (/\bhigh\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 6), m.index)) && !m[1] && !m[2]) return null;
      hour = m[6].toLowerCase() === 'midnight' ? 24 : 12;
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
    const month = m[10] ? monthOf(m[10]) : undefined;
    if (m[10] && (!month || !/^\p{Lu}/u.test(m[10]) || !isValidDate(2000, month, Number(m[11])))) return null;
    if (month) {
      date = resolveMonthDay(ctx.ref, month, Number(m[11]), ctx.direction(m.index, m.index + m[0].length));
    } else if (wdWord) {
      const wd = weekdayOf(wdWord);
      if (!wd || !/^\p{Lu}/u.test(wdWord)) return null;
      date = resolveWeekday(ctx.ref, wd, null, ctx.direction(m.index, m.index + m[0].length));
    } else {
      date = relativeDay(ctx.ref, relWord === 'yesterday' ? -1 : relWord === 'tomorrow' ? 1 : 0);
    }
    // "10:35 a.m. (0735 GMT) Friday": the day after an aside gives the date; the span is the time
    const end = m[7] ? groupStart(m, 7) : m.index + m[0].length;
    if (!month && !wdWord && !relWord) {
      // a bare "at 10 p.m.": on the day the story last named (refiners/anchors.ts)
      const anchor = { unit: 'day', shift: 0, part: `${pad(hour)}:${pad(minute)}` };
      return { start: m.index, end, type: 'TIME', value: '', rule: 'clock', anchor };
    }
    return { start: m.index, end, type: 'TIME', value: `${date}T${pad(hour)}:${pad(minute)}`, rule: 'clock' };
  },
};

/**
 * An hour named with its part of the day instead of a.m./p.m.: "4 in the morning", "five o'clock
 * in the afternoon", "10 at night" (`T04:00`, `T17:00`, `T22:00`), on the day the story last named.
 * Morning hours are before noon; afternoon and evening hours after it; night hours from six on
 * are evening hours, earlier ones after midnight ("2 at night").
 */
export const clockPartParser: Parser = {
  name: 'clock-part-of-day',
  pattern: lazyPattern(() => {
    const f = fragments();
    return new RegExp(`${L}(\\d{1,2}|${f.number})(?:[:.](\\d{2}))?(?:\\s+o['’]clock)?\\s+(?:in\\s+the\\s+(morning|afternoon|evening)|at\\s+(night))${R}`, 'giud');
  }),
  extract(m): Candidate | null {
    const hour12 = /^\d/.test(m[1]!) ? Number(m[1]) : parseNumber(m[1]!);
    const minute = m[2] ? Number(m[2]) : 0;
    if (!Number.isInteger(hour12) || hour12 < 1 || hour12 > 12 || minute > 59) return null;
    const part = (m[3] ?? m[4])!.toLowerCase();
    let hour = hour12 % 12; // "12 in the morning" is midnight's hour 0
    if (part === 'afternoon' || part === 'evening' || (part === 'night' && hour12 >= 6)) hour += 12;
    if (part === 'afternoon' && hour12 === 12) hour = 12;
    const anchor = { unit: 'day', shift: 0, part: `${pad(hour)}:${pad(minute)}` };
    return { start: m.index, end: m.index + m[0].length, type: 'TIME', value: '', rule: 'clock-part-of-day', anchor };
  },
};

/** 24-hour clock times with a zone or "hours": "12.00 local time", "14:30 GMT", "0600 hours". */
export const clock24Parser: Parser = {
  name: 'clock-24h',
  pattern: lazyPattern(() => new RegExp(`${L}([01]?\\d|2[0-4])[:.]?([0-5]\\d)\\s+(?:hours|${TZ})${R}`, 'giud')),
  extract(m, ctx): Candidate | null {
    const hour = Number(m[1]);
    if (hour > 24 || (hour === 24 && m[2] !== '00')) return null;
    if (!/[:.]/.test(m[0]) && m[1]!.length + m[2]!.length !== 4) return null; // "0600 hours", not "630 GMT"
    return { start: m.index, end: m.index + m[0].length, type: 'TIME', value: `${relativeDay(ctx.ref, 0)}T${pad(hour)}:${m[2]}`, rule: 'clock-24h' };
  },
};

/**
 * A part of the day on its own after a preposition: "in the morning", "by mid afternoon",
 * "during the evening" (the day the story last named, else the reference day: `2012-10-05TMO`; mod
 * from early/mid/late), "at mid-afternoon yesterday" (`2012-10-04TAF`).
 */
export const partOfDayParser: Parser = {
  name: 'part-of-day',
  pattern: lazyPattern(
    () => /(?<=\b(?:in|by|at|during|until|through|throughout)\s+)(?:(early|late|mid)[\s-]*)?(?:the\s+)?(?:(early|late|mid)[\s-]*)?(morning|afternoon|evening)(?:\s+(yesterday|today|tomorrow))?(?![\p{L}\d])/giud,
  ),
  extract(m, ctx): Candidate | null {
    const code = lexicon().partsOfDay.get(m[3]!.toLowerCase());
    if (!code) return null;
    // "in the morning papers": a noun follows, the part of the day is an adjective
    const end = m.index + m[0].length;
    if (/^\s+(?:of|papers?|news|show|session|rush)\b/i.test(ctx.text.slice(end, end + 10))) return null;
    const w = (m[1] ?? m[2])?.toLowerCase();
    const mod = w === 'early' ? 'START' : w === 'late' ? 'END' : w === 'mid' ? 'MID' : undefined;
    if (!m[4]) {
      // "In the evening, they deployed": the evening of the day the story last named
      return { start: m.index, end, type: 'TIME', value: '', ...(mod ? { mod } : {}), rule: 'part-of-day', anchor: { unit: 'day', shift: 0, part: code } };
    }
    const day = { yesterday: -1, today: 0, tomorrow: 1 }[m[4].toLowerCase()] ?? 0; // "mid-afternoon yesterday"
    return { start: m.index, end, type: 'TIME', value: `${relativeDay(ctx.ref, day)}T${code}`, ...(mod ? { mod } : {}), rule: 'part-of-day' };
  },
};
