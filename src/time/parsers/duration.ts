/**
 * Durations: "30 years" (`P30Y`), "nearly a year" (`P1Y`, mod APPROX), "five hours" (`PT5H`),
 * "the past two months" (`P2M`), "the first nine months", "two-year" (adjective), "the past
 * year", "recent weeks" / "several years" (`PXW`, `PXY`), and a bare plural after "for"/"over"
 * ("for years" → `PXY`). "a year" needs a word before it that makes it a length of time ("for a
 * year", "nearly a year"); "$5 a year" is a rate (set parser).
 */
import type { Candidate, Parser } from '../candidate.js';
import { L, R, groupStart, lazyPattern } from '../candidate.js';
import { lexicon, type Unit } from '../lexicon.js';
import { parseNumber } from '../../amounts/numbers.js';
import { durationMod, fragments } from './patterns.js';
import { shiftReference } from '../reference.js';

/** Smaller unit for a fractional count ("2½ years" → P2Y6M, "5 1/2 hours" → PT5H30M). */
const SPLIT: Record<string, [string, number]> = { Y: ['M', 12], D: ['H', 24], H: ['M', 60], W: ['D', 7] };

export function durationValue(count: number | null, unit: Unit): string {
  const n: number | null = count === null ? null : count * unit.factor;
  const code = unit.code;
  if (n !== null && !Number.isInteger(n) && SPLIT[code]) {
    const [small, per] = SPLIT[code]!;
    const whole = Math.floor(n);
    const rest = Math.round((n - whole) * per);
    if (code === 'D') return `P${whole}DT${rest}H`;
    return `${unit.time ? 'PT' : 'P'}${whole}${code}${rest}${small}`;
  }
  const num = n === null ? 'X' : String(Math.round(n * 100) / 100);
  if (count === null && unit.factor === 10) return 'PXDE';
  if (count === null && unit.factor === 100) return 'PXCE';
  return unit.time ? `PT${num}${code}` : `P${num}${code}`;
}

// Words before "a year" that make it a length: prepositions and bounds ("for a year", "nearly a
// year"), "of" ("the culmination of a week"), and verbs of spending or granting time with their
// object ("took a month", "gave them a week").
const A_TRIGGER = /(?:^|\s)(?:for|in|within|over|after|nearly|almost|about|around|than|least|most|to|past|last|only|just|half|barely|long\s+as|of|him|them|her|us|me|takes?|took|taken|spends?|spent|lasted|gives?|gave|given)\s+$/i;

const isArticleWord = (s: string) => /^an?$/i.test(s);

export const countedDurationParser: Parser = {
  name: 'duration',
  pattern: lazyPattern(() => {
    const f = fragments();
    return new RegExp(
      `${L}(?:(${f.durationMod})\\s+)?(?:(the)\\s+(?:(first|last|past|next|coming|previous|final|full|remaining|following)\\s+)?)?(${f.number}(?:\\s*½|\\s+1\\/2)?|a|an|a\\s+couple\\s+of|couple\\s+of)(?:\\s+|-)(?:(?:more|additional|extra|further|full|straight|consecutive|trading|business|working)\\s+)?(${f.unit})(?:\\s+and\\s+a\\s+half)?${R}`,
      'giud',
    );
  }),
  extract(m, ctx): Candidate | null {
    const unit = lexicon().units.get(m[5]!.toLowerCase());
    if (!unit || unit.code === 'WE') return null;
    let start = m.index;
    let mod = durationMod(m[1]);
    if (m[1] && m[2] && /^(?:over|under|some|about|around)$/i.test(m[1])) {
      start = groupStart(m, 2);
      mod = undefined;
    }
    const numText = m[4]!;
    const couple = /couple\s+of$/i.test(numText);
    const isArticle = /^an?$/i.test(numText);
    const hyphen = ctx.text[groupStart(m, 5) - 1] === '-';
    const unitWord = m[5]!.toLowerCase();
    // "the Six-Day War": a capitalised unit is part of a name; "a second round" is an ordinal
    if (/^\p{Lu}/u.test(m[5]!) && !/^\p{Lu}+$/u.test(m[5]!)) return null;
    if (isArticleWord(numText) && unit.name === 'second') return null;
    if (isArticleWord(numText) && unit.name === 'quarter') return null; // "a quarter of the market": a fraction
    // "three-quarters" is a fraction; "6-year-old", "30 years old" are ages.
    if (hyphen && (unitWord !== unit.name || couple)) return null;
    if (/^[\s-]+old\b/i.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 6))) return null;
    if (isArticle) {
      if (hyphen) return null;
      if (!m[1] && !m[2] && !A_TRIGGER.test(ctx.text.slice(Math.max(0, m.index - 12), m.index))) return null;
    }
    // "Islam will one day be…", "he hoped he one day follows…": "one day" between a subject or a
    // modal and its verb means "some day", a vague future (TimeML FUTURE_REF), not a length
    if (/^one$/i.test(numText) && unit.name === 'day' && !m[1] && !m[2] && !hyphen && /\b(?:will|would|shall|should|may|might|could|can|must|I|you|he|she|we|they)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 8), m.index))) {
      return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: 'FUTURE_REF', rule: 'one-day' };
    }
    const half = /(?:½|1\/2)$/.test(numText);
    // "a couple of years": two (TimeBank writes P2Y)
    let count = couple ? 2 : isArticle ? 1 : parseNumber(numText.replace(/\s*(?:½|\s1\/2)$/, ''));
    if (half) count += 0.5;
    if (!Number.isFinite(count) || count <= 0) return null;
    if (/and\s+a\s+half$/i.test(m[0])) count += 0.5;
    // "2012 years" is not a duration of that length; nor are counts with a unit-less multiplier.
    if (count >= 1000) return null;
    // "the first three months of 1989", "the past two months": TimeML counts the article; an
    // adjective ("the 30-day period") leaves it to the noun phrase.
    if (hyphen && m[2] && !m[3]) start = groupStart(m, 4);
    return { start, end: m.index + m[0].length, type: 'DURATION', value: durationValue(count, unit), ...(mod ? { mod } : {}), rule: 'duration' };
  },
};

export const singleUnitDurationParser: Parser = {
  name: 'the-past-unit',
  pattern: lazyPattern(() => {
    const f = fragments();
    return new RegExp(`${L}(?:(${f.durationMod})\\s+)?the\\s+(past|last|next|coming|previous|first|full)\\s+(${f.unit})${R}`, 'giud');
  }),
  extract(m, ctx): Candidate | null {
    const unit = lexicon().units.get(m[3]!.toLowerCase());
    if (!unit || unit.code === 'WE') return null;
    const plural = m[3]!.toLowerCase() !== unit.name;
    let mod = durationMod(m[1]);
    let start = m.index;
    // "over the past year", "about the next decade": before "the" the word is a preposition that
    // relates the time to an event, not a bound on its length (as for counted durations)
    if (m[1] && /^(?:over|under|some|about|around)$/i.test(m[1])) {
      start = m.index + m[0].toLowerCase().indexOf('the', m[1].length);
      mod = undefined;
    }
    // "sales for the full year", "forecast a rise for the full year": the whole of the current
    // (reporting) year, a date; "a full year" stays a length (counted durations)
    if (!plural && !mod && m[2]!.toLowerCase() === 'full' && ['year', 'quarter', 'month'].includes(unit.granularity) && ctx.ref.year !== null) {
      return { start, end: m.index + m[0].length, type: 'DATE', value: shiftReference(ctx.ref, unit.granularity, 0), rule: 'the-full-unit' };
    }
    // "in the past year", "during the last decade": after "in"/"during" a single past or next unit
    // is the calendar unit before or after the current one (a date, as "last year" is); "over the
    // past year" and "the past year has seen" stay a length
    const rel = m[2]!.toLowerCase();
    const shift = rel === 'past' || rel === 'last' ? -1 : rel === 'next' || rel === 'coming' ? 1 : 0;
    if (!plural && !m[1] && shift !== 0 && ['year', 'decade', 'century'].includes(unit.granularity) && ctx.ref.year !== null &&
      /(?:^|[^\p{L}])(?:in|during)\s+$/iu.test(ctx.text.slice(Math.max(0, m.index - 12), m.index))) {
      return { start, end: m.index + m[0].length, type: 'DATE', value: shiftReference(ctx.ref, unit.granularity, shift), rule: 'in-the-past-unit' };
    }
    return {
      start,
      end: m.index + m[0].length,
      type: 'DURATION',
      value: durationValue(plural ? null : 1, unit),
      ...(mod ? { mod } : {}),
      rule: 'the-past-unit',
    };
  },
};

export const vagueDurationParser: Parser = {
  name: 'vague-duration',
  pattern: lazyPattern(() => {
    const f = fragments();
    return new RegExp(
      `${L}(?:(several|a\\s+few|few|many|some|recent|the\\s+past\\s+few|the\\s+last\\s+few|the\\s+next\\s+few|the\\s+coming|coming|past|the\\s+past)\\s+)?(${f.unit})${R}`,
      'giud',
    );
  }),
  extract(m, ctx): Candidate | null {
    const unit = lexicon().units.get(m[2]!.toLowerCase());
    if (!unit || unit.code === 'WE') return null;
    if (m[2]!.toLowerCase() === unit.name) return null; // plural only: "for years", "recent weeks"
    if (!m[1]) {
      // a bare plural: "for years", "over decades", "months of talks", "hours of fighting"
      const before = ctx.text.slice(Math.max(0, m.index - 8), m.index);
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      // "hours of fighting" is a length; "the (early) hours of Thursday" is a part of that day
      const ofPhrase = /^\s+of\s+(?!age\b|the\b|its\b|his\b|her\b|their\b)/i.test(after) && !/(?:\d|\bthe|\bthose|\bthese|\btheir|\bits|\b(?:early|small|wee|late))\s+$/i.test(before);
      // "over the years", "through the decades": a stretch of time up to the story's present;
      // "in the years that followed": the stretch after an event. "in the days before the
      // shooting" names a date from an event and is left alone.
      const wide = ctx.text.slice(Math.max(0, m.index - 16), m.index);
      const stretch = /\b(?:over|through|down)\s+the\s+$/i.test(wide) || (/\bin\s+the\s+$/i.test(wide) && /^\s+(?:that|which)\s+followed\b|^\s+since\b/i.test(after + ctx.text.slice(m.index + m[0].length + 12, m.index + m[0].length + 24)));
      if (stretch) {
        const theAt = m.index - (/the\s+$/i.exec(wide)?.[0].length ?? 0);
        return { start: theAt, end: m.index + m[0].length, type: 'DURATION', value: durationValue(null, unit), rule: 'vague-duration' };
      }
      // "the first time in years", "the lowest level in decades": a stretch up to now that ends
      // the clause
      const inYears = /\bin\s+$/i.test(before) && /^\s*(?:[.,;:!?)"'”]|$)/.test(after);
      if (!/(?:for|over|within)\s+$/i.test(before) && !ofPhrase && !inYears) return null;
    }
    return { start: m.index, end: m.index + m[0].length, type: 'DURATION', value: durationValue(null, unit), rule: 'vague-duration' };
  },
};

/**
 * Lengths written as adjectives or with "ahead": "day-long" (`P1D`), "decades-long" and
 * "several-year" (`PXY`-style, count unknown), "the weeks ahead" (`PXW`).
 */
export const unitAdjectiveParser: Parser = {
  name: 'unit-adjective',
  pattern: lazyPattern(() => {
    const f = fragments();
    return new RegExp(`${L}(?:(${f.unit})-long|(several|many|multi)-(${f.unit})|the\\s+(${f.unit})\\s+ahead)${R}`, 'giud');
  }),
  extract(m): Candidate | null {
    const word = (m[1] ?? m[3] ?? m[4])!;
    const unit = lexicon().units.get(word.toLowerCase());
    if (!unit || unit.code === 'WE') return null;
    const plural = word.toLowerCase() !== unit.name;
    if (m[4] && !plural) return null; // "the year ahead" is a date-like phrase, left alone
    const known = !!m[1] && !plural;
    return { start: m.index, end: m.index + m[0].length, type: 'DURATION', value: durationValue(known ? 1 : null, unit), rule: 'unit-adjective' };
  },
};
