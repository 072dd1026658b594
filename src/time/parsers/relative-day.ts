/**
 * Days named from the reference: "today", "yesterday", "tomorrow", "tonight", "last night",
 * "this morning", "yesterday afternoon", "the day before yesterday".
 */
import type { Candidate, Parser } from '../candidate.js';
import { L, R, lazyPattern } from '../candidate.js';
import { lexicon } from '../lexicon.js';
import { relativeDay } from '../resolve.js';
import { fragments } from './patterns.js';

/** After "today": a possessive whose head (next word, or the word after one adjective) is generic. */
function isGenericToday(after: string): boolean {
  const m = /^['’]s\s+(\p{L}+)(?:\s+(\p{L}+))?/u.exec(after);
  if (!m) return false;
  const heads = lexicon().genericAfterToday;
  return heads.has(m[1]!.toLowerCase()) || (m[2] !== undefined && heads.has(m[2].toLowerCase()));
}

const OFFSETS: Record<string, number> = { today: 0, yesterday: -1, tomorrow: 1, tonight: 0, this: 0, last: -1 };

export const relativeDayParser: Parser = {
  name: 'relative-day',
  pattern: lazyPattern(() => {
    const f = fragments();
    return new RegExp(
      `${L}(?:(early|late|later|earlier)\\s+)?(?:the\\s+day\\s+(before|after)\\s+(yesterday|tomorrow)|(overnight)|(today|yesterday|tomorrow|tonight)(?:\\s+(${f.partOfDay}))?|(this|last)\\s+(${f.partOfDay}))${R}`,
      'giud',
    );
  }),
  extract(m, ctx) {
    const start = m.index;
    const end = start + m[0].length;
    const w0 = m[1]?.toLowerCase();
    const mod = w0 === 'early' || w0 === 'earlier' ? 'START' : w0 ? 'END' : undefined;
    const c = (x: Candidate | null): Candidate | null => (x && mod ? { ...x, mod } : x);
    if (m[2]) {
      const n = m[3]!.toLowerCase() === 'yesterday' ? -2 : 2;
      return c({ start, end, type: 'DATE', value: relativeDay(ctx.ref, n), rule: 'day-before-after' });
    }
    // "overnight": the night before the reference
    if (m[4]) return c({ start, end, type: 'TIME', value: `${relativeDay(ctx.ref, -1)}TNI`, rule: 'overnight' });
    const pods = lexicon().partsOfDay;
    if (m[5]) {
      const w = m[5].toLowerCase();
      // "USA Today", "VOA Today": a capitalised "Today" after a capitalised word inside a
      // sentence is part of a name
      if (!m[1] && /^\p{Lu}\p{Ll}/u.test(m[5]) && /\b\p{Lu}[\p{L}&-]*\p{L}\s+$/u.test(ctx.text.slice(Math.max(0, start - 30), start))) return null;
      // "today's youth", "in today's world": the present age in general, not the day of the
      // story; news annotation leaves it unmarked (data/time/not-times.tsv, follows "today's")
      if (w === 'today' && !m[6] && isGenericToday(ctx.text.slice(end, end + 40))) return null;
      const date = relativeDay(ctx.ref, OFFSETS[w]!);
      if (w === 'tonight') return c({ start, end, type: 'TIME', value: `${date}TNI`, rule: 'tonight' });
      if (m[6]) return c({ start, end, type: 'TIME', value: `${date}T${pods.get(m[6].toLowerCase())}`, rule: 'relative-day-part' });
      return c({ start, end, type: 'DATE', value: date, rule: 'relative-day' });
    }
    const w = m[7]!.toLowerCase();
    const pod = m[8]!.toLowerCase();
    // "last night" is the evening before; "last morning" is not said.
    if (w === 'last' && pod !== 'night') return null;
    return c({ start, end, type: 'TIME', value: `${relativeDay(ctx.ref, OFFSETS[w]!)}T${pods.get(pod)}`, rule: 'this-part-of-day' });
  },
};
