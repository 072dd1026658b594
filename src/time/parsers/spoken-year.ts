/**
 * Years written in words, as in broadcast transcripts: "nineteen ninety-six" (`1996`),
 * "nineteen eighty" (`1980`), "two thousand" / "two thousand and one" (`2000`, `2001`).
 */
import type { Candidate, Parser } from '../candidate.js';
import { L, R, lazyPattern } from '../candidate.js';
import { parseNumberWords } from '../../amounts/numbers.js';

const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';

export const spokenYearParser: Parser = {
  name: 'spoken-year',
  pattern: lazyPattern(
    () =>
      new RegExp(
        `${L}(?:(nineteen|eighteen|twenty)\\s+((?:${TENS})(?:[-\\s](?:${UNITS}))?|${TEENS}|oh[-\\s](?:${UNITS}))|(?<=\\b(?:in|of|since|year|until|by)\\s+)two\\s+thousand(?:\\s+and\\s+(${UNITS}|${TEENS}))?)${R}`,
        'giud',
      ),
  ),
  extract(m): Candidate | null {
    let year: number;
    if (m[1]) {
      const century = parseNumberWords(m[1]);
      const rest = m[2]!.toLowerCase().replace(/^oh[-\s]/, '');
      const yy = parseNumberWords(rest);
      if (!Number.isFinite(century) || !Number.isFinite(yy) || yy > 99) return null;
      year = century * 100 + yy;
    } else {
      year = 2000 + (m[3] ? parseNumberWords(m[3]) : 0);
    }
    if (!Number.isFinite(year)) return null;
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: String(year), rule: 'spoken-year' };
  },
};
