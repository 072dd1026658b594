/**
 * Weekdays: "Friday", "last Friday", "next Tuesday", "the previous Friday", "this coming
 * Sunday", "early Tuesday" (mod START), "Mondays" and "Tuesday nights" (SET `XXXX-WXX-2TNI`),
 * "Friday morning" (a TIME with a part of the
 * day: `2012-10-05TMO`). A bare weekday is the latest one on or before the reference unless a
 * future cue is near ("will meet Friday"). A weekday followed by a name word ("Sunday Times",
 * data/time/not-times.tsv) is not a time.
 */
import type { Parser } from '../candidate.js';
import { L, R, groupEnd, lazyPattern } from '../candidate.js';
import { lexicon } from '../lexicon.js';
import { relationOf, resolveWeekday } from '../resolve.js';
import { capitalised, fragments, weekdayOf } from './patterns.js';

export const weekdayParser: Parser = {
  name: 'weekday',
  pattern: lazyPattern(() => {
    const f = fragments();
    return new RegExp(
      `${L}(?:(early|late)\\s+)?(?:(?:the\\s+|this\\s+)?(last|next|this|past|coming|previous|following)\\s+)?(${f.weekday})(s?)${R}(?:\\s+(${f.partOfDay})(s?)${R})?`,
      'giud',
    );
  }),
  extract(m, ctx) {
    const word = m[3]!;
    const wd = weekdayOf(word);
    if (!wd || !capitalised(word)) return null;
    // Abbreviations ("Sat", "Sun", "Wed") are words too often.
    if (word.length < 6 && !/^(?:Tues|Thurs)$/.test(word)) return null;
    const end = m.index + m[0].length;
    const wordEnd = groupEnd(m, 3);
    const after = /^\s+(\S+)/.exec(ctx.text.slice(wordEnd, wordEnd + 30))?.[1] ?? '';
    if (lexicon().notTimes.has(after.replace(/[^\p{L}]/gu, ''))) return null;
    const rel = relationOf(m[2]);
    const mod = m[1] ? (m[1].toLowerCase() === 'early' ? 'START' : 'END') : undefined;
    // "Mondays", "Tuesday nights": every such day (TIMEX3 SET)
    if (m[4] || m[6]) {
      if (rel || m[1]) return null;
      const code = m[5] ? lexicon().partsOfDay.get(m[5].toLowerCase()) : undefined;
      if (m[5] && !m[6] && m[4]) return null; // "Mondays night" is not said
      return { start: m.index, end, type: 'SET', value: `XXXX-WXX-${wd}${code ? `T${code}` : ''}`, rule: 'weekday-set' };
    }
    // "the previous Friday", "the following Monday": named from the last date in the story
    if (/^(?:(?:early|late)\s+)?the\s+(?:previous|following)\b/i.test(m[0])) {
      const code = m[5] ? lexicon().partsOfDay.get(m[5].toLowerCase()) : undefined;
      const anchor = { unit: 'weekday', shift: relationOf(m[2]) === 'last' ? -1 : 1, weekday: wd, ...(code ? { part: code } : {}) };
      return { start: m.index, end, type: code ? 'TIME' : 'DATE', value: '', ...(mod ? { mod } : {}), rule: 'weekday-anchored', anchor };
    }
    const date = resolveWeekday(ctx.ref, wd, rel, rel ? null : ctx.direction(m.index, end));
    if (m[5]) {
      const code = lexicon().partsOfDay.get(m[5].toLowerCase());
      return { start: m.index, end, type: 'TIME', value: `${date}T${code}`, ...(mod ? { mod } : {}), rule: 'weekday-part-of-day' };
    }
    return { start: m.index, end, type: 'DATE', value: date, ...(mod ? { mod } : {}), rule: 'weekday' };
  },
};
