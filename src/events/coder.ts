/**
 * The CAMEO coder: for each sentence, triggers from the pattern table propose events; the
 * frame of the pattern finds the two actors among the sentence's actor mentions.
 *
 *   svo    actor1 = nearest actor before the trigger in its clause (the subject),
 *          actor2 = first actor after it, before the clause ends ("called on Russia to …")
 *   sym    as svo, and a coordinated subject "A and B signed" gives A and B
 *   visit  actor2 = the country of the place visited ("visited Dushanbe" → TJK)
 *   noun   actor1 = the possessor/modifier just before the noun ("Putin's visit to …")
 * Passive voice with "by" swaps the actors; a sentence-initial adverbial clause without a
 * subject ("Upon meeting in the Tajik capital, Putin …") takes the main clause's subject.
 * Modality: negated, conditional and interrogative triggers are dropped; quoted ones are marked
 * `reported`; future and intended ones are marked (material aid becomes "express intent to
 * provide", 033x; intended force a threat).
 */
import type { Segmentation, Sentence, Span, Token } from '../core/types.js';
import type { ActorMention, LocationMention } from './actors.js';
import { patternIndex, type Pattern } from './patterns.js';
import { coordinated, expandCoordination } from './coordination.js';
import { applyIntent } from './intent.js';
import { actorKnowledge } from '../nlp/entities/index.js';

export interface CodedEvent {
  pattern: Pattern;
  code: string;
  sentence: Sentence;
  trigger: Span;
  actor1: ActorMention;
  actor2: ActorMention | null;
  /** For the visit frame and withdrawals: where actor2 comes from. */
  location: LocationMention | null;
  modality: 'asserted' | 'intended' | 'reported';
  confidence: number;
  /** For a protest without a named target: the country whose state it is aimed at. */
  domesticTarget?: string | null;
}

const CLAUSE_BREAK = /^(?:;|:|that|which|who|whom|whose|when|while|because|but|although|though|whereas|if|unless|—|--)$/i;
const PASSIVE_AUX = /^(?:was|were|been|being|is|are|be|get|got)$/i;
const NEGATION = /^(?:not|n't|never|no|neither|nor|refused|declined|failed|short|without)$/i;
const FUTURE = /^(?:will|due|willing|ready|prepared|would|shall|plans?|planned|intends?|intended|wants?|wanted|hopes?|hoped|promised|pledged|vowed|offered|could|might|may|to)$/i;
const DECIDED = /^(?:agreed|agrees|decided|decides|voted|votes|moved|began|begins|started|starts|continued|continues|went|ordered)$/i;
const NOUN_MODIFIER = /^(?:air|missile|drone|rocket|mortar|artillery|suicide|car|roadside|military|nuclear|terror|terrorist|militant|insurgent|rebel|government|army|police|peace|trade|border)$/i;
const DETERMINER = /^(?:a|an|the|its|their|his|her|our|this|that|these|those|any|no|every|each)$/i;
const VERBAL = /^(?:will|would|shall|could|should|must|may|might|can|to|did|do|does|not|never|also|he|she|they|we|i|it|who|which|that)$/i;
const CONDITIONAL = /^(?:if|unless|whether)$/i;

/**
 * Codes one sentence. `actors`, `locations` and `quoted` are already limited to the sentence
 * (the caller buckets them in one pass, so long articles stay linear).
 */
export function codeSentence(
  text: string,
  seg: Segmentation,
  s: Sentence,
  actors: ActorMention[],
  locations: LocationMention[],
  quoted: Span[],
): CodedEvent[] {
  const { tokens } = seg;
  const index = patternIndex();
  const allActors = actors;
  const sentActors = allActors.filter((a) => !a.adjective);
  const sentLocs = locations;
  const out: CodedEvent[] = [];
  if (allActors.length === 0) return out;
  if (text.slice(s.start, s.end).trimEnd().endsWith('?')) return out;

  for (let i = s.firstToken; i < s.endToken; i++) {
    const tok = tokens[i]!;
    const pats = index.get(tok.text.toLowerCase());
    if (!pats) continue;
    // Triggers are common words: a capital inside a sentence marks a name ("in March", "Strike Force").
    if (/^\p{Lu}/u.test(tok.text) && i !== s.firstToken) continue;
    // Inside a quotation the event is the speaker's claim: coded, and marked as reported.
    const inQuote = quoted.some((q) => tok.start > q.start && tok.end < q.end);
    if (sentActors.some((a) => tok.start >= a.start && tok.end <= a.end)) continue; // part of a name
    // Patterns with particles first: "visit to" before "visit".
    const ordered = [...pats].sort((a, b) => b.particle.length - a.particle.length);
    for (const p of ordered) {
      // Adjectives stand for actors only with nominal events and uses of force ("Israeli air strikes on Gaza").
      const usable = p.frame === 'noun' || /^(?:1\d|20)/.test(p.code) ? allActors : sentActors;
      const ev = tryPattern(text, tokens, s, i, p, usable, sentLocs);
      if (ev) {
        if (inQuote) ev.modality = 'reported';
        out.push(...expandCoordination(text, ev, sentActors));
        break;
      }
    }
  }
  return out;
}

function clauseStart(tokens: Token[], s: Sentence, i: number): number {
  for (let j = i - 1; j >= s.firstToken; j--) if (CLAUSE_BREAK.test(tokens[j]!.text)) return j + 1;
  return s.firstToken;
}

function clauseEnd(tokens: Token[], s: Sentence, i: number, throughInfinitive = false): number {
  for (let j = i + 1; j < s.endToken; j++) {
    const t = tokens[j]!.text;
    if (CLAUSE_BREAK.test(t) || t === ',' || t === '.') return j;
    // An infinitive starts a new clause: "called on the world community to help Tajikistan".
    if (!throughInfinitive && t === 'to' && tokens[j + 1] && /^\p{Ll}/u.test(tokens[j + 1]!.text) && !/^(?:the|a|an|its|his|her|their|our|this|that|these|those)$/.test(tokens[j + 1]!.text)) return j;
  }
  return s.endToken;
}

function tryPattern(
  text: string,
  tokens: Token[],
  s: Sentence,
  i: number,
  p: Pattern,
  actors: ActorMention[],
  locs: LocationMention[],
): CodedEvent | null {
  const tok = tokens[i]!;
  // A verb trigger in a noun phrase is a noun ("a nuclear strike", "the attack"): a determiner
  // shortly before it with nothing verbal in between.
  // "Israeli air strikes hit …": a plural after a modifier noun or a nationality is a noun.
  if (p.pos === 'verb' && /s$/.test(tok.text) && i > s.firstToken && (NOUN_MODIFIER.test(tokens[i - 1]!.text) || actorKnowledge().countryForms.get(tokens[i - 1]!.text)?.kind === 'demonym')) return null;
  if (p.pos === 'verb' && !/(?:ed|ing)$/.test(tok.text.toLowerCase())) {
    let words = 0;
    for (let j = i - 1; j >= Math.max(s.firstToken, i - 5); j--) {
      const w = tokens[j]!.text;
      if (tokens[j]!.kind === 'punct') continue;
      if (DETERMINER.test(w)) return null;
      // Between a determiner and a noun stand at most two lowercase modifiers; a name or a
      // plural is the subject instead ("The Palestinians reject …").
      if (VERBAL.test(w) || /ly$/.test(w) || /^\p{Lu}/u.test(w) || /s$/.test(w) || ++words > 2) break;
    }
  }
  // A participle right after another trigger is an adjective: "reject proposed changes".
  if (p.pos === 'verb' && /ed$/.test(tok.text) && i > s.firstToken && patternIndex().has(tokens[i - 1]!.text.toLowerCase())) return null;
  // Particles must follow directly ("called on", "visit to").
  let after = i + 1;
  for (const w of p.particle) {
    // One adverb may sit between the verb and its particle: "complained bitterly that".
    if (tokens[after]?.text.toLowerCase() !== w && /ly$/.test(tokens[after]?.text ?? '') && tokens[after + 1]?.text.toLowerCase() === w) after++;
    if (tokens[after]?.text.toLowerCase() !== w) return null;
    after++;
  }
  const cStart = clauseStart(tokens, s, i);
  // Threats, intentions, refusals and force reach into their infinitive ("opened fire to disperse
  // demonstrators"): "threatened to strike the US territory of Guam".
  const throughInfinitive = /^(?:13|03|12|18|19)/.test(p.code);
  const cEnd = Math.max(clauseEnd(tokens, s, after - 1, throughInfinitive), after);
  const windowText = tokens.slice(after, cEnd).map((t) => t.text).join(' ');
  // In the passive the object is the subject: "The agreement … was signed by …".
  const passiveVoice = p.pos === 'verb' && PASSIVE_AUX.test(tokens[i - 1]?.text ?? '') && /(?:ed|en|wn|ld|ught|ized)$/.test(tok.text);
  const objectText = passiveVoice
    ? tokens.slice(cStart, i).map((t) => t.text).join(' ')
    : tokens.slice(after, clauseEnd(tokens, s, after - 1, true)).map((t) => t.text).join(' ');
  if (p.object && !p.object.test(objectText)) return null;

  // Modality from the few words before the trigger.
  const before = tokens.slice(Math.max(s.firstToken, i - 3), i).map((t) => t.text);
  if (before.some((w) => NEGATION.test(w))) return null;
  if (tokens.slice(s.firstToken, i).some((t) => CONDITIONAL.test(t.text))) return null;
  const infinitive = before.at(-1) === 'to';
  // "agreed to freeze", "voted to cut": a decision, coded as the act; "plans to visit": an intention.
  const decided = infinitive && before.slice(0, -1).some((w) => DECIDED.test(w));
  if (infinitive && p.pos === 'verb' && !decided && !before.slice(0, -1).some((w) => FUTURE.test(w))) return null;
  const intended = p.pos === 'verb' && !decided && before.some((w) => FUTURE.test(w));

  const passive = passiveVoice;
  const isActorBefore = (a: ActorMention) => a.t1 <= i && a.t0 >= cStart;
  // A possessive pronoun modifies the next noun ("met his U.S. counterpart"); it is not the object.
  const isActorAfter = (a: ActorMention) => a.t0 >= after && a.t1 <= cEnd && !/^(?:his|her|its|their)$/i.test(tokens[a.t0]!.text);

  if (p.frame === 'sym' && p.particle[0] === 'between') {
    // "clashes between Azerbaijan and Armenia": the two coordinated actors after "between".
    const first = actors.find((a) => a.t0 >= after && a.t0 < cEnd + 4);
    const second = first ? coordinated(text, actors, first).find((a) => a !== first) : undefined;
    return first && second ? finish(p, s, tok, first, second, null, intended, windowText, 0.8) : null;
  }
  if (p.frame === 'modal') return modalDemand(text, tokens, s, i, cStart, p, actors, intended, windowText);
  if (p.frame === 'judge') return spokenJudgement(tokens, s, i, p, actors, windowText);
  let actor1: ActorMention | null = null;
  let actor2: ActorMention | null = null;
  let location: LocationMention | null = null;

  if (p.frame === 'noun') {
    // The possessor or modifier right before the noun: "Putin's visit", "NATO troops' withdrawal";
    // "its/their invasion" belongs to the clause's subject.
    actor1 = [...actors].reverse().find((a) => a.t1 <= i && a.t1 >= i - 3) ?? null;
    const possessive = tokens.slice(Math.max(s.firstToken, i - 3), i).some((t) => /^(?:its|their)$/i.test(t.text));
    if (!actor1 && possessive) actor1 = [...actors].reverse().find((a) => isActorBefore(a) && !a.locative) ?? null;
  } else {
    actor1 = [...actors].reverse().find((a) => isActorBefore(a) && !a.locative) ?? null;
  }
  if (passive) {
    const byIdx = tokens.findIndex((t, j) => j > i && j < cEnd && t.text === 'by');
    if (byIdx < 0) return null;
    const agent = actors.find((a) => a.t0 > byIdx && a.t1 <= cEnd + 3) ?? null;
    if (agent && !actor1 && p.frame === 'sym') {
      // "The agreement was signed by Russian President Vladimir Putin and Tajik President …"
      const partner = coordinated(text, actors, agent).find((a) => a !== agent) ?? actors.find((a) => a.t0 > agent.t1 && a.countryCode && a.countryCode !== agent.countryCode);
      if (partner) return finish(p, s, tok, agent, partner, null, intended, windowText, 0.7);
    }
    if (!agent || !actor1) return null;
    return finish(p, s, tok, agent, actor1, null, intended, windowText, 0.7);
  }
  if (!actor1 && cStart > s.firstToken && /^(?:who|which|that)$/i.test(tokens[cStart - 1]!.text)) {
    // A relative clause's subject is its antecedent: "the pope, who is due to visit Egypt".
    const rel = cStart - 1;
    actor1 = [...actors].reverse().find((a) => a.t1 <= rel && a.t1 >= rel - 1 && !a.locative) ?? null;
  }
  if (!actor1 && p.pos !== 'noun' && p.frame !== 'noun') {
    // "Upon meeting in the Tajik capital, Putin gave …": the main clause's subject.
    // Only an opening adverbial clause lends its main clause's subject, not a noun phrase ("A roadside bombing … killed").
    const comma = tokens.findIndex((t, j) => j > i && j < s.endToken && t.text === ',');
    const first = tokens[s.firstToken]!.text;
    const opensClause = i === s.firstToken || /^(?:Upon|After|Before|While|When|On|During|Following|Since|Having|By)$/.test(first) || /^\p{Lu}\p{Ll}+ing$/u.test(first);
    if (comma > 0 && i - s.firstToken <= 2 && opensClause) actor1 = actors.find((a) => a.t0 > comma && !a.locative) ?? null;
  }
  if (!actor1) return null;

  if (p.frame === 'sym') {
    // "A and B signed": the actor before actor1, joined by "and".
    const idx = actors.indexOf(actor1);
    const prev = actors[idx - 1];
    if (prev && prev.t0 >= cStart && tokens.slice(prev.t1, actor1.t0).map((t) => t.text).join(' ') === 'and') {
      return finish(p, s, tok, prev, actor1, null, intended, windowText, 0.9);
    }
  }
  if (p.frame === 'visit' || (p.frame === 'noun' && (p.particle[0] === 'to' || p.particle[0] === 'at'))) {
    location = locs.find((l) => l.t0 >= after && l.t0 < cEnd + 2 && l.countryCode) ?? null;
    if (!location) return null;
    const host = actors.find((a) => a.t0 >= after && a.countryCode === location!.countryCode) ?? null;
    return finishVisit(p, s, tok, actor1, host, location, intended, windowText);
  }
  if (p.frame === 'noun' || p.particle[0] === 'from') {
    actor2 = actors.find((a) => isActorAfter(a)) ?? null;
    if (!actor2) {
      location = locs.find((l) => l.t0 >= after && l.t0 < cEnd && l.countryCode) ?? null;
      if (location) return finishVisit(p, s, tok, actor1, null, location, intended, windowText);
    }
  } else {
    actor2 = actors.find((a) => isActorAfter(a) && a !== actor1 && (!a.locative || p.particle.length > 0)) ?? null;
    // "turned down his offers": with no other object, the possessor is the target.
    if (!actor2) actor2 = actors.find((a) => a.t0 >= after && a.t1 <= cEnd && a.entity !== actor1!.entity && /^(?:his|her|their)$/i.test(tokens[a.t0]!.text)) ?? null;
    // Force and blockades act on places: "sealed the border crossing into Syria", "fired into Israel".
    if (!actor2 && /^(?:08|1[5-9]|20)/.test(p.code)) actor2 = actors.find((a) => isActorAfter(a) && a !== actor1 && a.countryCode !== actor1!.countryCode) ?? null;
    // … and on places that are no actor at all: "fired shells at targets in Jericho".
    if (!actor2 && /^(?:18|19|20)/.test(p.code)) {
      const where = locs.find((l) => l.t0 >= after && l.t0 < cEnd && l.countryCode && l.countryCode !== actor1!.countryCode);
      if (where) return finishVisit(p, s, tok, actor1, null, where, intended, windowText);
    }
    if (!actor2 && p.frame === 'sym' && i - s.firstToken <= 2) {
      // Subjectless participle clause: the partner is another actor of the sentence.
      actor2 = actors.find((a) => a !== actor1 && a.countryCode !== actor1!.countryCode) ?? null;
    }
  }
  // A protest with no named target is aimed at the state where it happens ("Thousands of Iraqi
  // Kurds demonstrated in Kirkuk" → IRQ → IRQ): the place's country, else the protesters' own.
  if (!actor2 && /^14[1-5]/.test(p.code) && actor1.entity.type === 'GPE' && !actor1.types.some((t) => ['GOV', 'MIL', 'LEG', 'JUD', 'COP'].includes(t))) {
    const where = locs.find((l) => l.t0 >= after && l.t0 < cEnd && l.countryCode) ?? null;
    const ev = finish(p, s, tok, actor1, null, where ?? null, intended, windowText, 0.6);
    ev.domesticTarget = where?.countryCode ?? actor1.countryCode;
    return ev;
  }
  if (!actor2) return null;
  if (actor2.entity === actor1.entity && actor2.types.join() === actor1.types.join()) return null;
  const ev = finish(p, s, tok, actor1, actor2, null, intended, windowText, 0.8);
  // A meeting held in the other side's country is a visit there: "Netanyahu met US President
  // Donald Trump in Washington" → ISR visits USA (042).
  if (ev.code === '040') {
    const where = locs.find((l) => l.t0 > i && l.t0 < cEnd && /^(?:in|at)$/i.test(tokens[l.t0 - 1]?.text ?? '') && l.countryCode);
    if (where && where.countryCode === actor2.countryCode && where.countryCode !== actor1.countryCode) return { ...ev, code: '042', location: where };
  }
  return ev;
}

const SPEECH = /^(?:said|says|say|told|tells|insisted|insists|demanded|demands|urged|urges|warned|warns|stressed|stresses|added|stated|declared|announced|reiterated|concluded)$/i;

/** "Russia said on Tuesday that Sudan must return …": the speaker demands it of the clause's subject. */
function modalDemand(text: string, tokens: Token[], s: Sentence, i: number, cStart: number, p: Pattern, actors: ActorMention[], intended: boolean, windowText: string): CodedEvent | null {
  if (tokens[cStart - 1]?.text !== 'that') return null;
  const subject = [...actors].reverse().find((a) => a.t1 <= i && a.t0 >= cStart) ?? null;
  if (!subject) return null;
  let speechAt = -1;
  for (let j = cStart - 2; j >= s.firstToken && j >= cStart - 8; j--) if (SPEECH.test(tokens[j]!.text)) { speechAt = j; break; }
  if (speechAt < 0) return null;
  const speaker = [...actors].reverse().find((a) => a.t1 <= speechAt && !a.locative) ?? null;
  if (!speaker || speaker.entity === subject.entity) return null;
  void text;
  return finish(p, s, tokens[i]!, speaker, subject, null, intended, windowText, 0.6);
}

/**
 * A condemning word in reported speech ("Russia's foreign ministry said it viewed Washington's
 * move as … contradicting", "the ministry said it regrets any decision …"): the speaker
 * disapproves of the other actor the sentence names.
 */
function spokenJudgement(tokens: Token[], s: Sentence, i: number, p: Pattern, actors: ActorMention[], windowText: string): CodedEvent | null {
  let speechAt = -1;
  for (let j = i - 1; j >= s.firstToken; j--) if (SPEECH.test(tokens[j]!.text)) { speechAt = j; break; }
  if (speechAt < 0) return null;
  const speaker = [...actors].reverse().find((a) => a.t1 <= speechAt && !a.locative) ?? null;
  if (!speaker) return null;
  const target = actors.find((a) => a.t0 > speechAt && a.entity !== speaker.entity && a.countryCode !== speaker.countryCode && !/^(?:it|its|he|she|his|her|they|their)$/i.test(tokens[a.t0]!.text));
  if (!target) return null;
  return finish(p, s, tokens[i]!, speaker, target, null, false, windowText, 0.5);
}

function finish(p: Pattern, s: Sentence, tok: Token, a1: ActorMention, a2: ActorMention | null, loc: LocationMention | null, intended: boolean, windowText: string, confidence: number): CodedEvent {
  return {
    pattern: p,
    code: applyIntent(p.code, intended, windowText),
    sentence: s,
    trigger: { start: tok.start, end: tok.end },
    actor1: a1,
    actor2: a2,
    location: loc,
    modality: intended ? 'intended' : 'asserted',
    confidence,
  };
}

function finishVisit(p: Pattern, s: Sentence, tok: Token, a1: ActorMention, host: ActorMention | null, loc: LocationMention, intended: boolean, windowText: string): CodedEvent {
  const ev = finish(p, s, tok, a1, host, loc, intended, windowText, 0.85);
  return ev;
}
