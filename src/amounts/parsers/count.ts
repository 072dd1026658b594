/**
 * Counts: a number and the thing it counts. "About 7,000 troops", "58 people killed", "two
 * million refugees", "three facilities", "30 years", "5,000 to 7,000 soldiers", "at least 12
 * civilians", "a dozen villages".
 *
 * The object is the first word after the number, or the second when the first is a modifier
 * before a plural ("three military bases" → "bases", "5,000 Russian troops" → "troops").
 * Rejected: years and dates ("in 2014", "October 5"), clock times, ordinals ("201st"),
 * hyphenated adjectives ("30-year lease"), percentages stay amounts with object "percent", and
 * numbers right after a capitalised word ("Boeing 747", "Division 201") unless a plural follows.
 */
import type { AmountCandidate, AmountParser } from '../index.js';
import { amountLexicon } from '../lexicon.js';
import { readTsv } from '../../core/data-dir.js';
import { modifierOf, readNumber } from './common.js';
import { boundWhitespace } from '../../time/candidate.js';
import { actorKnowledge } from '../../nlp/entities/knowledge.js';

let re: RegExp | null = null;
let months: Set<string> | null = null;

function pattern(): RegExp {
  if (!re) {
    const x = amountLexicon();
    const num = `(${x.number})(?:\\s+(${x.multiplier})(?![\\p{L}]))?`;
    re = boundWhitespace(new RegExp(
      `(?<![\\p{L}\\d$€£¥.,\\-/:])(?:(${x.modifier})\\s+)?(?:(between)\\s+)?${num}(?:(\\s*(?:to|-|–|or)\\s*|\\s+and\\s+)(${x.number})(?:\\s+(${x.multiplier})(?![\\p{L}]))?)?(?![\\d\\-])(?:\\s+(percent|per\\s+cent)|(%)|[^\\S\\n]+([\\p{L}][\\p{L}'’]*))?`,
      'giud',
    ));
  }
  return re;
}

const role = (w: string) => amountLexicon().objectWords.get(w.toLowerCase());
const isStop = (w: string) => role(w) === 'stop';

function monthNames(): Set<string> {
  months ??= new Set(readTsv('time', 'months.tsv').map((r) => r['name']!));
  return months;
}

function isPlural(w: string): boolean {
  const l = w.toLowerCase();
  return role(l) === 'plural' || /(?:men|people)$/.test(l) || (/s$/.test(l) && !/(?:ss|us|is|'s|’s)$/.test(l));
}

/**
 * The counted object: the first plural word within four words after the number, skipping
 * modifiers and names ("five government soldiers", "17,000 extra U.S. troops", "six Taliban
 * militants", "three Americans", "70,000 U.S. and NATO troops"); a participle right after the number
 * ("197 wounded", "60 were wounded"); "one" + a singular noun; a noun in quotation marks (141
 * "terrorists").
 * Stops at a function word or punctuation.
 */
function findObject(text: string, from: number, value: number): { object: string; end: number } | null {
  const re = /[^\S\n]{0,10}["“‘]?([\p{L}][\p{L}.'’-]*)["”’]?/uy;
  re.lastIndex = from;
  let afterAux = false;
  let prevName = false;
  for (let i = 0; i < 4; i++) {
    const start = re.lastIndex;
    const m = re.exec(text);
    if (!m || (i > 0 && !/^[^\S\n]+$/.test(text.slice(start, m.index + m[0].length - m[1]!.length)))) return null;
    // a trailing full stop or quote is punctuation, except in an initialism ("U.S.")
    const w = m[1]!.replace(/[.’']+$/, (t) => (/^(?:\p{L}\.)+$/u.test(m[1]!) ? t : ''));
    const l = w.toLowerCase();
    const wordEnd = m.index + m[0].indexOf(m[1]!) + w.length;
    // A closing quotation mark right after a quoted object belongs to the span ("141 "terrorists"").
    const end = w === m[1] && /["”’]$/.test(m[0]) && /["“‘]/.test(m[0]) ? m.index + m[0].length : wordEnd;
    // "U.S. and NATO troops": "and" between two names is part of the modifiers.
    if (l === 'and' && prevName && i < 3) {
      prevName = false;
      continue;
    }
    prevName = /^\p{Lu}/u.test(w);
    if (role(l) === 'participle' && (i === 0 || afterAux)) return { object: w, end };
    if (afterAux) return null;
    if (role(l) === 'aux' && i === 0) {
      afterAux = true; // "60 were wounded"
      continue;
    }
    if (role(l) === 'skip') continue;
    if (isStop(l)) return null;
    if (isPlural(w) && /^\p{Ll}/u.test(w)) return { object: w, end };
    // a capitalised plural: "three Americans", "600,000 Israelis"
    if (/^\p{Lu}\p{Ll}+s$/u.test(w) && (!/(?:ss|us|is)$/.test(w) || actorKnowledge().countryForms.get(w)?.kind === 'demonym')) return { object: w, end };
    if (i === 0 && value === 1 && /^\p{Ll}/u.test(w) && !/ly$/.test(w)) return { object: w, end };
  }
  return null;
}

/**
 * "the death toll rose to 71", "the toll in the north stood at 12", "the number of fatalities had
 * climbed to 17": a tally noun (role `toll` in `data/amounts/object-words.tsv`), then within a few
 * words a tally verb (role `tally-verb`: "rose", "stood") and "to"/"at" right before a bare number:
 * the number is the tally's figure.
 */
function afterToll(before: string): boolean {
  const m = /((?:[\p{L}-]+\s+){1,8})(?:to|at)\s+$/u.exec(before);
  if (!m) return false;
  const words = m[1]!.trim().split(/\s+/);
  const verb = words[words.length - 1]!;
  if (role(verb) !== 'tally-verb') return false;
  return words.slice(0, -1).some((w) => role(w) === 'toll');
}

export const countParser: AmountParser = {
  name: 'count',
  find(text) {
    const out: AmountCandidate[] = [];
    const re = pattern();
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const found = m;
      re.lastIndex = m.index + 1; // a rejected reading must not hide a later number
      const idx = (found as RegExpExecArray & { indices: Array<[number, number] | undefined> }).indices;
      const numText = m[3]!;
      // a bare scale word ("several hundred", "thousands") is not an exact count
      if (/^(?:hundred|thousand|million|billion|trillion|dozen)$/i.test(numText)) continue;
      const value = readNumber(numText, m[4]);
      if (!Number.isFinite(value)) continue;
      // "5,000 to 7,000", "5 or 6", "between 5,000 and 7,000"; "and" only after "between"
      if (m[5] && /and/.test(m[5]) && !m[2]) continue;
      let valueMax: number | null = m[6] ? readNumber(m[6], m[7] ?? m[4]) : null;
      if (m[2] && valueMax === null) continue; // "between 5" without its pair
      if (valueMax !== null && (!Number.isFinite(valueMax) || valueMax <= value)) valueMax = null;
      const start = m.index;
      const numStart = idx[3]![0];
      const before = text.slice(Math.max(0, numStart - 30), numStart);
      // a date: "October 5 troops" is not said; "on October 5" is a date
      const prevWord = /([\p{L}.]+)\s+$/u.exec(before)?.[1] ?? '';
      if (monthNames().has(prevWord.toLowerCase().replace(/\.$/, ''))) continue;
      let object: string | null = null;
      let end: number;
      if (m[8] || m[9]) {
        object = 'percent';
        end = start + m[0].length;
      } else {
        const w1 = m[10];
        const numEnd = (idx[7] ?? idx[6] ?? idx[4] ?? idx[3])![1];
        const quotedNext = !w1 && /^[^\S\n]+["“‘]\p{L}/u.test(text.slice(numEnd, numEnd + 4));
        const found = quotedNext
          ? findObject(text, numEnd, value)
          : w1 && !isStop(w1) && !monthNames().has(w1.toLowerCase().replace(/\.$/, '')) ? findObject(text, idx[10]![0], value) : null;
        if (found) {
          object = found.object;
          end = found.end;
        } else {
          // a bare number: "some 300,000", "as many as 200", "injured 50", "killing 11"
          const prevRole = role(prevWord);
          const casualty = prevRole === 'verb' || prevRole === 'participle';
          if (!casualty && !(m[1] && /^\d/.test(numText) && value >= 10) && !afterToll(text.slice(Math.max(0, numStart - 80), numStart))) continue;
          if (/^\d{4}$/.test(numText) && value >= 1600 && value <= 2199) continue;
          if (w1 && /^\p{Lu}/u.test(w1)) continue; // "about 60 Reuters": a name follows
          object = casualty ? prevWord.toLowerCase() : null;
          end = (idx[7] ?? idx[6] ?? idx[4] ?? idx[3])![1];
        }
      }
      // years: a four-digit number from 1600 to 2199 without a comma counts only before a plural
      if (/^\d{4}$/.test(numText) && value >= 1600 && value <= 2199 && !(object && isPlural(object) && object !== 'percent')) continue;
      if (/^\d{4}$/.test(numText) && value >= 1600 && value <= 2199 && /\b(?:in|since|of|by|until|from)\s+$/i.test(before)) continue;
      // a number right after a capitalised word is part of a name ("Boeing 747") unless a plural follows
      if (/\p{Lu}[\p{L}]*\s+$/u.test(before) && !/(?:^|[.!?]\s+)[\p{Lu}][\p{L}]*\s+$/u.test(before) && !(object && isPlural(object))) continue;
      out.push({
        start,
        end,
        value,
        object,
        modifier: modifierOf(m[1] ?? m[2]),
        ...(valueMax !== null ? { valueMax } : {}),
        rule: 'count',
      });
    }
    return out;
  },
};
