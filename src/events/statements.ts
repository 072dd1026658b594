/**
 * Statement events from the quotes stage: a quote whose speaker is an actor and whose cue verb
 * has a CAMEO meaning in `data/events/verb-patterns.tsv` ("said" → 010 with the `say` frame,
 * "urged" → 020, "accused" → 112, "warned" → 130, "denied" → 120, "praised" → 051) is an event
 * of the speaker towards the actor the statement is addressed to ("told the UN", "urged Iran to
 * …") or, failing that, the first other actor the quoted content names. Only dyadic statements
 * are coded (as GDELT does): no target, or the speaker's own side, gives no event.
 *
 * A cue verb the coder already coded, or a plain statement whose sentence already yields an
 * event of the same speaker, gives nothing here: the coded event is the more specific one.
 */
import type { Entity, Quote, Segmentation, Sentence, Token } from '../core/types.js';
import type { ActorMention } from './actors.js';
import type { CodedEvent } from './coder.js';
import { patternIndex, type Pattern } from './patterns.js';
import { sentenceIndexAt } from '../nlp/segment.js';
import { firstEndingAfter, firstStartingAt } from '../core/spans.js';

/** Pronouns and "the country": in reported speech they mostly stand for the speaker's own side. */
const ANAPHOR = /^(?:it|its|he|she|him|his|her|they|them|their|we|our|us|i|me|my|you|your|the (?:country|nation))$/i;
/** Speech verbs whose object is the hearer. */
const HEARER = /^(?:tell|tells|told|telling)$/i;
/** Words that may stand between the cue and its addressee: "told reporters in Kabul", "warned the …". */
const CLAUSE_START = /^(?:that|to|of|for|against|over|about|as|on|,|:|;|\.)$/i;

/** The pattern of the cue verb with its particles, longest first ("call on" before "call"). */
function cuePattern(tokens: Token[], k: number): { p: Pattern; after: number } | null {
  const pats = patternIndex().get(tokens[k]!.text.toLowerCase());
  if (!pats) return null;
  const ordered = pats.filter((p) => p.pos === 'verb' && p.frame !== 'noun' && p.frame !== 'visit' && p.frame !== 'sym').sort((a, b) => b.particle.length - a.particle.length);
  for (const p of ordered) {
    let after = k + 1;
    let ok = true;
    for (const w of p.particle) {
      if (tokens[after]?.text.toLowerCase() !== w) { ok = false; break; }
      after++;
    }
    if (ok && !p.object) return { p, after };
  }
  return null;
}

/** Two mentions stand for the same side: the same entity, or the same country with no group of its own. */
function sameSide(a: ActorMention, b: ActorMention): boolean {
  if (a.entity === b.entity) return true;
  if (a.knownGroup || b.knownGroup) return a.knownGroup === b.knownGroup;
  return !!a.countryCode && a.countryCode === b.countryCode;
}

/**
 * `actors` are all actor mentions of the article (sorted by start), `coded` the coder's events.
 */
export function statementEvents(text: string, seg: Segmentation, quotes: Quote[], actors: ActorMention[], entities: Entity[], coded: CodedEvent[]): CodedEvent[] {
  const { tokens, sentences } = seg;
  const out: CodedEvent[] = [];
  const byId = new Map(entities.map((e) => [e.id, e]));
  if (quotes.length === 0) return out;
  const codedTriggers = new Set(coded.map((c) => c.trigger.start));
  const bySentence = new Map<Sentence, CodedEvent[]>();
  for (const c of coded) {
    const list = bySentence.get(c.sentence);
    if (list) list.push(c);
    else bySentence.set(c.sentence, [c]);
  }
  const atToken = new Map(actors.map((a) => [a.t0, a]));
  /** Actors overlapping [start, end): binary search on starts (actors are sorted by start). */
  const overlapping = (start: number, end: number): ActorMention[] => {
    const lo = firstStartingAt(actors, start - 200);
    const found: ActorMention[] = [];
    for (let k = lo; k < actors.length && actors[k]!.start < end; k++) if (actors[k]!.end > start) found.push(actors[k]!);
    return found;
  };
  for (const q of quotes) {
    if (!q.cue || !q.speaker) continue;
    const k = firstEndingAfter(tokens, q.cue.start);
    if (!tokens[k] || tokens[k]!.start !== q.cue.start) continue;
    if (codedTriggers.has(tokens[k]!.start)) continue; // the coder coded this verb already
    const cue = cuePattern(tokens, k);
    if (!cue) continue;
    const si = sentenceIndexAt(sentences, q.cue.start);
    const sentence: Sentence | undefined = sentences[si];
    if (!sentence) continue;
    // The speaker: the actor mention at the speaker's span, else its entity.
    const sp = q.speaker;
    let speaker = overlapping(sp.start, sp.end).find((a) => !a.adjective) ?? null;
    if (!speaker && sp.entityId) {
      const e = byId.get(sp.entityId);
      if (e && (e.country || e.knownGroup) && e.type !== 'LOC' && e.type !== 'MISC') {
        const t0 = firstEndingAfter(tokens, sp.start);
        speaker = { start: sp.start, end: sp.end, entity: e, countryCode: e.country, knownGroup: e.knownGroup, types: e.actorTypes, locative: false, t0, t1: firstEndingAfter(tokens, sp.end - 1) + 1 };
      }
    }
    if (!speaker || (!speaker.countryCode && !speaker.knownGroup)) continue;
    const say = cue.p.frame === 'say';
    // A plain statement whose sentence the coder already coded for this speaker adds nothing.
    const inSentence = bySentence.get(sentence) ?? [];
    if (say && inSentence.some((c) => sameSide(c.actor1, speaker!))) continue;
    // An organisation placed only by the article's focus country ("told the BBC", "told Reuters")
    // is no side of a dyad.
    const usable = (a: ActorMention) => !a.adjective && !sameSide(a, speaker!) && !ANAPHOR.test(text.slice(a.start, a.end)) && (!!a.knownGroup || (!!a.countryCode && (a.entity.type !== 'ORG' || !!a.entity.country)));
    // The addressee right after the cue: "told the UN that", "urged Iran to", "accused Russia of"
    // (not a possessor: "told Britain's Daily Telegraph").
    let target: ActorMention | null = null;
    for (let j = cue.after; j < Math.min(sentence.endToken, cue.after + 6); j++) {
      if (CLAUSE_START.test(tokens[j]!.text)) break;
      const a = atToken.get(j);
      if (a) {
        if (usable(a) && !a.locative && !/['’]s?$/.test(tokens[a.t1 - 1]!.text) && !/^['’]s?$/.test(tokens[a.t1]?.text ?? '')) target = a;
        break;
      }
    }
    // A plain speech verb is an event only towards its hearer ("told the U.N. General Assembly"):
    // what a statement merely names is not addressed.
    if (say && (!target || !HEARER.test(tokens[k]!.text))) continue;
    // Else the first other actor the content names, as a participant (not a place: "forces from Afghanistan").
    if (!target) target = overlapping(q.start, q.end).find((a) => a.start >= q.start && a.end <= q.end && usable(a) && !a.locative) ?? null;
    if (!target) continue;
    // The coder's event on the same dyad and root in this sentence already states it.
    if (inSentence.some((c) => c.code.slice(0, 2) === cue.p.code.slice(0, 2) && sameSide(c.actor1, speaker!) && !!c.actor2 && sameSide(c.actor2, target!))) continue;
    out.push({
      pattern: cue.p,
      code: cue.p.code,
      sentence,
      trigger: { start: tokens[k]!.start, end: tokens[cue.after - 1]!.end },
      actor1: speaker,
      actor2: target,
      location: null,
      modality: 'asserted',
      confidence: say ? 0.5 : 0.6,
      fromQuote: true,
    });
  }
  return out;
}
