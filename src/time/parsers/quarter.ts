/**
 * Quarters and halves of a year, common in business news: "the third quarter", "third-quarter"
 * (`1989-Q3`), "the fourth quarter of 1990", "last year's first quarter", "the latest quarter"
 * (the last completed one), "the first half" (`1989-H1`). Year: the one written, else the
 * reference year.
 */
import type { Candidate, Parser } from '../candidate.js';
import { L, R, groupStart, lazyPattern } from '../candidate.js';
import { pad, shiftReference } from '../reference.js';
import { quarterContext } from './relative-unit.js';

const ORDINAL: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };
const RELATIVE: Record<string, number> = { latest: -1, last: -1, previous: -1, past: -1, recent: -1, current: 0, this: 0, next: 1, coming: 1 };

export const quarterParser: Parser = {
  name: 'quarter',
  pattern: lazyPattern(
    () =>
      new RegExp(
        `${L}(?:(?:(the)\\s+)?(?:(this|last|next)\\s+year['’]s\\s+|(\\d{4})['’]s\\s+)?)(?:(fiscal|calendar|\\d{4})(?:\\s+|-))?(?:(first|second|third|fourth|1st|2nd|3rd|4th|latest|last|previous|past|recent|current|this|next|coming)(?:\\s+|-))?(?:(fiscal)\\s+)?(quarter|half|period)${R}(?:\\s+of\\s+(?:(\\d{4})|(this|last|next)\\s+year|fiscal\\s+(\\d{4})))?`,
        'giud',
      ),
  ),
  extract(m, ctx): Candidate | null {
    const which = m[5]?.toLowerCase();
    const kind = m[7]!.toLowerCase();
    // "the third-quarter results": the adjective's article belongs to the noun
    const hyphenated = /[a-z\d]-(?:quarter|half)/i.test(m[0]);
    const start = hyphenated && m[1] && !m[2] && !m[3] ? groupStart(m, m[4] ? 4 : 5) : m.index;
    const end = m.index + m[0].length;
    if (!which && !m[1]) return null; // a bare "quarter" (a quarter of the vote)
    if (ctx.ref.year === null && !m[3] && !m[8] && !m[10]) {
      return which && ORDINAL[which] ? { start, end, type: 'DATE', value: `XXXX-${kind === 'half' ? 'H' : 'Q'}${ORDINAL[which]}`, rule: 'quarter' } : null;
    }
    let year = ctx.ref.year ?? 0;
    const explicit = m[3] ?? m[8] ?? m[10] ?? (/^\d{4}$/.test(m[4] ?? '') ? m[4] : undefined);
    if (explicit) year = Number(explicit);
    const relYear = (m[2] ?? m[9])?.toLowerCase();
    if (relYear === 'last') year -= 1;
    if (relYear === 'next') year += 1;
    // "the last half of 1989", "the last quarter of 1990": the final one of that year
    const lastOfYear = which === 'last' && !!(m[8] ?? m[10]);
    if (which && (ORDINAL[which] || lastOfYear)) {
      const n = lastOfYear ? (kind === 'half' ? 2 : 4) : ORDINAL[which]!;
      if ((kind === 'half' && n > 2) || kind === 'period') return null;
      return { start, end, type: 'DATE', value: `${pad(year, 4)}-${kind === 'half' ? 'H' : 'Q'}${n}`, rule: 'quarter' };
    }
    if (kind === 'half') return null; // "the half" is rarely a time
    if (explicit && !which && (kind === 'quarter' || (kind === 'period' && quarterContext(ctx, start))) && ctx.ref.month !== null) {
      // "the 1988 quarter": the quarter under discussion (the last completed one) of that year;
      // "the 1988 period" too where the sentences speak of quarters
      const q = shiftReference(ctx.ref, 'quarter', -1).slice(-2);
      return { start, end, type: 'DATE', value: `${pad(year, 4)}-${q}`, rule: 'year-quarter' };
    }
    // "the latest period" is a quarter only in results reporting.
    if (kind === 'period' && (!which || !quarterContext(ctx, start))) return null;
    // "the quarter", "the latest quarter": the last completed quarter in results reporting.
    const shift = which ? RELATIVE[which] : -1;
    if (shift === undefined || ctx.ref.month === null) return null;
    const value = shiftReference(ctx.ref, 'quarter', shift);
    return { start, end, type: 'DATE', value, rule: 'relative-quarter' };
  },
};
