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

/** The entity whose mention covers the head of `span` (or, failing that, any part of it). */
export function entityFor(entities: Entity[], span: Span, head: Span): Entity | null {
  let best: Entity | null = null;
  let bestScore = 0;
  for (const e of entities) {
    for (const m of e.mentions) {
      if (!overlaps(m, span)) continue;
      const score = (overlaps(m, head) ? 1000 : 0) + Math.min(m.end, span.end) - Math.max(m.start, span.start);
      if (score > bestScore) {
        best = e;
        bestScore = score;
      }
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

/** The full form of a name seen earlier ("Putin" → "Vladimir Putin"). */
export function fullName(name: string, known: PersonName[], before: number): string {
  const lastWord = (s: string) => (s.split(/\s+/).pop() ?? s).toLowerCase();
  const last = lastWord(name);
  let best = name;
  for (const k of known) {
    if (k.start >= before) break;
    if (lastWord(k.name) === last && k.name.length > best.length) best = k.name;
  }
  return best;
}

export interface SpeakerContext {
  text: string;
  tokens: Token[];
  entities: Entity[];
  /** Person names known so far (titled names, named speakers), sorted by start. */
  persons: PersonName[];
}

export function nameSpeaker(ctx: SpeakerContext, first: number, end: number): Speaker {
  const { text, tokens } = ctx;
  const span = { start: tokens[first]!.start, end: tokens[end - 1]!.end };
  const mention = text.slice(span.start, span.end);
  const head = { start: tokens[end - 1]!.start, end: tokens[end - 1]!.end };
  const entity = entityFor(ctx.entities, span, head);
  if (entity) return { ...span, name: entity.name, entityId: entity.id };
  const lowerMention = mention.toLowerCase();
  if (end - first === 1 && PERSON_PRONOUNS.has(lowerMention)) {
    let prev: PersonName | null = null;
    for (const p of ctx.persons) {
      if (p.start >= span.start) break;
      prev = p;
    }
    return { ...span, name: prev ? fullName(prev.name, ctx.persons, span.start) : mention, entityId: null };
  }
  const words = isCap(tokens[end - 1]) ? nameWords(tokens, first, end) : null;
  if (!words) return { ...span, name: mention, entityId: null };
  const name = text.slice(words.start, words.end).replace(/['’]s$/, '');
  return { ...span, name: fullName(name, ctx.persons, span.start), entityId: null };
}
