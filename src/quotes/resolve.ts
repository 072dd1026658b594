/**
 * Names a speaker span. Through the entities first: the entity whose mention overlaps the span's
 * head (its last word) gives `name` and `entityId`. Without one: a name gives its name words
 * (titles dropped, a surname completed from an earlier full name); "he"/"she" falls back to the
 * most recent person-like name before it; unnamed sources ("a spokesman", "officials") and
 * other pronouns stay unnamed: `name` is the mention text, `entityId` null.
 */
import type { Entity, Speaker, Span, Token } from '../core/types.js';
import { NOT_NAMES, PERSON_PRONOUNS, lexicon } from './lexicon.js';
import { isCap } from './speaker-span.js';

export interface PersonName extends Span {
  name: string;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export interface EntityMention extends Span {
  entity: Entity;
}

/** Every entity mention, sorted by start, for lookups by position. */
export function mentionIndex(entities: Entity[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const entity of entities) for (const m of entity.mentions) out.push({ start: m.start, end: m.end, entity });
  return out.sort((a, b) => a.start - b.start);
}

/** The entity whose mention covers the head (last word) of `span`. */
export function entityFor(mentions: EntityMention[], span: Span, head: Span): Entity | null {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < span.end) lo = mid + 1;
    else hi = mid;
  }
  let best: Entity | null = null;
  let bestScore = 0;
  // Mentions are short: those overlapping the span start at most a few hundred characters before it.
  for (let i = lo - 1; i >= 0 && mentions[i]!.start > span.start - 300; i--) {
    const m = mentions[i]!;
    // Only the head counts: "U.S. diplomats" are not the United States, "Putin's aide" is not Putin.
    if (!overlaps(m, head)) continue;
    const score = Math.min(m.end, span.end) - Math.max(m.start, span.start);
    if (score > bestScore) {
      best = m.entity;
      bestScore = score;
    }
  }
  return best;
}

/** The name words of a name span: the last run of capitalised words that are not titles. */
export function nameWords(tokens: Token[], first: number, end: number): Span | null {
  const { titles } = lexicon();
  let q = end;
  while (q - 1 >= first && isCap(tokens[q - 1]) && !titles.has(tokens[q - 1]!.text.toLowerCase())) q--;
  while (q < end && NOT_NAMES.has(tokens[q]!.text.toLowerCase())) q++;
  if (q >= end) return null;
  return { start: tokens[q]!.start, end: tokens[end - 1]!.end };
}

/** Person-like names in text order: names preceded by a title ("President Emomali Rahmon"). */
export function titledNames(tokens: Token[], text: string): PersonName[] {
  const { titles } = lexicon();
  const out: PersonName[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const l = tokens[i]!.text.toLowerCase().replace(/['’]s$/, '');
    if (!titles.has(l) || !isCap(tokens[i + 1])) continue;
    let j = i + 1;
    while (j < tokens.length && (isCap(tokens[j]) || /^(?:al|el|ad|as|bin|ibn)-\p{Lu}/u.test(tokens[j]!.text)) && !titles.has(tokens[j]!.text.toLowerCase()) && j - i <= 4) j++;
    if (j === i + 1 || titles.has(tokens[i + 1]!.text.toLowerCase())) continue;
    const span = { start: tokens[i + 1]!.start, end: tokens[j - 1]!.end };
    out.push({ ...span, name: text.slice(span.start, span.end).replace(/['’]s$/, '') });
    i = j - 1;
  }
  return out;
}

const lastWord = (s: string) => (s.split(/\s+/).pop() ?? s).toLowerCase();

/** Known person names by their last word, in text order. */
export function indexByLastWord(known: PersonName[]): Map<string, PersonName[]> {
  const map = new Map<string, PersonName[]>();
  for (const k of known) {
    const key = lastWord(k.name);
    const list = map.get(key);
    if (list) list.push(k);
    else map.set(key, [k]);
  }
  return map;
}

/** The full form of a name seen earlier ("Putin" → "Vladimir Putin"). */
export function fullName(name: string, byLast: Map<string, PersonName[]>, before: number): string {
  let best = name;
  for (const k of byLast.get(lastWord(name)) ?? []) {
    if (k.start >= before) break;
    if (k.name.length > best.length) best = k.name;
  }
  return best;
}

export interface SpeakerContext {
  text: string;
  tokens: Token[];
  /** Entity mentions sorted by start (see `mentionIndex`). */
  mentions: EntityMention[];
  /** Person names known so far (titled names, named speakers), sorted by start. */
  persons: PersonName[];
  /** The same names by last word (see `indexByLastWord`). */
  byLast: Map<string, PersonName[]>;
}

export function nameSpeaker(ctx: SpeakerContext, first: number, end: number): Speaker {
  const { text, tokens } = ctx;
  const span = { start: tokens[first]!.start, end: tokens[end - 1]!.end };
  const mention = text.slice(span.start, span.end);
  const head = { start: tokens[end - 1]!.start, end: tokens[end - 1]!.end };
  const entity = entityFor(ctx.mentions, span, head);
  if (entity) return { ...span, name: entity.name, entityId: entity.id };
  const lowerMention = mention.toLowerCase();
  if (end - first === 1 && PERSON_PRONOUNS.has(lowerMention)) {
    let lo = 0;
    let hi = ctx.persons.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ctx.persons[mid]!.start < span.start) lo = mid + 1;
      else hi = mid;
    }
    const prev = ctx.persons[lo - 1];
    return { ...span, name: prev ? fullName(prev.name, ctx.byLast, span.start) : mention, entityId: null };
  }
  const words = isCap(tokens[end - 1]) ? nameWords(tokens, first, end) : null;
  if (!words) return { ...span, name: mention, entityId: null };
  const name = text.slice(words.start, words.end).replace(/['’]s$/, '');
  return { ...span, name: fullName(name, ctx.byLast, span.start), entityId: null };
}
