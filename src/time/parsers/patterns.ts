/** Regex fragments built from the data tables, shared by the parsers. */
import { alternation, lexicon } from '../lexicon.js';
import { numberWordPattern } from '../../amounts/numbers.js';

let cache: Record<string, string> | null = null;

export function fragments(): Record<'month' | 'weekday' | 'unit' | 'season' | 'partOfDay' | 'number' | 'pointMod' | 'durationMod', string> {
  if (cache) return cache as ReturnType<typeof fragments>;
  const lex = lexicon();
  cache = {
    // "Sept." "Oct" "October" (capital checked in code)
    month: `(?:${alternation(lex.months.keys())})\\.?`,
    weekday: `(?:${alternation(lex.weekdays.keys())})`,
    unit: `(?:${alternation(lex.units.keys())})`,
    season: `(?:${alternation(lex.seasons.keys())})`,
    partOfDay: `(?:${alternation(lex.partsOfDay.keys())})`,
    number: `(?:\\d[\\d,]{0,15}(?:\\.\\d{1,6})?|${numberWordPattern()})`,
    pointMod: `(?:${alternation([...lex.pointMods.keys()].filter((k) => k !== 'mid'))}|mid-?)`,
    durationMod: `(?:${alternation(lex.durationMods.keys())})`,
  };
  return cache as ReturnType<typeof fragments>;
}

/** True when the word as written starts with a capital letter (month and weekday names must). */
export function capitalised(s: string): boolean {
  return /^\p{Lu}/u.test(s);
}

/** Month number of a written month ("Sept." → 9). */
export function monthOf(s: string): number | undefined {
  return lexicon().months.get(s.toLowerCase().replace(/\.$/, ''));
}

export function weekdayOf(s: string): number | undefined {
  return lexicon().weekdays.get(s.toLowerCase().replace(/\.$/, ''));
}

/** The mod a point modifier stands for ("early" → START, "mid-" → MID). */
export function pointMod(s: string | undefined): string | undefined {
  if (!s) return undefined;
  const k = s.toLowerCase().replace(/\s+/g, ' ').replace(/-$/, '');
  return lexicon().pointMods.get(k);
}

export function durationMod(s: string | undefined): string | undefined {
  if (!s) return undefined;
  return lexicon().durationMods.get(s.toLowerCase().replace(/\s+/g, ' '));
}
