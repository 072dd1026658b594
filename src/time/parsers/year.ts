/**
 * Years and decades: "1993", "fiscal 1989", "early 2014", "post-1959" (mod AFTER), "the 1990s", "the early '90s",
 * "mid-1980s". A four-digit number is a year only between 1000 and 2199, and not when it counts
 * something ("2000 people", "$1990", "1990 percent" are not years: data/time/not-years.tsv).
 */
import type { Parser } from '../candidate.js';
import { L, R, lazyPattern } from '../candidate.js';
import { pad } from '../reference.js';
import { lexicon } from '../lexicon.js';
import { fragments, pointMod } from './patterns.js';

/** The word after the number, lower-cased ("percent", "%", "p.m."). */
function nextWord(text: string, end: number): string {
  const m = /^\s*(%|[\p{L}.]+)/u.exec(text.slice(end, end + 20));
  return (m?.[1] ?? '').toLowerCase().replace(/(?<=\p{L}{2})\.$/u, '');
}

export const yearParser: Parser = {
  name: 'year',
  pattern: lazyPattern(() => {
    const f = fragments();
    return new RegExp(`(?:${L}(pre|post)-|${L}(?:(${f.pointMod})\\s*)?(?:(fiscal|calendar|the\\s+year|model\\s+year)\\s+)?)(\\d{4})(?![\\d,.]\\d|[\\p{L}\\d])`, 'giud');
  }),
  extract(m, ctx) {
    const y = Number(m[4]);
    if (y < 1000 || y > 2199) return null;
    const start = m.index;
    const end = start + m[0].length;
    const before = ctx.text.slice(Math.max(0, start - 3), start);
    if (/[$€£¥#]\s*$|No\.\s*$/.test(before) || /\d[,.]$/.test(before)) return null;
    const after = nextWord(ctx.text, end);
    if (lexicon().notYears.has(after) || lexicon().notYears.has(after.replace(/\.$/, ''))) return null;
    if (/^\s*per\s+cent\b/i.test(ctx.text.slice(end, end + 12))) return null;
    if (ctx.text[end] === '-' && /^-\d/.test(ctx.text.slice(end, end + 2))) {
      // "1998-99" season or "2012-10-05" (the ISO parser takes that)
      if (/^-\d{2}-\d{2}/.test(ctx.text.slice(end, end + 6))) return null;
    }
    if (y < 1600 && !m[1] && !m[2] && !m[3] && !/\b(?:in|since|of|by|until|year)\s+$/i.test(ctx.text.slice(Math.max(0, start - 8), start))) return null;
    // "post-1959", "pre-1990": after or before that year
    const mod = m[1] ? (m[1].toLowerCase() === 'pre' ? 'BEFORE' : 'AFTER') : pointMod(m[2]);
    return { start, end, type: 'DATE', value: pad(y, 4), ...(mod ? { mod } : {}), rule: 'year' };
  },
};

export const decadeParser: Parser = {
  name: 'decade',
  pattern: lazyPattern(() => {
    const f = fragments();
    return new RegExp(`${L}(?:the\\s+)?(?:(${f.pointMod})\\s*)?(?:(\\d{3})0|['’](\\d)0)['’]?s${'(?![\\p{L}\\d])'}`, 'giud');
  }),
  extract(m, ctx) {
    let decade: string;
    if (m[2]) decade = m[2];
    else {
      const d = Number(m[3]);
      // "the '90s": the latest such decade not after the reference (or the 1900s)
      const refYear = ctx.ref.year ?? 1999;
      let century = Math.floor(refYear / 100);
      if (century * 100 + d * 10 > refYear) century -= 1;
      decade = `${century}${d}`;
    }
    const mod = pointMod(m[1]);
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: decade, ...(mod ? { mod } : {}), rule: 'decade' };
  },
};

/** "’91", "the '08 election": a two-digit year after a preposition or determiner. */
export const shortYearParser: Parser = {
  name: 'short-year',
  pattern: lazyPattern(() => /(?<=\b(?:in|since|of|by|until|from|the|and|to)\s+)['’](\d{2})(?![\d\p{L}'’])/giud),
  extract(m, ctx) {
    const yy = Number(m[1]);
    const refYear = ctx.ref.year ?? 1999;
    let year = Math.floor(refYear / 100) * 100 + yy;
    if (year > refYear + 10) year -= 100; // "’91" read in 2015 is 1991
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: pad(year, 4), rule: 'short-year' };
  },
};

const DECADE_WORDS: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };

/** "the nineties", "the late sixties": the latest such decade not after the reference. */
export const decadeWordParser: Parser = {
  name: 'decade-word',
  pattern: lazyPattern(() => {
    const f = fragments();
    return new RegExp(`${L}the\\s+(?:(${f.pointMod})\\s*)?(${Object.keys(DECADE_WORDS).join('|')})${R}`, 'giud');
  }),
  extract(m, ctx) {
    const d = DECADE_WORDS[m[2]!.toLowerCase()]!;
    const refYear = ctx.ref.year ?? 1999;
    let century = Math.floor(refYear / 100);
    if (century * 100 + d * 10 > refYear) century -= 1;
    const mod = pointMod(m[1]);
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: `${century}${d}`, ...(mod ? { mod } : {}), rule: 'decade-word' };
  },
};

/** "the 20th century" (`19`), "the 11th century" (`10`). */
export const centuryParser: Parser = {
  name: 'century',
  pattern: lazyPattern(() => {
    const f = fragments();
    return new RegExp(`${L}(?:the\\s+)?(?:(${f.pointMod})\\s*)?(\\d{1,2})(?:st|nd|rd|th)[\\s-]+century${R}`, 'giud');
  }),
  extract(m) {
    const n = Number(m[2]);
    if (n < 1 || n > 22) return null;
    const mod = pointMod(m[1]);
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: pad(n - 1, 2), ...(mod ? { mod } : {}), rule: 'century' };
  },
};
