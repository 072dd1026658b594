/**
 * Counts written as hyphenated adjectives with digits: "a 55-kilometer zone", "the 27-nation
 * bloc", "a 100-page document", "a 120-member unit", "a 30-year extension". The object is the
 * word after the hyphen. Word numbers are left out ("one-time", "two-state", "four-way" are
 * adjectives), and so are ages ("6-year-old") and fractions ("two-thirds").
 */
import type { AmountCandidate, AmountParser } from '../index.js';
import { readNumber } from './common.js';
import { amountLexicon } from '../lexicon.js';

let re: RegExp | null = null;


export const measureParser: AmountParser = {
  name: 'measure',
  find(text) {
    re ??= new RegExp(`(?<![\\p{L}\\d,.\\-])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)-(\\p{Ll}+)(?![\\p{L}\\-])`, 'gu');
    const out: AmountCandidate[] = [];
    for (const m of text.matchAll(re)) {
      const word = m[2]!;
      if (amountLexicon().objectWords.get(word) === 'not-count') continue;
      const value = readNumber(m[1]!);
      if (!Number.isFinite(value) || value <= 0) continue;
      out.push({ start: m.index!, end: m.index! + m[0].length, value, object: word, modifier: null, rule: 'measure' });
    }
    return out;
  },
};
