/**
 * Days named from the reference: "today", "yesterday", "tomorrow", "tonight", "last night",
 * "this morning", "yesterday afternoon", "the day before yesterday".
 */
import type { Parser } from '../candidate.js';
import { L, R, lazyPattern } from '../candidate.js';
import { lexicon } from '../lexicon.js';
import { relativeDay } from '../resolve.js';
import { fragments } from './patterns.js';

const OFFSETS: Record<string, number> = { today: 0, yesterday: -1, tomorrow: 1, tonight: 0, this: 0, last: -1 };

export const relativeDayParser: Parser = {
  name: 'relative-day',
  pattern: lazyPattern(() => {
    const f = fragments();
    return new RegExp(
      `${L}(?:the\\s+day\\s+(before|after)\\s+(yesterday|tomorrow)|(overnight)|(today|yesterday|tomorrow|tonight)(?:\\s+(${f.partOfDay}))?|(this|last)\\s+(${f.partOfDay}))${R}`,
      'giud',
    );
  }),
  extract(m, ctx) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[1]) {
      const n = m[2]!.toLowerCase() === 'yesterday' ? -2 : 2;
      return { start, end, type: 'DATE', value: relativeDay(ctx.ref, n), rule: 'day-before-after' };
    }
    // "overnight": the night before the reference
    if (m[3]) return { start, end, type: 'TIME', value: `${relativeDay(ctx.ref, -1)}TNI`, rule: 'overnight' };
    const pods = lexicon().partsOfDay;
    if (m[4]) {
      const w = m[4].toLowerCase();
      const date = relativeDay(ctx.ref, OFFSETS[w]!);
      if (w === 'tonight') return { start, end, type: 'TIME', value: `${date}TNI`, rule: 'tonight' };
      if (m[5]) return { start, end, type: 'TIME', value: `${date}T${pods.get(m[5].toLowerCase())}`, rule: 'relative-day-part' };
      return { start, end, type: 'DATE', value: date, rule: 'relative-day' };
    }
    const w = m[6]!.toLowerCase();
    const pod = m[7]!.toLowerCase();
    // "last night" is the evening before; "last morning" is not said.
    if (w === 'last' && pod !== 'night') return null;
    return { start, end, type: 'TIME', value: `${relativeDay(ctx.ref, OFFSETS[w]!)}T${pods.get(pod)}`, rule: 'this-part-of-day' };
  },
};
