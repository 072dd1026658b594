/**
 * Metonymy: a capital or country named as the subject of a speech or action verb stands for its
 * government ("Washington said", "Moscow is allowing", "Washington views Tajikistan"). Such a
 * mention stays a Place (the name still refers to somewhere) but must not be used as the
 * location of an event; the places stage links it to the matching actor entity.
 */
import type { Span } from '../core/types.js';
import { metonymyVerbKind } from './lexicon.js';

/** Words after which a name is a location, not a subject ("officials in Washington said"). */
const PREPOSITIONS = new Set([
  'in', 'at', 'from', 'to', 'near', 'of', 'across', 'around', 'outside', 'inside', 'into', 'throughout',
  'within', 'for', 'by', 'via', 'between', 'over', 'through', 'toward', 'towards', 'on', 'visit', 'visited', 'visiting',
]);
/** Adverbs that may sit between an auxiliary and its verb ("is now allowing"). */
const ADVERBS = new Set(['not', 'also', 'now', 'still', 'already', 'again', 'never', 'always', 'reportedly', 'apparently']);
/** Participles that describe a place rather than an act ("Moscow is located"). */
const STATIVE = new Set(['located', 'situated', 'based', 'known', 'named', 'surrounded', 'covered', 'bordered', 'populated', 'flooded', 'hit', 'struck', 'home', 'considered', 'expected', 'seen', 'used', 'visited', 'controlled', 'occupied', 'held', 'captured', 'shelled', 'bombed', 'attacked']);

function wordsAfter(text: string, from: number, n: number): string[] {
  const out: string[] = [];
  const re = /\s*([A-Za-z]+(?:['’][a-z]+)?)/y;
  re.lastIndex = from;
  for (let i = 0; i < n; i++) {
    const m = re.exec(text);
    if (!m) break;
    out.push(m[1]!);
  }
  return out;
}

function wordBefore(text: string, at: number): string | null {
  const m = /([A-Za-z]+)[^A-Za-z\n.!?;:]*$/.exec(text.slice(Math.max(0, at - 40), at));
  return m ? m[1]! : null;
}

/** True when `mention` (a place name) reads as its government acting or speaking. */
export function isMetonymicMention(text: string, mention: Span): boolean {
  const before = wordBefore(text, mention.start);
  if (before && PREPOSITIONS.has(before.toLowerCase())) return false;
  if (/['’]s\s*$/.test(text.slice(mention.start, mention.end))) return false;
  const after = wordsAfter(text, mention.end, 4);
  if (after.length === 0 || /^[,.;:]/.test(text.slice(mention.end).trimStart())) return false;
  const kind = metonymyVerbKind(after[0]!);
  if (kind === 'verb') return true;
  if (kind !== 'aux') return false;
  let i = 1;
  while (i < after.length && (ADVERBS.has(after[i]!.toLowerCase()) || /ly$/.test(after[i]!))) i++;
  const next = after[i]?.toLowerCase();
  if (!next || STATIVE.has(next)) return false;
  if (next === 'been') return true;
  // Passive: "Bishkek is used by NATO" names a place acted upon.
  if (after[i + 1]?.toLowerCase() === 'by') return false;
  return /(?:ing|ed)$/.test(next) || metonymyVerbKind(next) === 'verb';
}
