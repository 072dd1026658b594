/**
 * Names a speaker span. Through the entities first: the entity whose mention overlaps the span's
 * head (its last word) gives `name` and `entityId`. Without one: a name gives its name words
 * (titles dropped, a surname completed from an earlier full name); "he"/"she" falls back to the
 * most recent person-like name before it; unnamed sources ("a spokesman", "officials") and
 * other pronouns stay unnamed: `name` is the mention text, `entityId` null.
 */
import type { Entity, Sentence, Speaker, Span, Token } from '../core/types.js';
import { actorKnowledge } from '../nlp/entities/knowledge.js';
import { firstStartingAt } from '../core/spans.js';
import { NOT_NAMES, PERSON_PRONOUNS, lexicon } from './lexicon.js';
import { isCap, phraseEndingAt, sentenceSubject, type TokenRange } from './speaker-span.js';

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
  const lo = firstStartingAt(mentions, span.end);
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
  sentences: Sentence[];
  /** Quoted passages (from the opening to the closing mark), sorted by start. */
  quoted: Span[];
  /** Speakers already named, in text order (`nameSpeaker` appends to it). */
  history: NamedSpeaker[];
}

export interface NamedSpeaker {
  speaker: Speaker;
  /** Token range of the mention. */
  first: number;
  end: number;
  paragraph: number;
}

/** Index of the sentence holding token `t`. */
function sentenceAt(sentences: Sentence[], t: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.firstToken <= t) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

const isPlural = (w: string) => /[^s']s$/i.test(w) && w.length > 3;
const ORGLIKE = new Set(['ORG', 'GPE']);

/**
 * "it" / "they" as a speaker: the organisation (or, for "they", a plural source) that is the
 * topic: the earliest organisation or country named in the nearest sentence at or before the
 * pronoun (the subject usually opens the sentence), or a plural earlier speaker of the same or
 * previous paragraph ("officials said … ¶ …, they said").
 */
function pronounAntecedent(ctx: SpeakerContext, first: number, plural: boolean): { name: string; entityId: string | null } | null {
  const { tokens, sentences } = ctx;
  const si = sentenceAt(sentences, first);
  const paragraph = sentences[si]!.paragraph;
  // The same pronoun as the last speaker nearby continues it ('…, it said. ¶ "…," it added').
  const pron = tokens[first]!.text.toLowerCase();
  const prev = ctx.history[ctx.history.length - 1];
  if (prev && paragraph - prev.paragraph <= 1 && prev.end - prev.first === 1 && tokens[prev.first]!.text.toLowerCase() === pron && prev.speaker.name.toLowerCase() !== pron) return prev.speaker;
  if (plural) {
    for (let i = ctx.history.length - 1; i >= 0; i--) {
      const h = ctx.history[i]!;
      if (paragraph - h.paragraph > 1) break;
      const head = tokens[h.end - 1]!.text;
      if (h.end - h.first > 1 && isPlural(head) && !isCap(tokens[h.end - 1])) return h.speaker;
    }
  }
  for (let s = si; s >= 0 && si - s < 3 && paragraph - sentences[s]!.paragraph <= 1; s--) {
    const sent = sentences[s]!;
    const lo = tokens[sent.firstToken]!.start;
    const hi = s === si ? tokens[first]!.start : sent.end;
    // The subject phrase, when it is an organisation or a source noun ("The foreign ministry summoned …").
    const subj = !plural && (s !== si || first > sent.firstToken) ? sentenceSubject(tokens, sent.firstToken, s === si ? first : sent.endToken) : null;
    if (subj && subj.first !== first) {
      const e = entityOfPhrase(ctx, subj);
      const headWord = tokens[subj.end - 1]!.text.toLowerCase();
      if (e && ORGLIKE.has(e.type)) return { name: e.name, entityId: e.id };
      if (!e && (lexicon().groupNouns.has(headWord) || (lexicon().sourceNouns.has(headWord) && !isPlural(headWord)))) return { name: ctx.text.slice(tokens[subj.first]!.start, tokens[subj.end - 1]!.end), entityId: null };
    }
    let best: EntityMention | null = null;
    for (let i = firstStartingAt(ctx.mentions, lo); i < ctx.mentions.length && ctx.mentions[i]!.start < hi; i++) {
      const m = ctx.mentions[i]!;
      if (!ORGLIKE.has(m.entity.type)) continue;
      // A country named as an adjective ("the Russian foreign ministry") is not the subject.
      const k = actorKnowledge().countryForms.get(ctx.text.slice(m.start, m.end));
      if (k?.kind === 'demonym') continue;
      best = m;
      break;
    }
    if (best) return { name: best.entity.name, entityId: best.entity.id };
  }
  return null;
}


/** "the group", "the ministry": the latest organisation before, within a few paragraphs. */
function groupAntecedent(ctx: SpeakerContext, span: Span, noun: string, mustName: boolean): Entity | null {
  const stop = firstStartingAt(ctx.mentions, span.start);
  for (let i = stop - 1; i >= 0 && ctx.mentions[i]!.start > span.start - 3000; i--) {
    const e = ctx.mentions[i]!.entity;
    if (e.type !== 'ORG') continue;
    if (mustName && !e.name.toLowerCase().split(/\s+/).includes(noun)) continue;
    return e;
  }
  return null;
}

/**
 * "the doctor", "the source": an earlier speaker of the last paragraphs whose mention has the
 * same head noun ("A doctor at the scene"); the description takes that speaker's name, so an
 * unnamed source stays unnamed.
 */
function earlierSpeakerWithNoun(ctx: SpeakerContext, first: number, noun: string): Speaker | null {
  const paragraph = ctx.sentences[sentenceAt(ctx.sentences, first)]!.paragraph;
  for (let i = ctx.history.length - 1; i >= 0; i--) {
    const h = ctx.history[i]!;
    if (paragraph - h.paragraph > 3) break;
    if (h.first === first) continue;
    const words = ctx.tokens.slice(h.first, h.end).map((t) => t.text.toLowerCase());
    if (words.includes(noun) && !(words.length === 2 && words[0] === 'the')) return h.speaker;
  }
  return null;
}

/**
 * "…, the mission head Ann Berg said in a statement. The statement blamed …": a document named
 * by "the statement" speaks for whoever issued it, the latest earlier speaker in this or the
 * previous paragraph whose sentence mentions that kind of document.
 */
function documentAuthor(ctx: SpeakerContext, first: number, noun: string): Speaker | null {
  const here = sentenceAt(ctx.sentences, first);
  for (let i = ctx.history.length - 1; i >= 0; i--) {
    const h = ctx.history[i]!;
    if (h.first >= first) continue;
    const si = sentenceAt(ctx.sentences, h.first);
    if (here - si > 2) break;
    const sent = ctx.sentences[si]!;
    const mentions = ctx.tokens.slice(h.end, sent.endToken).some((t) => t.text.toLowerCase() === noun);
    if (mentions && !lexicon().documentNouns.has(ctx.tokens[h.end - 1]!.text.toLowerCase())) return h.speaker;
  }
  return null;
}

function insideQuote(ctx: SpeakerContext, offset: number): boolean {
  const q = ctx.quoted[firstStartingAt(ctx.quoted, offset) - 1];
  return !!q && offset < q.end;
}

/** The entity of a phrase's head (last word), or null. */
function entityOfPhrase(ctx: SpeakerContext, r: TokenRange): Entity | null {
  const { tokens } = ctx;
  const span = { start: tokens[r.first]!.start, end: tokens[r.end - 1]!.end };
  return entityFor(ctx.mentions, span, { start: tokens[r.end - 1]!.start, end: tokens[r.end - 1]!.end });
}

/**
 * The person a speaker pronoun stands for: the subject of its own sentence before it, else of
 * the nearest of the two sentences before it whose subject is a named person (a pronoun subject
 * passes on to the sentence before). Null when a non-person subject comes first.
 */
function subjectPerson(ctx: SpeakerContext, first: number): Entity | { name: string; id: null } | null {
  const { tokens, sentences } = ctx;
  const si = sentenceAt(sentences, first);
  const paragraph = sentences[si]!.paragraph;
  let seen = 0;
  for (let s = si; s >= 0 && seen <= 2 && paragraph - sentences[s]!.paragraph <= 1; s--) {
    const sent = sentences[s]!;
    const hi = s === si ? first : sent.endToken;
    if (hi <= sent.firstToken) continue;
    // Sentences of a quotation are the speaker's words, not the narrative: look past them.
    if (s !== si && /^["“”‘']/.test(tokens[sent.firstToken]!.text)) continue;
    if (s !== si && insideQuote(ctx, tokens[sent.firstToken]!.start)) continue;
    seen++;
    const subj = sentenceSubject(tokens, sent.firstToken, hi);
    if (!subj || subj.first === first) continue;
    const w = tokens[subj.first]!.text.toLowerCase();
    if (subj.end - subj.first === 1 && PERSON_PRONOUNS.has(w)) continue;
    const e = entityOfPhrase(ctx, subj);
    if (e?.type === 'PERSON') return e;
    if (e) return null;
    // "A diplomat who asked not to be named told …": an unnamed singular source is the topic;
    // "he" stands for it, not for a person named earlier.
    const head = tokens[subj.end - 1]!;
    const hw = head.text.toLowerCase();
    if (/^\p{Ll}/u.test(head.text) && lexicon().sourceNouns.has(hw) && !isPlural(hw) && /^(?:a|an|one)$/i.test(tokens[subj.first]!.text)) {
      return { name: ctx.text.slice(tokens[subj.first]!.start, head.end), id: null };
    }
  }
  return null;
}

/** Names the speaker at tokens [first, end) and remembers it for later descriptions and pronouns. */
export function nameAndRemember(ctx: SpeakerContext, first: number, end: number): Speaker {
  const sp = nameSpeaker(ctx, first, end);
  const paragraph = ctx.sentences.length > 0 ? ctx.sentences[sentenceAt(ctx.sentences, first)]!.paragraph : 0;
  ctx.history.push({ speaker: sp, first, end, paragraph });
  return sp;
}

/**
 * The head token of a speaker phrase: its last word, or the last word of the name before a
 * prepositional phrase ("Sgt. Ann Reyes of Denver", "a guard from Kabul").
 */
function headOf(tokens: Token[], first: number, end: number): number {
  const { titles } = lexicon();
  for (let j = first + 1; j < end - 1; j++) {
    // Not inside a title or a name ("Secretary of State Mike Pompeo", "Bank of America").
    if (/^(?:of|from|in|at)$/.test(tokens[j]!.text) && isCap(tokens[j - 1]) && !titles.has(tokens[j - 1]!.text.toLowerCase()) && end - j - 1 <= 3) return j - 1;
  }
  return end - 1;
}

export function nameSpeaker(ctx: SpeakerContext, first: number, end: number): Speaker {
  const { text, tokens } = ctx;
  const span = { start: tokens[first]!.start, end: tokens[end - 1]!.end };
  const mention = text.slice(span.start, span.end);
  const lowerMention = mention.toLowerCase();
  // "three sources who said": the relative pronoun stands for the phrase before it.
  if (lowerMention === 'who' && first > 0) {
    const p = tokens[first - 1]!.text === ',' ? first - 2 : first - 1;
    const lo = ctx.sentences.length > 0 ? ctx.sentences[sentenceAt(ctx.sentences, first)]!.firstToken : 0;
    const ante = p >= lo ? phraseEndingAt(tokens, p, lo) : null;
    if (ante) return { ...span, name: nameSpeaker(ctx, ante.first, ante.end).name, entityId: nameSpeaker(ctx, ante.first, ante.end).entityId };
  }
  // "he said" names the person who is the topic: the subject of this or a recent sentence, which
  // beats the latest person mentioned ('Jones warned … Obama's attempt … ¶ "…," he said').
  if (end - first === 1 && PERSON_PRONOUNS.has(lowerMention) && ctx.sentences.length > 0) {
    const subject = subjectPerson(ctx, first);
    if (subject) return { ...span, name: subject.name, entityId: subject.id };
  }
  // The name before "of Denver" heads the phrase when it names a person; otherwise the last word
  // ("Foreign Office of Pakistan" speaks for Pakistan).
  const h = headOf(tokens, first, end);
  const lastHead = { start: tokens[end - 1]!.start, end: tokens[end - 1]!.end };
  const personHead = h !== end - 1 ? entityFor(ctx.mentions, span, { start: tokens[h]!.start, end: tokens[h]!.end }) : null;
  const entity = personHead?.type === 'PERSON' ? personHead : entityFor(ctx.mentions, span, lastHead);
  if (entity) {
    // "the Pentagon says": an institution speaks, not the country it belongs to.
    const words = nameWords(tokens, first, end);
    const form = words ? text.slice(words.start, words.end) : '';
    if (entity.type === 'GPE' && actorKnowledge().countryForms.get(form)?.kind === 'institution') return { ...span, name: form, entityId: entity.id };
    return { ...span, name: entity.name, entityId: entity.id };
  }
  if (ctx.sentences.length > 0 && end - first === 1 && (lowerMention === 'it' || lowerMention === 'they')) {
    const ante = pronounAntecedent(ctx, first, lowerMention === 'they');
    if (ante) return { ...span, name: ante.name, entityId: ante.entityId };
  }
  // "the group", "the organization", "the doctor": a definite description of an earlier speaker.
  if (end - first === 2 && /^the$/i.test(tokens[first]!.text) && /^\p{Ll}+$/u.test(tokens[first + 1]!.text)) {
    const noun = tokens[first + 1]!.text;
    const author = lexicon().documentNouns.has(noun) && ctx.sentences.length > 0 ? documentAuthor(ctx, first, noun) : null;
    if (author) return { ...span, name: author.name, entityId: author.entityId };
    const group = lexicon().groupNouns.get(noun);
    const earlier = ctx.sentences.length > 0 ? earlierSpeakerWithNoun(ctx, first, noun) : null;
    if (earlier) return { ...span, name: earlier.name, entityId: earlier.entityId };
    const org = group !== undefined ? groupAntecedent(ctx, span, noun, group) : null;
    if (org) return { ...span, name: org.name, entityId: org.id };
  }
  if (end - first === 1 && PERSON_PRONOUNS.has(lowerMention)) {
    const prev = ctx.persons[firstStartingAt(ctx.persons, span.start) - 1];
    return { ...span, name: prev ? fullName(prev.name, ctx.byLast, span.start) : mention, entityId: null };
  }
  const words = isCap(tokens[end - 1]) ? nameWords(tokens, first, end) : null;
  if (!words) return { ...span, name: mention, entityId: null };
  const name = text.slice(words.start, words.end).replace(/['’]s$/, '');
  return { ...span, name: fullName(name, ctx.byLast, span.start), entityId: null };
}
