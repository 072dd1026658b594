/** Pieces shared by the amount parsers: reading a number with its multiplier and modifier. */
import { multiplierWords, parseDigits, parseNumberWords } from '../numbers.js';

/** Value of "7,000", "1.2 billion", "two million", "a dozen"; NaN when unreadable. */
export function readNumber(num: string, mult?: string): number {
  let v = /^\d/.test(num) ? parseDigits(num) : parseNumberWords(num);
  if (mult) {
    const k = multiplierWords().get(mult.toLowerCase());
    if (k === undefined) return NaN;
    v *= k;
  }
  return v;
}

/** Normalised modifier ("About" → "about", "more  than" → "more than"). */
export function modifierOf(s: string | undefined): string | null {
  return s ? s.toLowerCase().replace(/\s+/g, ' ') : null;
}
