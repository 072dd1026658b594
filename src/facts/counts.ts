/**
 * GDELT-style counts: a number of people in a sentence read as killed, wounded, arrested, kidnapped,
 * protesting or displaced ("43 soldiers were killed", "killing at least 74 people", "300
 * protesters"), linked to the event of its sentence that it quantifies. The words that make each
 * kind are data (`data/facts/count-kinds.tsv`); who counts as people is the `persons` cue of
 * `data/facts/cues.tsv` plus the demonyms of the actor knowledge ("Palestinians").
 */
import type { Amount, Sentence, SitrepEvent, Span } from '../core/types.js';
import { readTsv } from '../core/data-dir.js';
import { actorKnowledge } from '../nlp/entities/index.js';
import { sentenceIndexAt } from '../nlp/segment.js';

export type CountKind = 'KILL' | 'WOUND' | 'ARREST' | 'KIDNAP' | 'PROTEST' | 'AFFECT';

interface KindRule {
  kind: CountKind;
  noun: RegExp;
  /** Filler words then the kind's verb, anchored at the end of the number phrase; group 1 is the filler. */
  after: RegExp | null;
  before: RegExp | null;
}

export interface Count {
  kind: CountKind;
  amount: Amount;
  /** The words that make the kind (the verb or the counted noun). */
  cue: Span;
}

/** Event roots each kind quantifies best (CAMEO): a count links to such an event of its sentence first. */
const KIND_ROOTS: Record<CountKind, readonly string[]> = {
  KILL: ['18', '19', '20', '14'],
  WOUND: ['18', '19', '20', '14'],
  ARREST: ['17'],
  KIDNAP: ['18', '17'],
  PROTEST: ['14'],
  AFFECT: ['18', '19', '20', '17'],
};

/** How far after the number phrase a kind's verb may stand, and how far before it. */
const AFTER_CHARS = 48;
const BEFORE_CHARS = 48;

let rules: KindRule[] | null = null;
let persons: RegExp | null = null;

function loadRules(): KindRule[] {
  if (rules) return rules;
  const alt = (words: string | undefined) => (words && words.trim() ? words : null);
  rules = readTsv('facts', 'count-kinds.tsv').map((r) => {
    const after = alt(r['after']);
    const before = alt(r['before']);
    return {
      kind: r['kind'] as CountKind,
      noun: new RegExp(`^(?:${r['nouns']})$`, 'i'),
      // At most two words (the rest of the noun phrase: "officers") between the number phrase and
      // the verb; `countOf` rejects fillers that close the clause ("in Kabul", "and police").
      after: after ? new RegExp(`^((?:\\s+[a-z-]+){0,2}?)\\s+(?:${after})\\b`, 'i') : null,
      // The cue words ("killing", "the death toll rose to") right before the number.
      before: before ? new RegExp(`\\b(?:${before})\\s+$`, 'i') : null,
    };
  });
  return rules;
}

let roleWords: Set<string> | null = null;

/** Is the counted noun people? The `persons` cue, a role word of `data/actors/roles.tsv` in the plural, or a demonym. */
function isPeople(object: string | null): boolean {
  if (object === null) return true;
  if (!persons) {
    const row = readTsv('facts', 'cues.tsv').find((r) => r['cue'] === 'persons');
    if (!row) throw new Error('sitrep: data/facts/cues.tsv has no cue "persons"');
    persons = new RegExp(`^(?:${row['words']})$`, 'i');
    roleWords = new Set(readTsv('actors', 'roles.tsv').map((r) => r['phrase']!.toLowerCase()).filter((p) => !p.includes(' ')));
  }
  const lastWord = object.trim().split(/\s+/).at(-1) ?? '';
  const last = lastWord.toLowerCase();
  if (persons.test(last) || persons.test(object.trim())) return true;
  const singulars = [last.replace(/men$/, 'man'), last.replace(/ies$/, 'y'), last.replace(/es$/, ''), last.replace(/s$/, '')];
  if (last.endsWith('s') || last.endsWith('men')) {
    if (singulars.some((w) => w !== last && roleWords!.has(w))) return true;
  }
  const form = actorKnowledge().countryForms.get(lastWord);
  return form?.kind === 'demonym';
}

/** Words of the after-context that end the number's clause: a verb beyond them belongs elsewhere. */
const CLAUSE_END = /[;:.!?()"“”]|,\s|\b(?:and|but|while|after|before|when|in|on|at|by|of|from|with|who|which|that)\b/i;

/** The count kind of one amount in its sentence, or null. */
export function countOf(a: Amount, sentence: Span, text: string): Count | null {
  if (a.unit || /%|percent|per cent/i.test(a.text)) return null;
  if (!Number.isFinite(a.value) || a.value <= 0 || a.value !== Math.round(a.value)) return null;
  // A year is not a count ("in 2014").
  if (a.object === null && a.value >= 1900 && a.value <= 2100 && /^\d{4}$/.test(a.text)) return null;
  const people = isPeople(a.object);
  const afterText = text.slice(a.end, Math.min(sentence.end, a.end + AFTER_CHARS));
  const beforeStart = Math.max(sentence.start, a.start - BEFORE_CHARS);
  const beforeText = text.slice(beforeStart, a.start);
  for (const r of people ? loadRules() : []) {
    const m = r.after?.exec(afterText);
    // The filler words ("officers") must not close the clause: in "5 people and police were
    // killed" the verb's subject is not the number.
    if (m && !CLAUSE_END.test(m[1]!)) {
      const verb = m[0].slice(m[1]!.length).trimStart();
      return { kind: r.kind, amount: a, cue: { start: a.end + m[0].length - verb.length, end: a.end + m[0].length } };
    }
  }
  for (const r of people ? loadRules() : []) {
    const m = r.before?.exec(beforeText);
    if (m) return { kind: r.kind, amount: a, cue: { start: beforeStart + m.index, end: beforeStart + m.index + m[0].trimEnd().length } };
  }
  // Last, the counted noun itself ("58 dead", "300 protesters"): a verb says more ("five
  // protesters were killed" is a count of the killed).
  for (const r of loadRules()) {
    if (a.object && r.noun.test(a.object)) return { kind: r.kind, amount: a, cue: nounSpan(a, text) };
  }
  return null;
}

/** Where the counted noun is written: inside the amount's text, else the nearest occurrence beside it. */
function nounSpan(a: Amount, text: string): Span {
  const noun = a.object!.toLowerCase();
  const inside = a.text.toLowerCase().lastIndexOf(noun);
  if (inside >= 0) return { start: a.start + inside, end: a.start + inside + noun.length };
  const from = Math.max(0, a.start - AFTER_CHARS);
  const window = text.slice(from, a.end + AFTER_CHARS).toLowerCase();
  const spots = [...window.matchAll(new RegExp(`\\b${noun.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g'))].map((m) => from + m.index);
  const best = spots.sort((x, y) => Math.abs(x - a.start) - Math.abs(y - a.start))[0];
  return best === undefined ? { start: a.start, end: a.end } : { start: best, end: best + noun.length };
}

/** Every count in the article, each linked to the event of its sentence it quantifies (if any). */
export function findCounts(amounts: Amount[], sentences: Sentence[], text: string): Count[] {
  const out: Count[] = [];
  for (const a of amounts) {
    const s = sentences[sentenceIndexAt(sentences, a.start)];
    if (!s || a.end > s.end) continue;
    const c = countOf(a, s, text);
    if (c) out.push(c);
  }
  return out;
}

/** The event a count quantifies: an event of its sentence with a root of its kind, nearest first. */
export function eventOfCount(c: Count, events: SitrepEvent[]): SitrepEvent | null {
  const inSentence = events.filter((e) => e.sentence.start <= c.amount.start && c.amount.end <= e.sentence.end);
  const roots = KIND_ROOTS[c.kind];
  const dist = (e: SitrepEvent) => Math.abs(e.evidenceSpans.verb.start - c.amount.start);
  const fitting = inSentence.filter((e) => roots.includes(e.rootCode)).sort((x, y) => dist(x) - dist(y));
  return fitting[0] ?? null;
}
