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
import { readTsv } from '../core/data-dir.js';
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
  /** Made from a quote's cue and speaker (statements.ts), not from the sentence's frames. */
  fromQuote?: boolean;
  /** A meeting held in the other side's country, coded as the visit: the meeting is an event too. */
  alsoMeeting?: boolean;
}

const CLAUSE_BREAK = /^(?:;|:|that|which|who|whom|whose|when|while|because|but|although|though|whereas|if|unless|—|--)$/i;
const PASSIVE_AUX = /^(?:was|were|been|being|is|are|be|get|got)$/i;
const NEGATION = /^(?:not|n't|never|no|neither|nor|refused|declined|failed|short|without)$/i;
const FUTURE = /^(?:will|due|willing|ready|prepared|would|shall|plans?|planned|intends?|intended|wants?|wanted|hopes?|hoped|promised|pledged|vowed|offered|could|might|may|to)$/i;
const DECIDED = /^(?:agreed|agrees|decided|decides|voted|votes|moved|began|begins|started|starts|continued|continues|went|ordered)$/i;
const NOUN_MODIFIER = /^(?:air|missile|drone|rocket|mortar|artillery|suicide|car|roadside|military|nuclear|terror|terrorist|militant|insurgent|rebel|government|army|police|peace|trade|border)$/i;
const DETERMINER = /^(?:a|an|the|its|their|his|her|our|this|that|these|those|any|no|every|each)$/i;
const LIGHT_VERB = /^(?:seek|seeks|sought|seeking|win|wins|won|winning|gain|gains|gained|get|gets|got|receive|receives|received|express|expressed|expresses|show|showed|shows|lend|lent|lends|voice|voiced|voices|enjoy|enjoys|enjoyed|need|needs|needed|secure|secured|garner|garnered|drum|rally|rallied)$/i;
/** Words that are adjectives before a noun ("a tough warning", "the first meeting"). */
const ADJECTIVE = /^(?:\p{Ll}+(?:al|ful|ous|ive|ic|ent|ant|less|ary|ble)|tough|stern|strong|new|final|last|first|second|third|fresh|rare|brief|clear|direct|joint|stark|blunt|rare|high-level|long|short|major|minor|key|rare|late|early|recent)$/u;
const STATE_TYPES = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY']);
const ATTEMPT = /^(?:trying|tried|tries|try|seeking|sought|seeks|attempting|attempted)$/i;
const VERBAL = /^(?:will|would|shall|could|should|must|may|might|can|to|did|do|does|not|never|also|he|she|they|we|i|it|who|which|that)$/i;
const CONDITIONAL = /^(?:if|unless|whether)$/i;
/** Measures and documents: subjects that cannot use force ("the sanctions package targeted …"). */
const POLICY_NOUN = /^(?:sanctions|package|measures?|tariffs|restrictions|law|laws|legislation|bill|policy|resolution|ban|embargo|report|decision|plan|program|programme)$/i;
/** Nouns for an armed operation, and verbs that carry one out ("carried out an attack which killed …"). */
const OPERATION_NOUN = /^(?:operation|operations|attack|attacks|raid|raids|offensive|assault|strike|strikes|airstrike|airstrikes|ambush|bombing|bombings|mission)$/i;
const CARRY_OUT = /^(?:carried|carry|carries|carrying|conducted|conduct|conducts|conducting|launched|launch|launches|launching|staged|stage|mounted|mount|unleashed|led|executed)$/i;
/** Nouns for a charge made against someone ("rejected these accusations"). */
const CHARGE_NOUN = /^(?:accusations?|allegations?|claims?|charges)$/i;

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
  /** The owner of an act the sentence before names ("Washington's actions"), for a pronoun that stands for the act (see `tryPattern`). */
  priorActor: ActorMention | null = null,
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
      // Plain speech verbs are coded only from the quotes stage's statements (statements.ts).
      if (p.frame === 'say') continue;
      // Adjectives stand for actors only with nominal events and uses of force ("Israeli air strikes on Gaza").
      const usable = p.frame === 'noun' || /^(?:1\d|20)/.test(p.code) ? allActors : sentActors;
      const ev = tryPattern(text, tokens, s, i, p, usable, sentLocs, allActors, priorActor);
      if (ev) {
        if (inQuote) ev.modality = 'reported';
        out.push(...expandCoordination(text, ev, sentActors));
        if (ev.alsoMeeting) out.push({ ...ev, code: '040', location: null, alsoMeeting: false });
        break;
      }
    }
  }
  return out.length > 1 ? promisedActs(tokens, out) : out;
}

/**
 * "agreed to freeze assets", "pledged to punish": a promise whose infinitive is coded as an
 * event of its own is that event (the promise is dropped); a promise of a hostile act that is
 * not coded on its own is a threat (130).
 */
function promisedActs(tokens: Token[], events: CodedEvent[]): CodedEvent[] {
  const index = patternIndex();
  const out: CodedEvent[] = [];
  for (const ev of events) {
    if (ev.code.startsWith('03') && ev.pattern.pos === 'verb') {
      let k = tokens.findIndex((t) => t.start === ev.trigger.start) + 1;
      for (const _ of ev.pattern.particle) k++;
      if (ev.pattern.particle.at(-1) !== 'to' && tokens[k]?.text === 'to') k++;
      if (tokens[k - 1]?.text === 'to' && tokens[k]) {
        const inner = tokens[k]!;
        if (events.some((o) => o !== ev && o.trigger.start === inner.start)) continue;
        const hostile = index.get(inner.text.toLowerCase())?.some((q) => q.pos === 'verb' && q.frame !== 'say' && /^(?:1[1-9]|20)/.test(q.code));
        if (hostile) {
          out.push({ ...ev, code: '130' });
          continue;
        }
      }
      // "promised Iraqi forces would broaden the offensive against insurgents": a promise of
      // force coded in its content is a threat against the content's target.
      if (/^(?:promise|pledge|vow)$/.test(ev.pattern.trigger)) {
        const force = events.find((o) => o !== ev && o.trigger.start > ev.trigger.start && o.trigger.start - ev.trigger.end < 80 && /^(?:13|1[5-9]|20)/.test(o.code) && o.actor2);
        if (force) {
          out.push({ ...ev, code: /^(?:18|19|20|138)/.test(force.code) ? '138' : '130', actor2: force.actor2 });
          continue;
        }
      }
    }
    out.push(ev);
  }
  return out;
}

const DASH = /^(?:-|–|—|--)$/;
const RELATIVE = /^(?:who|which|whose)$/i;

/**
 * Where the trigger's clause starts, walking back to a clause break. A parenthetical closed
 * before the trigger is stepped over ("The Authority - which considers … - called for",
 * "Lavrov, who is due in Cairo, said", "Hamas (which runs Gaza) fired"): its words are no part
 * of the clause, and `hidden` lists them so that its actors are not taken for the subject.
 */
function clauseStart(tokens: Token[], s: Sentence, i: number, hidden: Array<[number, number]> = [], actors: ActorMention[] = []): number {
  for (let j = i - 1; j >= s.firstToken; j--) {
    const t = tokens[j]!.text;
    if (t === ')' || t === ',' || DASH.test(t)) {
      const open = t === ')' ? '(' : t;
      let o = -1;
      for (let k = j - 1; k > s.firstToken && k >= j - 40; k--) {
        if (tokens[k]!.text === open || (t === ',' && DASH.test(tokens[k]!.text))) { o = k; break; }
        if (t !== ',' && CLAUSE_BREAK.test(tokens[k]!.text) && !RELATIVE.test(tokens[k]!.text) && tokens[k]!.text !== 'that') continue;
      }
      // A comma pair encloses a relative clause only; dashes and brackets enclose anything.
      // An apposition naming actors ("Arab states - Egypt and Jordan - criticised") is the subject itself.
      const relative = RELATIVE.test(tokens[o + 1]?.text ?? '') || (t === ',' && /^that$/i.test(tokens[o + 1]?.text ?? '') && actors.some((a) => a.t1 === o || a.t1 === o - 1));
      // "Pakistan, a key U.S. ally in the war, has refused": an apposition describing the subject
      // right before it, closed right before the verb.
      // … or placing it: "Clinton, in The Hague to seek support for …, welcomed".
      const apposition = t === ',' && i - j <= 3 && actors.some((a) => a.t1 === o) && (/^(?:a|an)$/i.test(tokens[o + 1]?.text ?? '') || (/^the$/i.test(tokens[o + 1]?.text ?? '') && /^\p{Ll}/u.test(tokens[o + 2]?.text ?? '')) || /^(?:in|at|on|during|after|speaking|visiting)$/.test(tokens[o + 1]?.text ?? ''));
      if (o > s.firstToken && (relative || apposition || (t !== ',' && !actors.some((a) => a.t0 === o + 1)))) {
        hidden.push([o, j]);
        j = o;
        continue;
      }
    }
    if (CLAUSE_BREAK.test(t)) return j + 1;
  }
  return s.firstToken;
}

function clauseEnd(tokens: Token[], s: Sentence, i: number, throughInfinitive = false, throughCondition = false): number {
  for (let j = i + 1; j < s.endToken; j++) {
    const t = tokens[j]!.text;
    // A threat's condition names its target: "threatened to halt the talks if the United States …".
    if (throughCondition && CONDITIONAL.test(t)) continue;
    if (CLAUSE_BREAK.test(t) || t === ',' || t === '.') return j;
    // "condemned the blast and said …": a second verb phrase starts.
    if (t === 'and' && SPEECH.test(tokens[j + 1]?.text ?? '')) return j;
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
  withAdjectives: ActorMention[] = actors,
  priorActor: ActorMention | null = null,
): CodedEvent | null {
  const tok = tokens[i]!;
  // A verb trigger in a noun phrase is a noun ("a nuclear strike", "the attack"): a determiner
  // shortly before it with nothing verbal in between.
  // "Israeli air strikes hit …": a plural after a modifier noun or a nationality is a noun.
  if (p.pos === 'verb' && /s$/.test(tok.text) && i > s.firstToken && (NOUN_MODIFIER.test(tokens[i - 1]!.text) || actorKnowledge().countryForms.get(tokens[i - 1]!.text)?.kind === 'demonym')) return null;
  // "a tough warning", "the killing of": an -ing form after an article is a noun too.
  const ingNoun = /ing$/.test(tok.text) && (/^(?:a|an|the)$/i.test(tokens[i - 1]?.text ?? '') || (/^(?:a|an|the)$/i.test(tokens[i - 2]?.text ?? '') && ADJECTIVE.test(tokens[i - 1]?.text ?? '')));
  if (p.pos === 'verb' && ingNoun) return null;
  // "on occupied land", "in disputed areas": a participle after a preposition is an adjective.
  if (p.pos === 'verb' && /ed$/.test(tok.text) && /^(?:on|in|of|from|into|at|over|across|for|with)$/i.test(tokens[i - 1]?.text ?? '')) return null;
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
  // "agreeing to U.S. demands", "the new EU sanctions package": a plural after a name that follows
  // a preposition, or a determiner and an adjective, is a noun.
  if (p.pos === 'verb' && /s$/.test(tok.text) && i > s.firstToken) {
    const owner = withAdjectives.find((a) => a.t1 === i && a.entity.type !== 'PERSON');
    const b1 = tokens[(owner?.t0 ?? 0) - 1]?.text ?? '';
    if (owner && (/^(?:to|of|for|with|on|against|by|from|at|over|about|into|under)$/i.test(b1) || (/^\p{Ll}+$/u.test(b1) && !VERBAL.test(b1) && DETERMINER.test(tokens[owner.t0 - 2]?.text ?? '')))) return null;
  }
  // "the sanctions package targeted officials": force needs an agent, not a measure.
  if (p.pos === 'verb' && /^(?:1[5-9]|20)/.test(p.code) && POLICY_NOUN.test(tokens[i - 1]?.text ?? '')) return null;
  // A participle right after a determiner is an adjective: "the wounded demonstrators" (not after
  // the relative "that": "a raid that killed …").
  if (p.pos === 'verb' && /ed$/.test(tok.text) && DETERMINER.test(tokens[i - 1]?.text ?? '') && !/^that$/i.test(tokens[i - 1]!.text)) return null;
  // A participle right after another trigger is an adjective: "reject proposed changes".
  if (p.pos === 'verb' && /ed$/.test(tok.text) && i > s.firstToken && patternIndex().get(tokens[i - 1]!.text.toLowerCase())?.some((q) => q.frame !== 'say')) return null;
  // After a verb that takes it as object the trigger is a noun: "to seek broad support", "won backing".
  if (p.pos === 'verb' && !/(?:ed|ing)$/.test(tok.text) && (LIGHT_VERB.test(tokens[i - 1]?.text ?? '') || (LIGHT_VERB.test(tokens[i - 2]?.text ?? '') && /^\p{Ll}+$/u.test(tokens[i - 1]?.text ?? '') && !VERBAL.test(tokens[i - 1]!.text)))) return null;
  // A bare verb form right before an event noun modifies it: "mass protests".
  if (p.pos === 'verb' && !/(?:ed|ing)$/.test(tok.text) && patternIndex().get(tokens[i + 1]?.text.toLowerCase() ?? '')?.some((q) => q.pos === 'noun' && q.prefix.length === 0)) return null;
  // A plural right after a verb trigger is its object, a noun: "accepted demands", "rejected calls".
  if (p.pos === 'verb' && /s$/.test(tok.text) && i > s.firstToken && patternIndex().get(tokens[i - 1]!.text.toLowerCase())?.some((q) => q.pos === 'verb' && q.frame !== 'say')) return null;
  for (let k = 0; k < p.prefix.length; k++) {
    if (tokens[i - p.prefix.length + k]?.text.toLowerCase() !== p.prefix[k]) return null;
  }
  // Particles must follow directly ("called on", "visit to").
  let after = i + 1;
  for (const w of p.particle) {
    // One adverb or weekday may sit between the trigger and its particle: "complained bitterly that",
    // "opened a hearing Monday into".
    if (tokens[after]?.text.toLowerCase() !== w && /(?:ly|^today|^yesterday|^again|^now|^overnight|^later|^earlier|^(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/i.test(tokens[after]?.text ?? '') && tokens[after + 1]?.text.toLowerCase() === w) after++;
    if (tokens[after]?.text.toLowerCase() !== w) return null;
    after++;
  }
  const hidden: Array<[number, number]> = [];
  const cStart = clauseStart(tokens, s, i, hidden, actors);
  // Threats, intentions, refusals and force reach into their infinitive ("opened fire to disperse
  // demonstrators"): "threatened to strike the US territory of Guam".
  const throughInfinitive = /^(?:13|03|12|18|19)/.test(p.code);
  // An act announced for the future on a condition ("will withdraw its force from Chad unless …")
  // is a threat.
  const unlessAfter = tokens.slice(i + 1, s.endToken).some((t) => /^unless$/i.test(t.text));
  const threat = p.code.startsWith('13') || (unlessAfter && p.pos === 'verb' && tokens.slice(Math.max(s.firstToken, i - 3), i).some((t) => /^(?:will|would|shall)$/i.test(t.text)));
  const cEnd = Math.max(clauseEnd(tokens, s, after - 1, throughInfinitive, threat), after);
  const windowText = tokens.slice(after, cEnd).map((t) => t.text).join(' ');
  // In the passive the object is the subject: "The agreement … was signed by …".
  const participle = /(?:ed|en|wn|ld|ught|ized)$/.test(tok.text);
  // "were briefly detained, then released": the second participle shares the passive.
  const sharedPassive = participle && /^(?:then|and|,)$/i.test(tokens[i - 1]?.text ?? '') && tokens.slice(Math.max(s.firstToken, i - 5), i - 1).some((t, k, arr) => PASSIVE_AUX.test(t.text) && (/(?:ed|en|wn)$/.test(arr[k + 1]?.text ?? '') || /(?:ed|en|wn)$/.test(arr[k + 2]?.text ?? '')));
  // One adverb may stand between the auxiliary and the participle: "were categorically denied".
  const auxAt = /ly$/i.test(tokens[i - 1]?.text ?? '') ? i - 2 : i - 1;
  // A reduced relative is passive too: "the talks, brokered by Russia, …", "a truce brokered by Egypt".
  // Without "by", a participle right after the object of a preposition ("a breach of the pact
  // brokered between Georgia and Russia") modifies that noun: an agentless reduced relative, not
  // an act of the clause's subject (a prepositional object cannot be the verb's subject).
  const afterNounPhrase = /^\p{Ll}+$/u.test(tokens[i - 1]?.text ?? '') && !VERBAL.test(tokens[i - 1]!.text) && !PASSIVE_AUX.test(tokens[i - 1]!.text) && !/^(?:has|have|had|and|or)$/i.test(tokens[i - 1]!.text);
  const prepositionalObject = afterNounPhrase && [i - 2, i - 3].some((d) => d > s.firstToken && DETERMINER.test(tokens[d]!.text) && /^(?:of|in|on|at|to|for|with|from|against|over|under|about|after|before|during)$/i.test(tokens[d - 1]!.text));
  const reducedPassive = /(?:ed|en|wn)$/.test(tok.text) && ((/^by$/i.test(tokens[i + 1]?.text ?? '') && (tokens[i - 1]?.text === ',' || afterNounPhrase)) || (prepositionalObject && /^(?:between|in|at|on|with|during)$/i.test(tokens[i + 1]?.text ?? '')));
  const passiveVoice = p.pos === 'verb' && participle && (PASSIVE_AUX.test(tokens[auxAt]?.text ?? '') || sharedPassive || reducedPassive);
  const objectText = passiveVoice
    ? tokens.slice(cStart, i).map((t) => t.text).join(' ')
    : tokens.slice(after, clauseEnd(tokens, s, after - 1, true)).map((t) => t.text).join(' ');
  if (p.object && !p.object.test(objectText)) return null;

  // Modality from the few words before the trigger.
  const before = tokens.slice(Math.max(s.firstToken, i - 3), i).map((t) => t.text);
  if (before.some((w) => NEGATION.test(w))) return null;
  // "must agree", "should withdraw": a duty, not the act (the modal frame codes the demand).
  if (p.pos === 'verb' && before.some((w) => /^(?:must|should|ought)$/i.test(w))) return null;
  if (tokens.slice(s.firstToken, i).some((t) => CONDITIONAL.test(t.text))) return null;
  const infinitive = before.at(-1) === 'to';
  // "agreed to freeze", "voted to cut": a decision, coded as the act; "plans to visit": an intention.
  // "trying to persuade": an attempt to appeal is an appeal.
  // "attempted to assassinate", "tried to hack into": an attempted use of force or coercion is the
  // act (CAMEO codes attempts); not an attempted blockade ("protesters tried to block the plant").
  const decided = infinitive && before.slice(0, -1).some((w) => DECIDED.test(w) || ((p.code.startsWith('02') || /^(?:17$|18|19|20)/.test(p.code)) && ATTEMPT.test(w)));
  if (infinitive && p.pos === 'verb' && !decided && !before.slice(0, -1).some((w) => FUTURE.test(w))) return null;
  const intended = p.pos === 'verb' && !decided && before.some((w) => FUTURE.test(w));

  const passive = passiveVoice;
  const isActorBefore = (a: ActorMention) => a.t1 <= i && a.t0 >= cStart && !hidden.some(([o, c]) => a.t0 > o && a.t0 < c);
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

  // "the Authority, which considers the US biased and has rejected …": when the relative
  // pronoun is the clause's subject (a verb follows it), the antecedent acts and the actors
  // inside the clause are objects.
  const relSubject = p.frame !== 'noun' && p.pos === 'verb' && cStart > s.firstToken && RELATIVE.test(tokens[cStart - 1]!.text) && !/^whose$/i.test(tokens[cStart - 1]!.text) && !actors.some((a) => a.t0 === cStart) && !DETERMINER.test(tokens[cStart]?.text ?? '');
  if (p.frame === 'noun') {
    // The possessor or modifier right before the noun: "Putin's visit", "NATO troops' withdrawal";
    // "its/their invasion" belongs to the clause's subject.
    // "U.S.-led negotiations", "the Saudi-backed offensive": the leader named in the modifier.
    actor1 = ledBy(tokens, s, i, actors) ?? [...actors].reverse().find((a) => a.t1 <= i && a.t1 >= i - 3) ?? null;
    const possessive = tokens.slice(Math.max(s.firstToken, i - 3), i).some((t) => /^(?:its|their)$/i.test(t.text));
    if (!actor1 && possessive) actor1 = [...actors].reverse().find((a) => isActorBefore(a) && !a.locative) ?? null;
  } else if (relSubject) {
    const rel = cStart - 1;
    actor1 = [...actors].reverse().find((a) => a.t1 <= rel && a.t1 >= rel - 1 && !a.locative) ?? null;
    if (!actor1) actor1 = operationAgent(tokens, s, rel, actors);
    if (!actor1) return null;
  } else {
    // The subject, not a country in an of-phrase after it ("the Greek side of Cyprus agreed").
    const before = actors.filter((a) => isActorBefore(a) && !a.locative);
    // "it would prohibit aid to the rebels and would deny entry": a coordinated verb phrase
    // shares the clause's subject, the leftmost actor, not the last object.
    const vpAnd = p.pos === 'verb' && (tokens[i - 1]?.text === 'and' || (tokens[i - 2]?.text === 'and' && /^(?:would|will|could|has|had|have|also|then|later|is|was|were|are|did)$/i.test(tokens[i - 1]?.text ?? '')));
    const ofPhrase = (a: ActorMention) => /^of$/i.test(tokens[a.t0 - 1]?.text ?? '') || (/^the$/i.test(tokens[a.t0 - 1]?.text ?? '') && /^of$/i.test(tokens[a.t0 - 2]?.text ?? ''));
    const last = before.at(-1) ?? null;
    actor1 = last && ofPhrase(last) ? [...before].reverse().find((a) => !ofPhrase(a) && a.entity !== last.entity) ?? last : last;
    if (vpAnd && before.length > 1) actor1 = before[0]!;
  }
  if (passive) {
    // The agent may follow a short adverbial clause: "were kidnapped while backpacking in
    // Afghanistan by the Haqqani network" (up to the next comma).
    let byEnd = cEnd;
    if (byEnd < s.endToken && /^(?:while|when)$/i.test(tokens[byEnd]!.text)) byEnd = clauseEnd(tokens, s, byEnd);
    const byIdx = tokens.findIndex((t, j) => j > i && j < byEnd && t.text === 'by');
    if (byIdx < 0) {
      if (/^(?:18|19|20)/.test(p.code)) {
        // "Rockets were fired from the Gaza Strip toward Israel": from where, at whom.
        const prep = (a: { t0: number }, re: RegExp) => a.t0 > i && a.t0 < cEnd && re.test(tokens[a.t0 - 1]?.text ?? '') || (a.t0 > i + 1 && a.t0 < cEnd && /^the$/i.test(tokens[a.t0 - 1]!.text) && re.test(tokens[a.t0 - 2]?.text ?? ''));
        const FROM = /^from$/i;
        const AT = /^(?:toward|towards|at|into|on)$/i;
        const origin = actors.find((a) => prep(a, FROM)) ?? null;
        const originLoc = origin ? null : locs.find((l) => l.countryCode && prep(l, FROM)) ?? null;
        const target = actors.find((a) => prep(a, AT) && a !== origin) ?? null;
        const source = origin ?? (originLoc ? unnamedAttacker(tokens, i, i + 1, [originLoc], [], true) : null);
        if (source && target && source.countryCode !== target.countryCode) return finish(p, s, tok, source, target, null, intended, windowText, 0.5);
      }
      // "48 insurgents had been captured", "was arrested in Lebanon": arrests are the state's, the
      // state of the place named, else the prisoners' own.
      if (p.code === '173' && actor1) {
        const where = locs.find((l) => l.t0 > i && l.t0 < cEnd && l.countryCode && /^in$/i.test(tokens[l.t0 - 1]?.text ?? '')) ?? null;
        // The prisoners' own state only when no other country is named ("fishermen … strayed into Sri Lanka").
        const own = actor1.countryCode;
        const foreign = locs.some((l) => l.countryCode && l.countryCode !== own) || actors.some((a) => a.countryCode && a.countryCode !== own);
        const state = where ? unnamedAttacker(tokens, i, i + 1, [where], [], true) : actor1.countryCode && !foreign ? { ...actor1, types: [], knownGroup: null, t0: i, t1: i + 1, start: tok.start, end: tok.end } : null;
        if (state && (where || !actor1.knownGroup)) return finish(p, s, tok, state, actor1, null, intended, windowText, 0.5);
      }
      // "Army troops were deployed in the suburbs": the patient of a deployment is the force
      // itself, so its state is the actor; no other side is named.
      if (p.alone && actor1 && actor1.types.includes('MIL')) return finish(p, s, tok, actor1, null, null, intended, windowText, 0.5);
      // "Three civilians were killed in a car bombing in Baghdad": an attack by no named actor.
      const where = actor1 && unnamedAttacker(tokens, i + 1, cEnd, locs, actors);
      return where ? finish(p, s, tok, where, actor1, null, intended, windowText, 0.5) : null;
    }
    const agent = actors.find((a) => a.t0 > byIdx && a.t1 <= byEnd + 3) ?? null;
    // "The claims made by X … were denied by Y": a rejection targets the one who made the claims.
    if (agent && /^12/.test(p.code)) {
      const claim = tokens.slice(s.firstToken, s.firstToken + 3).findIndex((t) => CHARGE_NOUN.test(t.text));
      if (claim >= 0) {
        const at = s.firstToken + claim;
        const claimant = actors.find((a) => a.t0 > at && a.t0 <= at + 8 && a.t1 <= i && !a.locative && !a.adjective && (!!a.entity.country || !!a.knownGroup) && /^(?:by|from|of)$/i.test(tokens.slice(at + 1, a.t0).find((t) => /^(?:by|from|of)$/i.test(t.text))?.text ?? '')) ?? null;
        if (claimant && claimant.countryCode !== agent.countryCode) return finish(p, s, tok, agent, claimant, null, intended, windowText, 0.6);
      }
    }
    if (agent && !actor1 && p.frame === 'sym') {
      // "The agreement was signed by Russian President Vladimir Putin and Tajik President …"
      const partner = coordinated(text, actors, agent).find((a) => a !== agent) ?? actors.find((a) => a.t0 > agent.t1 && a.countryCode && a.countryCode !== agent.countryCode);
      if (partner) return finish(p, s, tok, agent, partner, null, intended, windowText, 0.7);
    }
    // "At the talks, brokered by Russia, Armenia and Azerbaijan agreed …": mediation is between
    // the parties; when no patient stands before it, they are the next actors the sentence names.
    if (agent && !actor1 && p.code.startsWith('045')) {
      const party = actors.find((a) => a.t0 >= agent.t1 && !a.locative && !a.adjective && a.countryCode !== agent.countryCode) ?? null;
      if (party) return finish(p, s, tok, agent, party, null, intended, windowText, 0.6);
    }
    // "… support for Washington's actions. But they were denounced as illegal by Syria": a reaction
    // whose subject is a pronoun for acts (no actor) aims at the owner of the acts named just before.
    if (agent && !actor1 && priorActor && /^(?:05|11|12)/.test(p.code) && /^(?:they|it|these|this)$/i.test(tokens[cStart]?.text ?? '') && cStart + 3 >= i && priorActor.countryCode !== agent.countryCode) {
      return finish(p, s, tok, agent, priorActor, null, intended, windowText, 0.5);
    }
    if (!agent || !actor1) return null;
    return finish(p, s, tok, agent, actor1, null, intended, windowText, 0.7);
  }
  if (!actor1 && cStart > s.firstToken && /^(?:who|which|that)$/i.test(tokens[cStart - 1]!.text)) {
    // A relative clause's subject is its antecedent: "the pope, who is due to visit Egypt".
    const rel = cStart - 1;
    actor1 = [...actors].reverse().find((a) => a.t1 <= rel && a.t1 >= rel - 1 && !a.locative) ?? operationAgent(tokens, s, rel, actors);
  }
  if (!actor1 && p.frame !== 'noun') {
    // "Upon meeting in the Tajik capital, Putin gave …": the main clause's subject.
    // Only an opening adverbial clause lends its main clause's subject, not a noun phrase ("A roadside bombing … killed").
    const comma = tokens.findIndex((t, j) => j > i && j < s.endToken && t.text === ',');
    const first = tokens[s.firstToken]!.text;
    const opensClause = i === s.firstToken || /^(?:Upon|After|Before|While|When|On|During|Following|Since|Having|By)$/.test(first) || /^\p{Lu}\p{Ll}+ing$/u.test(first);
    if (comma > 0 && i - s.firstToken <= 2 && opensClause) actor1 = actors.find((a) => a.t0 > comma && !a.locative) ?? null;
  }
  // "protests in Bolivia against the government": dissent with no named author is the people's
  // of the country where it happens.
  if (!actor1 && p.frame === 'noun' && /^14/.test(p.code) && !/^in$/i.test(tokens[i - 1]?.text ?? '')) {
    const where = actors.find((a) => a.locative && a.t0 === i + 2 && /^in$/i.test(tokens[i + 1]!.text) && a.entity.type === 'GPE' && a.countryCode) ?? null;
    if (where) actor1 = { ...where, locative: false, types: ['CVL'] };
  }
  // "Benin opened its borders but was still refusing …": a clause after "but" with no subject of
  // its own shares the sentence's subject.
  if (!actor1 && p.pos === 'verb' && cStart > s.firstToken && /^but$/i.test(tokens[cStart - 1]!.text) && /^\p{Ll}/u.test(tokens[cStart]?.text ?? '') && !DETERMINER.test(tokens[cStart]!.text) && !actors.some((a) => a.t0 >= cStart && a.t0 < i)) {
    const subject = actors.find((a) => a.t1 < cStart && !a.locative && !a.adjective) ?? null;
    // Only the sentence's own subject: no relative or complement clause stands in between.
    if (subject && subject.t0 - s.firstToken <= 3 && !tokens.slice(subject.t1, cStart - 1).some((t) => CLAUSE_BREAK.test(t.text))) actor1 = subject;
  }
  // "A roadside bombing near Samarra killed one U.S. soldier": force with no named actor as
  // subject, only an attack, is the act of someone in the country where it happens.
  if (!actor1 && /^(?:18|19|20)/.test(p.code) && p.pos === 'verb') actor1 = unnamedAttacker(tokens, cStart, i, locs, actors);
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
    // "A will urge B … when he visits B's country": a pronoun that would visit its own country
    // stands for the sentence's subject, the foreign visitor.
    if (/^(?:he|she)$/i.test(tokens[actor1.t0]?.text ?? '') && actor1.t1 - actor1.t0 === 1 && actor1.countryCode === location.countryCode) {
      const subject = actors.find((a) => a.t1 <= actor1!.t0 && !a.locative && !a.adjective && a.entity.type === 'PERSON' && a.countryCode && a.countryCode !== location!.countryCode);
      if (subject && subject.t0 - s.firstToken <= 4) actor1 = subject;
    }
    return finishVisit(p, s, tok, actor1, host, location, intended, windowText, text);
  }
  if (p.frame === 'noun' || p.particle[0] === 'from') {
    actor2 = actors.find((a) => isActorAfter(a)) ?? null;
    if (!actor2) {
      location = locs.find((l) => l.t0 >= after && l.t0 < cEnd && l.countryCode) ?? null;
      if (location) return finishVisit(p, s, tok, actor1, null, location, intended, windowText);
    }
  } else {
    // Aid goes to its recipient: "providing intelligence to Macedonia".
    const recipient = (a: ActorMention) => /^0[37]/.test(p.code) && /^to$/i.test(tokens[a.t0 - 1]?.text ?? '');
    actor2 = actors.find((a) => isActorAfter(a) && a !== actor1 && (!a.locative || p.particle.length > 0 || recipient(a))) ?? null;
    // A withdrawal is from somewhere: "withdraw inspectors and workers from Iraq".
    if (p.trigger === 'withdraw') actor2 = actors.find((a) => isActorAfter(a) && a !== actor1 && /^from$/i.test(tokens[a.t0 - 1]?.text ?? '')) ?? actor2;
    // "turned down his offers": with no other object, the possessor is the target.
    if (!actor2) actor2 = actors.find((a) => a.t0 >= after && a.t1 <= cEnd && a.entity !== actor1!.entity && /^(?:his|her|their)$/i.test(tokens[a.t0]!.text)) ?? null;
    // Praise, criticism and rejection of a country's act: "welcomed the Iranian presence",
    // "rejected the Russian proposal".
    if (!actor2 && /^(?:05|11|12)/.test(p.code)) actor2 = withAdjectives.find((a) => a.adjective && a.countryCode !== actor1!.countryCode && (a.t0 === after || (a.t0 === after + 1 && /^(?:the|a|an)$/i.test(tokens[after]!.text)))) ?? null;
    // Force and blockades act on places: "sealed the border crossing into Syria", "fired into Israel".
    if (!actor2 && /^(?:08|1[5-9]|20)/.test(p.code)) actor2 = actors.find((a) => isActorAfter(a) && a !== actor1 && a.countryCode !== actor1!.countryCode) ?? null;
    // Refusals and threats aim at the place of the act they refuse or threaten: "refused to
    // deploy peacekeepers in Iraq", "threatened to impose a curfew in Algiers".
    if (!actor2 && /^(?:12|13)/.test(p.code) && tokens[after]?.text === 'to') actor2 = actors.find((a) => isActorAfter(a) && a !== actor1 && a.countryCode !== actor1!.countryCode && (!a.locative || /^(?:in|into|on)$/i.test(tokens[a.t0 - 1]?.text ?? ''))) ?? null;
    if (!actor2 && /^13/.test(p.code) && tokens[after]?.text === 'to') {
      const where = locs.find((l) => l.t0 >= after && l.t0 < cEnd && l.countryCode && /^(?:in|into|on)$/i.test(tokens[l.t0 - 1]?.text ?? ''));
      if (where) return finishVisit(p, s, tok, actor1, null, where, intended, windowText);
    }
    // … and on places that are no actor at all: "fired shells at targets in Jericho".
    if (!actor2 && /^(?:18|19|20)/.test(p.code)) {
      // At home only for people who are not the state ("farmers would blockade Paris").
      const nonState = actor1.types.length > 0 && !actor1.types.some((t) => STATE_TYPES.has(t));
      // Not where the force comes from: "forces from Afghanistan".
      const where = locs.find((l) => l.t0 >= after && l.t0 < cEnd && l.countryCode && (nonState || l.countryCode !== actor1!.countryCode) && !/^from$/i.test(tokens[l.t0 - 1]?.text ?? '') && !/^from$/i.test(tokens[l.t0 - 2]?.text ?? ''));
      if (where) return finishVisit(p, s, tok, actor1, null, where, intended, windowText);
    }
    // "The two sides signed an agreement": the pair acts together.
    if (!actor2 && actor1.partner && p.frame === 'sym') actor2 = actor1.partner;
    if (!actor2 && p.frame === 'sym' && i - s.firstToken <= 2) {
      // Subjectless participle clause: the partner is another actor of the sentence.
      actor2 = actors.find((a) => a !== actor1 && a.countryCode !== actor1!.countryCode) ?? null;
    }
  }
  // A protest with no named target is aimed at the state where it happens ("Thousands of Iraqi
  // Kurds demonstrated in Kirkuk" → IRQ → IRQ): the place's country, else the protesters' own.
  // Blocking by people rather than by a state is a protest (144, obstruct passage).
  const peopleBlock = p.code === '171' && p.trigger === 'block' && actor1.types.length > 0 && !actor1.types.some((t) => STATE_TYPES.has(t));
  if (!actor2 && (/^14[1-5]/.test(p.code) || peopleBlock) && actor1.entity.type === 'GPE' && !actor1.types.some((t) => ['GOV', 'MIL', 'LEG', 'JUD', 'COP'].includes(t))) {
    const where = locs.find((l) => l.t0 >= after && l.t0 < cEnd && l.countryCode) ?? null;
    const ev = finish(p, s, tok, actor1, null, where ?? null, intended, windowText, 0.6);
    if (peopleBlock) ev.code = applyIntent('144', intended, windowText);
    ev.domesticTarget = where?.countryCode ?? actor1.countryCode;
    return ev;
  }
  // Surrender and retreat need no other side: "Five hundred rebels surrendered last week".
  if (!actor2 && p.code === '0874' && p.trigger === 'surrender' && p.particle.length === 0 && actor1.types.length > 0) return finish(p, s, tok, actor1, null, null, intended, windowText, 0.5);
  // Acts that need no other side (the `alone` column): "The rebels claimed responsibility".
  if (!actor2 && p.alone) return finish(p, s, tok, actor1, null, null, intended, windowText, 0.5);
  if (!actor2) return null;
  if (actor2.entity === actor1.entity && actor2.types.join() === actor1.types.join()) return null;
  const ev = finish(p, s, tok, actor1, actor2, null, intended, windowText, 0.8);
  if (threat && !ev.code.startsWith('13')) ev.code = '130';
  if (peopleBlock && ev.code === '171') ev.code = '144';
  // A meeting held in the other side's country is a visit there: "Netanyahu met US President
  // Donald Trump in Washington" → ISR visits USA (042).
  if (ev.code === '040') {
    const where = locs.find((l) => l.t0 > i && l.t0 < cEnd && /^(?:in|at)$/i.test(tokens[l.t0 - 1]?.text ?? '') && l.countryCode);
    if (where && where.countryCode === actor2.countryCode && where.countryCode !== actor1.countryCode) return { ...ev, code: '042', location: where, alsoMeeting: true };
  }
  return ev;
}

/**
 * A compound modifier naming the leader or sponsor of a nominal event, one or two words before
 * it: "U.S.-led negotiations", "Russian-brokered talks", "the Saudi-backed offensive".
 */
function ledBy(tokens: Token[], s: Sentence, i: number, actors: ActorMention[]): ActorMention | null {
  for (let j = i - 1; j >= Math.max(s.firstToken, i - 2); j--) {
    const m = /^(.+?)-(?:led|backed|brokered|sponsored|mediated)$/.exec(tokens[j]!.text);
    if (!m) continue;
    const k = actorKnowledge();
    const country = k.countryForms.get(m[1]!)?.iso3 ?? null;
    const org = country ? null : k.orgForms.get(m[1]!) ?? null;
    if (!country && !org) return null;
    const known = actors.find((a) => (country ? a.entity.type === 'GPE' && a.countryCode === country : a.knownGroup === org!.code));
    const entity = known?.entity ?? (country
      ? { id: '', type: 'GPE' as const, name: k.countries.get(country)?.name ?? country, country, role: null, actorCode: country, actorTypes: [], knownGroup: null, mentions: [] }
      : null);
    if (!entity) return null;
    const tok = tokens[j]!;
    return { start: tok.start, end: tok.end, entity, countryCode: country ?? entity.country, knownGroup: country ? null : entity.knownGroup, types: [], locative: false, t0: j, t1: j + 1 };
  }
  return null;
}

/**
 * "the Afghan forces conducted a joint operation with coalition forces that killed 30 insurgents":
 * a relative clause on an operation noun (token `rel` is the pronoun) is the act of whoever carried
 * the operation out, the subject of the carrying verb.
 */
function operationAgent(tokens: Token[], s: Sentence, rel: number, actors: ActorMention[]): ActorMention | null {
  let noun = -1;
  for (let j = rel - 1; j >= Math.max(s.firstToken, rel - 6); j--) {
    if (actors.some((a) => a.t0 <= j && j < a.t1)) return null;
    if (OPERATION_NOUN.test(tokens[j]!.text)) { noun = j; break; }
  }
  if (noun < 0) return null;
  for (let j = noun - 1; j >= Math.max(s.firstToken, noun - 5); j--) {
    if (!CARRY_OUT.test(tokens[j]!.text)) continue;
    // The subject of the carrying verb: the last actor before it, with no clause break between.
    const subject = [...actors].reverse().find((a) => a.t1 <= j && !a.locative && !a.adjective) ?? null;
    if (subject && !tokens.slice(subject.t1, j).some((t) => CLAUSE_BREAK.test(t.text))) return subject;
    return null;
  }
  return null;
}

let attackNouns: Set<string> | null = null;
/** Nouns of attacks (`data/events/act-nouns.tsv`, kind `attack`): "bombing", "blast", "gunmen". */
function isAttackNoun(word: string): boolean {
  attackNouns ??= new Set(readTsv('events', 'act-nouns.tsv').filter((r) => r['kind']!.split(',').includes('attack')).map((r) => r['word']!));
  return attackNouns.has(word.toLowerCase());
}

/**
 * Where an attack stated without its author happens ("a bombing near Samarra", tokens [lo, hi)
 * name the attack): a stand-in actor for the country of the sentence's place, or the country of
 * an actor the sentence names as a place ("in Iraq"). Null when no attack noun or no place.
 */
function unnamedAttacker(tokens: Token[], lo: number, hi: number, locs: LocationMention[], actors: ActorMention[], anyWord = false): ActorMention | null {
  let at = -1;
  for (let j = lo; j < hi; j++) if (anyWord || isAttackNoun(tokens[j]!.text)) { at = j; break; }
  if (at < 0) return null;
  // The attack's place: the first place in the sentence with a country.
  const loc = locs.find((l) => l.countryCode) ?? null;
  const country = loc?.countryCode ?? actors.find((a) => a.locative && a.countryCode)?.countryCode ?? null;
  if (!country) return null;
  const entity = actors.find((a) => a.entity.type === 'GPE' && a.entity.country === country)?.entity ??
    { id: '', type: 'GPE' as const, name: actorKnowledge().countries.get(country)?.name ?? country, country, role: null, actorCode: country, actorTypes: [], knownGroup: null, mentions: [] };
  const tok = tokens[at]!;
  return { start: tok.start, end: tok.end, entity, countryCode: country, knownGroup: null, types: [], locative: false, t0: at, t1: at + 1 };
}

const SPEECH = /^(?:said|says|say|told|tells|insisted|insists|demanded|demands|urged|urges|warned|warns|stressed|stresses|added|stated|declared|announced|reiterated|concluded)$/i;

/** "Russia said on Tuesday that Sudan must return …": the speaker demands it of the clause's subject. */
function modalDemand(text: string, tokens: Token[], s: Sentence, i: number, cStart: number, p: Pattern, actors: ActorMention[], intended: boolean, windowText: string): CodedEvent | null {
  // The duty's subject opens the clause: "that [President Kagame and his party] must …", or
  // directly after the speech verb without "that": "said [US and British forces] must …".
  let from = -1;
  let speechAt = -1;
  if (tokens[cStart - 1]?.text === 'that') {
    from = cStart;
    for (let j = cStart - 2; j >= s.firstToken && j >= cStart - 8; j--) if (SPEECH.test(tokens[j]!.text)) { speechAt = j; break; }
  } else {
    for (let j = i - 1; j >= cStart && j >= i - 8; j--) if (SPEECH.test(tokens[j]!.text)) { speechAt = j; from = j + 1; break; }
  }
  if (speechAt < 0) return null;
  const subject = actors.find((a) => a.t0 >= from && a.t0 <= from + 2 && a.t1 <= i && !a.adjective) ?? null;
  if (!subject) return null;
  const speaker = [...actors].reverse().find((a) => a.t1 <= speechAt && !a.locative && !a.adjective) ?? null;
  if (!speaker || speaker.entity === subject.entity) return null;
  // "insisted his government should lead": a duty of the speaker's own side is no demand.
  if (speaker.countryCode && speaker.countryCode === subject.countryCode && speaker.types.join() === subject.types.join()) return null;
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
  // The target is an agent, not victims ("an unacceptable massacre of civilians").
  // Not the parties of a pact or talks ("a breach of the pact brokered between Georgia and Russia").
  const between = tokens.findIndex((t, j) => j > i && j < s.endToken && /^between$/i.test(t.text));
  const target = actors.find((a) => a.t0 > speechAt && (between < 0 || a.t0 < between) && a.entity !== speaker.entity && a.countryCode !== speaker.countryCode && !/^(?:it|its|he|she|his|her|they|their)$/i.test(tokens[a.t0]!.text) && !a.types.some((t) => t === 'CVL' || t === 'REF'));
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

function finishVisit(p: Pattern, s: Sentence, tok: Token, a1: ActorMention, host: ActorMention | null, loc: LocationMention, intended: boolean, windowText: string, text = ''): CodedEvent {
  const ev = finish(p, s, tok, a1, host, loc, intended, windowText, 0.85);
  // Peacekeepers arriving somewhere are a deployment, not a visit: "peacekeeping troops arrived in Bosnia".
  if (ev.code === '042' && /peacekeep/i.test(text.slice(a1.start, tok.start))) ev.code = '074';
  return ev;
}

/**
 * "The Pentagon rejected these accusations": a rejection or denial of charges that the sentence
 * does not attribute answers the accusations coded in the sentences just before (112, 111) that
 * targeted the rejecting side; it targets each accuser. `actors` are the sentences' actor mentions.
 */
export function answeredAccusations(seg: Segmentation, coded: CodedEvent[], actorsBySentence: ActorMention[][]): CodedEvent[] {
  const { tokens, sentences } = seg;
  const index = patternIndex();
  const out: CodedEvent[] = [];
  const triggers = new Set(coded.map((c) => c.trigger.start));
  sentences.forEach((s, si) => {
    for (let i = s.firstToken; i < s.endToken; i++) {
      const tok = tokens[i]!;
      const p = index.get(tok.text.toLowerCase())?.find((q) => q.pos === 'verb' && q.particle.length === 0 && !q.object && /^12/.test(q.code));
      if (!p || triggers.has(tok.start)) continue;
      // The object is the charges themselves, with an anaphoric determiner.
      if (!/^(?:these|those|the|such|all|their|its)$/i.test(tokens[i + 1]?.text ?? '') || !CHARGE_NOUN.test(tokens[i + 2]?.text ?? '')) continue;
      if (/^(?:of|by|from|that|against)$/i.test(tokens[i + 3]?.text ?? '')) continue; // the charges are stated here
      const actors = actorsBySentence[si]!;
      const subject = [...actors].reverse().find((a) => a.t1 <= i && !a.locative && !a.adjective && (a.countryCode || a.knownGroup)) ?? null;
      if (!subject || tokens.slice(subject.t1, i).some((t) => CLAUSE_BREAK.test(t.text) || NEGATION.test(t.text))) continue;
      const same = (a: ActorMention | null) => !!a && (subject.knownGroup ? a.knownGroup === subject.knownGroup : !!a.countryCode && a.countryCode === subject.countryCode && !a.knownGroup);
      const accusations = coded.filter((c) => /^11/.test(c.code) && c.actor2 && same(c.actor2) && !same(c.actor1) && c.sentence.start < s.start && sentences.indexOf(c.sentence) >= si - 3);
      const seen = new Set<string>();
      for (const c of accusations) {
        const key = c.actor1.knownGroup ?? c.actor1.countryCode ?? '';
        if (!key || seen.has(key)) continue;
        seen.add(key);
        out.push({ pattern: p, code: p.code, sentence: s, trigger: { start: tok.start, end: tok.end }, actor1: subject, actor2: c.actor1, location: null, modality: 'asserted', confidence: 0.5 });
      }
    }
  });
  return out;
}
