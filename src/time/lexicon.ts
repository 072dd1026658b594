/**
 * Knowledge tables of the times stage, loaded once from `data/time/`. The code holds mechanism
 * only; every word list lives in a data file.
 */
import { readTsv } from '../core/data-dir.js';

export interface Unit {
  /** singular name */
  name: string;
  code: string;
  time: boolean;
  factor: number;
  granularity: string;
}

export interface Lexicon {
  months: Map<string, number>;
  weekdays: Map<string, number>;
  /** singular and plural → unit */
  units: Map<string, Unit>;
  seasons: Map<string, string>;
  /** season code → the month that stands for it when picking a year */
  seasonMonths: Map<string, number>;
  partsOfDay: Map<string, string>;
  vague: Map<string, { type: 'DATE'; value: string }>;
  pointMods: Map<string, string>;
  durationMods: Map<string, string>;
  cues: Map<string, 'future' | 'past'>;
  /** cues that count only right before the expression and only when no strong cue is near */
  weakCues: Map<string, 'future' | 'past'>;
  holidays: Map<string, string>;
  notTimes: Set<string>;
  /** heads after "today's" that make it the present age in general ("today's youth") */
  genericAfterToday: Set<string>;
  /** words after a four-digit number that make it a count, not a year */
  notYears: Set<string>;
  setAdverbs: Map<string, string>;
}

let cached: Lexicon | null = null;

export function lexicon(): Lexicon {
  if (cached) return cached;
  const units = new Map<string, Unit>();
  for (const r of readTsv('time', 'units.tsv')) {
    const u: Unit = { name: r['name']!, code: r['code']!, time: r['time'] === '1', factor: Number(r['factor']), granularity: r['granularity']! };
    units.set(r['name']!, u);
    units.set(r['plural']!, u);
  }
  const pointMods = new Map<string, string>();
  const durationMods = new Map<string, string>();
  for (const r of readTsv('time', 'modifiers.tsv')) {
    (r['applies'] === 'point' ? pointMods : durationMods).set(r['phrase']!, r['mod']!);
  }
  cached = {
    months: new Map(readTsv('time', 'months.tsv').map((r) => [r['name']!, Number(r['month'])])),
    weekdays: new Map(readTsv('time', 'weekdays.tsv').map((r) => [r['name']!, Number(r['day'])])),
    units,
    seasons: new Map(readTsv('time', 'seasons.tsv').map((r) => [r['name']!, r['code']!])),
    seasonMonths: new Map(readTsv('time', 'seasons.tsv').map((r) => [r['code']!, Number(r['month'])])),
    partsOfDay: new Map(readTsv('time', 'parts-of-day.tsv').map((r) => [r['name']!, r['code']!])),
    vague: new Map(readTsv('time', 'vague.tsv').map((r) => [r['phrase']!, { type: 'DATE' as const, value: r['value']! }])),
    pointMods,
    durationMods,
    cues: new Map(readTsv('time', 'cues.tsv').filter((r) => r['strength'] !== 'weak').map((r) => [r['word']!, r['direction'] as 'future' | 'past'])),
    weakCues: new Map(readTsv('time', 'cues.tsv').filter((r) => r['strength'] === 'weak').map((r) => [r['word']!, r['direction'] as 'future' | 'past'])),
    holidays: new Map(readTsv('time', 'holidays.tsv').map((r) => [r['name']!, r['date']!])),
    notTimes: new Set(readTsv('time', 'not-times.tsv').filter((r) => !r['follows'] || r['follows'] === 'name').map((r) => r['word']!)),
    genericAfterToday: new Set(readTsv('time', 'not-times.tsv').filter((r) => r['follows'] === "today's").map((r) => r['word']!.toLowerCase())),
    notYears: new Set(readTsv('time', 'not-years.tsv').map((r) => r['word']!.toLowerCase())),
    setAdverbs: new Map(readTsv('time', 'set-adverbs.tsv').map((r) => [r['word']!, r['value']!])),
  };
  return cached;
}

/** Alternation of the keys of a table, longest first, regex-escaped, spaces → `\s+`. */
export function alternation(keys: Iterable<string>): string {
  return [...keys]
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+').replace(/'/g, "['’]"))
    .join('|');
}

/** Lower-cased key with runs of space collapsed and curly apostrophes straightened. */
export function key(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'").replace(/\.$/, '');
}
