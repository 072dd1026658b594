/**
 * Years written in words, as in broadcast transcripts: "nineteen ninety-six" (`1996`),
 * "nineteen eighty" (`1980`), "two thousand" / "two thousand and one" (`2000`, `2001`), with a month
 * or season before them: "January nineteen ninety-seven" (`1997-01`), "the winter of nineteen
 * ninety-four" (`1994-WI`).
 */
import type { Candidate, Parser } from '../candidate.js';
import { L, R, lazyPattern } from '../candidate.js';
import { parseNumberWords } from '../../amounts/numbers.js';
import { lexicon } from '../lexicon.js';
import { capitalised, fragments, monthOf } from './patterns.js';

const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';

export const spokenYearParser: Parser = {
  name: 'spoken-year',
  pattern: lazyPattern(
    () =>
      new RegExp(
        `${L}(?:(${fragments().month})\\s+(?:of\\s+)?|the\\s+(${fragments().season})\\s+of\\s+)?(?:(nineteen|eighteen|twenty)\\s+((?:${TENS})(?:[-\\s](?:${UNITS}))?|${TEENS}|oh[-\\s](?:${UNITS}))|(?<=\\b(?:in|of|since|year|until|by)\\s+)two\\s+thousand(?:\\s+and\\s+(${UNITS}|${TEENS}))?)${R}`,
        'giud',
      ),
  ),
  extract(m): Candidate | null {
    let year: number;
    if (m[3]) {
      const century = parseNumberWords(m[3]);
      const rest = m[4]!.toLowerCase().replace(/^oh[-\s]/, '');
      const yy = parseNumberWords(rest);
      if (!Number.isFinite(century) || !Number.isFinite(yy) || yy > 99) return null;
      year = century * 100 + yy;
    } else {
      year = 2000 + (m[5] ? parseNumberWords(m[5]) : 0);
    }
    if (!Number.isFinite(year)) return null;
    // "January nineteen ninety-seven" (`1997-01`), "the winter of nineteen ninety-four" (`1994-WI`)
    const month = m[1] && capitalised(m[1]) ? monthOf(m[1]) : undefined;
    const season = m[2] ? lexicon().seasons.get(m[2].toLowerCase()) : undefined;
    const start = m[1] && !month ? m.index + m[0].length - m[0].replace(/^\S+\s+(?:of\s+)?/, '').length : m.index;
    const value = month ? `${year}-${String(month).padStart(2, '0')}` : season ? `${year}-${season}` : String(year);
    return { start, end: m.index + m[0].length, type: 'DATE', value, rule: 'spoken-year' };
  },
};
