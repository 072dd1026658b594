/**
 * Amounts stage: numbers with their counted object ("About 7,000 troops" → 7000 "troops",
 * modifier "about"), money ("$1.2 billion" → 1200000000 USD), ranges ("5,000 to 7,000"), number
 * words ("two million refugees").
 *
 * Parsers (`parsers/`) propose candidates; overlaps are settled by length (the longest reading
 * wins: "$1.2 billion" over "1.2 billion"). Numbers that are dates, clock times, ordinals or
 * parts of names are rejected by the parsers (see `parsers/count.ts`).
 * Span rule: from the modifier (when there is one) to the object or the currency word.
 */
import type { Amount, Segmentation } from '../core/types.js';
import { moneyParser } from './parsers/money.js';
import { countParser } from './parsers/count.js';
import { measureParser } from './parsers/measure.js';
import { keepNonOverlapping } from '../time/refiners/overlaps.js';

export type AmountCandidate = Omit<Amount, 'text'> & { rule: string };

export interface AmountParser {
  name: string;
  find(text: string): AmountCandidate[];
}

export const AMOUNT_PARSERS: readonly AmountParser[] = [moneyParser, countParser, measureParser];

export function findAmounts(text: string, seg: Segmentation): Amount[] {
  void seg; // the parsers work on the text; tokens add nothing they need yet
  const cands: Array<AmountCandidate & { order: number }> = [];
  AMOUNT_PARSERS.forEach((p, order) => {
    try {
      for (const c of p.find(text)) cands.push({ ...c, order });
    } catch {
      // a rule that fails on odd input proposes nothing
    }
  });
  const ranked = cands.sort((a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order || a.start - b.start);
  return keepNonOverlapping(ranked).map(({ order: _o, rule: _r, ...c }) => ({ ...c, text: text.slice(c.start, c.end) }));
}
