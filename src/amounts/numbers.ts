/**
 * Numbers written in digits ("7,000", "1.2") or words ("two million", "twenty-five", "a dozen").
 * Shared by the amounts and times stages. Word tables: `data/amounts/number-words.tsv`,
 * `data/amounts/multipliers.tsv`.
 */
import { readTsv } from '../core/data-dir.js';

interface NumberWord {
  value: number;
  kind: 'unit' | 'ten' | 'scale' | 'article';
}

let words: Map<string, NumberWord> | null = null;
let multipliers: Map<string, number> | null = null;

export function numberWords(): Map<string, NumberWord> {
  if (!words) {
    words = new Map(
      readTsv('amounts', 'number-words.tsv').map((r) => [r['word']!, { value: Number(r['value']), kind: r['kind'] as NumberWord['kind'] }]),
    );
  }
  return words;
}

export function multiplierWords(): Map<string, number> {
  if (!multipliers) multipliers = new Map(readTsv('amounts', 'multipliers.tsv').map((r) => [r['word']!, Number(r['value'])]));
  return multipliers;
}

/** Regex source matching a run of number words ("two hundred and fifty", "twenty-five", "a dozen"). */
export function numberWordPattern(): string {
  const ws = [...numberWords().keys()].filter((w) => numberWords().get(w)!.kind !== 'article');
  const alt = ws.sort((a, b) => b.length - a.length).join('|');
  const one = `(?:${alt})(?:-(?:${alt}))?`;
  // at most seven words: longer runs are not one number, and a bound keeps matching linear
  return `(?:(?:an?|one)\\s+(?:dozen|hundred|thousand|million|billion)|${one}(?:(?:\\s+and\\s+|\\s+|-)${one}){0,6})`;
}

/** Value of a digit number as written ("7,000" → 7000, "1.2" → 1.2); NaN when not a number. */
export function parseDigits(s: string): number {
  const t = s.replace(/,(?=\d{3}\b)/g, '');
  return /^\d+(?:\.\d+)?$/.test(t) ? Number(t) : NaN;
}

/** Value of a phrase of number words; NaN when a word is unknown. */
export function parseNumberWords(phrase: string): number {
  const parts = phrase.toLowerCase().split(/[\s-]+/).filter((p) => p !== 'and' && p !== '');
  if (parts.length === 0) return NaN;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const p of parts) {
    const w = numberWords().get(p);
    if (!w) return NaN;
    if (w.kind === 'article') {
      current += 1;
    } else if (w.kind === 'scale') {
      const base = current === 0 ? 1 : current;
      if (w.value >= 1000) {
        total += base * w.value;
        current = 0;
      } else {
        current = base * w.value;
      }
    } else {
      current += w.value;
    }
    seen = true;
  }
  return seen ? total + current : NaN;
}

/** Value of a number in digits or words, with an optional multiplier ("1.2 billion"). */
export function parseNumber(s: string): number {
  const t = s.trim();
  const m = /^(\d[\d,]*(?:\.\d+)?)(?:\s*(\w+))?$/.exec(t);
  if (m) {
    const base = parseDigits(m[1]!);
    if (!m[2]) return base;
    const mult = multiplierWords().get(m[2].toLowerCase());
    return mult === undefined ? NaN : base * mult;
  }
  return parseNumberWords(t);
}
