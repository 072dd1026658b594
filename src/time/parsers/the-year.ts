/**
 * "the year" and "the month" read from their context: "the year ended Sept. 30" / "the fiscal
 * year ending" (a length: `P1Y`), "for the year", "the end of the year" / "the end of the month"
 * (the reference year or month, with the modifier's mod), "the year two thousand" (`2000`).
 */
import type { Candidate, Parser } from '../candidate.js';
import { L, R, lazyPattern } from '../candidate.js';
import { pad, shiftReference } from '../reference.js';
import { fragments, pointMod } from './patterns.js';

export const theYearParser: Parser = {
  name: 'the-year',
  pattern: lazyPattern(() => {
    const f = fragments();
    return new RegExp(`${L}(?:(${f.pointMod})\\s+)?(?:(for)\\s+)?the\\s+(?:(fiscal|full|calendar|whole|entire)\\s+)?(year|month|week)(?:\\s+(two\\s+thousand))?${R}`, 'giud');
  }),
  extract(m, ctx): Candidate | null {
    const unit = m[4]!.toLowerCase();
    let start = m.index;
    const end = start + m[0].length;
    if (m[2]) start += m[0].toLowerCase().indexOf('the', m[1] ? m[1].length : 0);
    if (unit === 'week') return theWeek(m, ctx, start, end);
    if (m[5]) return unit === 'year' ? { start, end, type: 'DATE', value: '2000', rule: 'the-year-2000' } : null;
    const after = ctx.text.slice(end, end + 12);
    if (/^\s+(?:ended|ending|to)\b/i.test(after)) {
      if (m[1] || m[2]) start = m.index + m[0].toLowerCase().lastIndexOf('the', m[0].length - unit.length);
      return { start, end, type: 'DURATION', value: unit === 'year' ? 'P1Y' : 'P1M', rule: 'the-year-ended' };
    }
    const mod = pointMod(m[1]);
    // "the first nine months of the year", "a high for the year", "the rest of the year": a part
    // or a measure of the reference year
    const partOf = /(?:months|weeks|days|quarters?|half|rest|remainder|balance|high|low|end|start|beginning|middle)\s+(?:of|for)\s+$/i.test(ctx.text.slice(Math.max(0, start - 20), start));
    if (partOf && !mod && !m[3]) return { start, end, type: 'DATE', value: shiftReference(ctx.ref, unit, 0), rule: 'the-year' };
    if (!mod && !m[2]) return null; // a bare "the year" is too often a noun phrase
    if (m[2] && !/^\s*[,.;]/.test(after)) return null; // "for the year" alone
    return { start, end, type: 'DATE', value: shiftReference(ctx.ref, unit, 0), ...(mod ? { mod } : {}), rule: 'the-year' };
  },
};

/**
 * "the week" on its own ("For the week, the index fell", "the week's busiest session", "the week
 * following the crash") names a week of the story that the text does not date: a week of the
 * reference year, `1989-WXX` (TIMEX3 leaves unknown fields as X). "the rest of the week" is the
 * reference week, as are "the end of the week" and "early in the week"; "the week ended Friday" a length (`P1W`); "the week of March 6" is dated by the
 * absolute-date parser.
 */
function theWeek(m: RegExpExecArray, ctx: Parameters<Parser['extract']>[1], start: number, end: number): Candidate | null {
  if (m[3] || m[5] || m[1]) return null; // "the full week", "the end of the week" (unit-end rules)
  const after = ctx.text.slice(end, end + 12);
  if (/^\s+of\b/i.test(after)) return null;
  if (/^\s+(?:ended|ending)\b/i.test(after)) {
    if (m[2]) start = m.index + m[0].toLowerCase().lastIndexOf('the');
    return { start, end, type: 'DURATION', value: 'P1W', rule: 'the-year-ended' };
  }
  const before = ctx.text.slice(Math.max(0, start - 20), start);
  // a part of the week ("the rest of the week", "the end of the week", "early in the week") is, as
  // for the year, a part of the reference week
  if (/(?:rest|remainder|balance|end|start|beginning|middle)\s+of\s+$/i.test(before)) return { start, end, type: 'DATE', value: shiftReference(ctx.ref, 'week', 0), rule: 'the-year' };
  const part = /\b(early|late)\s+in\s+$/i.exec(before);
  if (part) return { start, end, type: 'DATE', value: shiftReference(ctx.ref, 'week', 0), mod: part[1]!.toLowerCase() === 'early' ? 'START' : 'END', rule: 'the-year' };
  // "days of the week", "a day of the week": the week in general, not a time of the story
  if (/\b(?:days?|times?)\s+(?:of|in|a)\s+$/i.test(before)) return null;
  if (ctx.ref.year === null) return null;
  if (m[2]) start = m.index + m[0].toLowerCase().lastIndexOf('the');
  return { start, end, type: 'DATE', value: `${pad(ctx.ref.year, 4)}-WXX`, rule: 'the-week' };
}

/** "year-end", "year end", "the year's end", "month-end": the end of the reference year or month. */
export const unitEndParser: Parser = {
  name: 'year-end',
  pattern: lazyPattern(() => /(?<![\p{L}\-])(?:the\s+)?(?:fiscal\s+)?(year|month)(?:-|\s+|['’]s\s+)end(?![\p{L}\-])/giud),
  extract(m, ctx): Candidate | null {
    // "the year-end" as a noun is the same time; "year-ended" does not match (a letter follows)
    const value = shiftReference(ctx.ref, m[1]!.toLowerCase(), 0);
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', value, mod: 'END', rule: 'year-end' };
  },
};
