/**
 * Indirect (reported) speech candidates, sentence by sentence:
 *   forward   "X said (that) CONTENT", "X told journalists that CONTENT", "X said: CONTENT";
 *   tail      "CONTENT, X said." / "CONTENT, said X." / "CONTENT, according to X.";
 *   fronted   "According to X, CONTENT.";
 *   participle "…, adding that CONTENT" (speaker of the clause before, or of the quote's cue);
 *   infinitive "X vowed to CONTENT" (attribution scope; "claimed to" in news speech too);
 *   passive    "CONTENT has been endorsed by X" (attribution scope).
 * Content stops at the sentence end or at a following ", adding that" / ", according to".
 */
import type { Sentence, Token } from '../core/types.js';
import type { Attribution, Candidate } from './candidate.js';
import { cueAt, cuesIn, passiveByAt, type CueMatch } from './cues.js';
import { DETERMINERS, NOT_NAMES, PRONOUNS, lexicon } from './lexicon.js';
import { isCap, sentenceSubject, sourceAfter, speakerAfter, speakerBefore, subjectNounPhrase, type TokenRange } from './speaker-span.js';
import type { Doc } from './context.js';

const CLAUSE_BREAK = new Set([';', '(', ')', '"', '“', '”', '—']);
/** Attribution scope: quotation marks inside a tail content do not break it. */
const breaksTail = (t: Token, attitudes: boolean) => CLAUSE_BREAK.has(t.text) && !(attitudes && /^["“”]$/.test(t.text));
const OBJECTS = new Set(['him', 'her', 'them', 'me', 'us', 'reporters', 'journalists', 'lawmakers', 'supporters', 'the', 'a', 'an', 'his', 'their', 'its', 'our', 'my']);

function span(tokens: Token[], first: number, end: number) {
  return { start: tokens[first]!.start, end: tokens[end - 1]!.end };
}

/** Trims punctuation tokens at both ends; null when fewer than `min` words remain. */
export function content(tokens: Token[], first: number, end: number, min = 3): { first: number; end: number } | null {
  while (first < end && tokens[first]!.kind === 'punct' && !/^["“‘']$/.test(tokens[first]!.text)) first++;
  while (end > first && tokens[end - 1]!.kind === 'punct' && !/^["”’']$/.test(tokens[end - 1]!.text)) end--;
  let words = 0;
  for (let i = first; i < end; i++) if (tokens[i]!.kind === 'word' || tokens[i]!.kind === 'number') words++;
  return words >= min ? { first, end } : null;
}

const ADJUNCT_START = new Set([
  'in', 'on', 'by', 'at', 'during', 'after', 'before', 'following', 'to', 'with', 'from', 'last', 'this', 'earlier',
  'later', 'recently', 'previously', 'again', 'also', 'repeatedly', 'publicly', 'privately', 'over', 'for',
  'about', 'of', 'through', 'via', 'when', 'while', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'yesterday', 'today', 'tonight', 'separately', 'then', 'once', 'late', 'early',
]);
const NOT_CLAUSE_START = new Set([...ADJUNCT_START, 'that', 'so', 'yes', 'as', 'and', 'but', 'or', 'nothing', 'something', 'anything', 'much', 'little', 'more', 'goodbye', 'hello', 'sorry', 'thanks']);

const TIME_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|week|month|year|night|morning|afternoon|evening|weekend)$/i;

const TIME_ADVERB = /^(?:beforehand|afterwards|afterward|later|earlier|then|again|previously|recently|separately|too)$/;
/** A word that can open a clause as its subject: a pronoun, a determiner or a name. */
const SUBJECT_START = /^(?:he|she|they|it|we|i|you|the|a|an|his|her|their|its|this|these|those|there|no|\p{Lu}[\p{L}.'’-]*)$/u;

/** Skips "on Monday", "last week", "Thursday", "in a statement", "in an interview" after a cue. */
function skipTimeAdjunct(tokens: Token[], j: number, hi: number): number {
  const w = (k: number) => tokens[k]?.text.toLowerCase() ?? '';
  for (let n = 0; n < 2 && j < hi; n++) {
    if (TIME_WORD.test(w(j))) j++;
    // "said beforehand she had no plans", "said later the talks had failed": an adverb of time
    // before a clause that opens with its subject.
    else if (TIME_ADVERB.test(w(j)) && SUBJECT_START.test(tokens[j + 1]?.text ?? '')) j++;
    else if (/^(?:on|last|this|late|early)$/.test(w(j)) && TIME_WORD.test(w(j + 1))) j += 2;
    else if (w(j) === 'in' && /^(?:a|an)$/.test(w(j + 1)) && /^(?:statement|interview|speech)$/.test(w(j + 2))) j += 3;
    else break;
  }
  return j;
}

/**
 * "said at least five people were killed", "said more than 40 homes burned": a clause whose
 * subject opens with an approximate quantity; "at" and "more" here start no adjunct.
 */
function quantityOpening(tokens: Token[], j: number): boolean {
  const w = (k: number) => tokens[k]?.text.toLowerCase() ?? '';
  const quantifier = (w(j) === 'at' && /^(?:least|most)$/.test(w(j + 1))) || (/^(?:more|fewer|less)$/.test(w(j)) && w(j + 1) === 'than');
  return quantifier && (tokens[j + 2]?.kind === 'number' || /^(?:one|two|three|four|five|six|seven|eight|nine|ten|a|dozens|hundreds|thousands|half)$/.test(w(j + 2)));
}

/** A lower-case word that can open a verb phrase after "to" (not "the", "a", "his"). */
export function isVerbLike(t: Token): boolean {
  const w = t.text.toLowerCase();
  return t.kind === 'word' && /^\p{Ll}/u.test(t.text) && !DETERMINERS.has(w) && !PRONOUNS.has(w) && !/^(?:this|that|these|those|its|my|your|our|their|his|her|what|which|whom|whoever)$/.test(w);
}

export const AUXILIARY = /^(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|did)$/;

/** After a cue: a hearer (a name, a pronoun or a short noun phrase) and then "to" with a verb. */
function hearerInfinitive(tokens: Token[], from: number, hi: number): boolean {
  for (let j = from; j < Math.min(hi - 1, from + 5); j++) {
    const w = tokens[j]!.text.toLowerCase();
    if (w === 'to') return j > from && isVerbLike(tokens[j + 1]!);
    if (tokens[j]!.kind !== 'word' || w === 'that') return false;
  }
  return false;
}

/**
 * "proposed jointly owned drones that …": an adverb in -ly before a word that is neither "that",
 * a comma nor an adjunct modifies that word, inside the object; it opens no adjunct before "that".
 */
function modifiesNext(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.kind !== 'word') return false;
  const w = t.text.toLowerCase();
  return w !== 'that' && !ADJUNCT_START.has(w) && !TIME_WORD.test(w) && !/ly$/.test(w) && /^\p{Ll}/u.test(t.text);
}

/**
 * Attribution scope: a pronoun after a stance that is its object, the content ("blasted him for
 * lying", "promoting her plans"): "her" before a noun is a determiner; "him", "her", "them" or "it"
 * before one of the stance's complement prepositions ("for", "as") is the object it completes.
 */
function pronounObject(tokens: Token[], cue: CueMatch, hi: number): boolean {
  const w0 = tokens[cue.end]!.text.toLowerCase();
  const next = cue.end + 1 < hi ? tokens[cue.end + 1]! : undefined;
  if (!next || next.kind !== 'word') return false;
  const w1 = next.text.toLowerCase();
  if (cue.form.complement.includes(w1)) return /^(?:it|them|him|her)$/.test(w0);
  return w0 === 'her' && /^\p{Ll}/u.test(next.text) && !ADJUNCT_START.has(w1) && !FUNCTION_WORD_AFTER_OBJECT.has(w1);
}
/** Words after "her" that show it is an object pronoun, not a determiner ("told her that", "urged her to"). */
const FUNCTION_WORD_AFTER_OBJECT = new Set(['that', 'and', 'or', 'but', 'not', 'as', 'if', 'whether', 'so', 'because']);

/**
 * A website named as the hearer ("told Politico.com", "told Example.info"): the tokenizer splits
 * the name at its dot; a dot and a lower-case suffix written with no space belong to the name.
 * Returns the token after the suffix, or `j` when there is none.
 */
function webSuffixEnd(tokens: Token[], j: number, hi: number): number {
  const dot = tokens[j];
  const suffix = tokens[j + 1];
  if (j + 1 >= hi || !dot || !suffix || dot.text !== '.' || tokens[j - 1]!.end !== dot.start || dot.end !== suffix.start) return j;
  return /^[a-z]{2,6}$/.test(suffix.text) ? j + 2 : j;
}

/** Where the forward content of `cue` starts, or -1. */
function forwardStart(tokens: Token[], cue: CueMatch, hi: number, attitudes = false): number {
  const first = tokens[cue.end];
  if (!first || cue.end >= hi) return -1;
  const w0 = first.text.toLowerCase();
  if (w0 === 'that') return cue.end + 1 < hi ? cue.end + 1 : -1;
  // "claimed responsibility", "declared war": an act, not a report.
  if (lexicon().notContent.get(cue.form.lemma)?.has(w0)) return -1;
  // "Officials believe the move may …": in speech scope a held view is reported speech only when
  // stated as such, with "that" ("The group believes that the toll is higher").
  if (!attitudes && cue.form.kind === 'belief') return -1;
  // "vowed to resign", "decided not to run": the infinitive is the content, whatever else the
  // verb takes; "agreed to the deal" (a noun after "to") is not an infinitive. A commitment
  // ("promised to pay") is an attribution but not reported speech; a claim ("claimed to have
  // killed him") is both.
  const infinitive = cue.form.infinitive && (attitudes || cue.form.infinitiveClaim);
  if (infinitive) {
    const to = w0 === 'not' || w0 === 'never' ? cue.end + 1 : cue.end;
    if (tokens[to]?.text.toLowerCase() === 'to' && to + 1 < hi && isVerbLike(tokens[to + 1]!)) return cue.end;
  }
  if (w0 === ':') return cue.end + 1 < hi && !/^["“']/.test(tokens[cue.end + 1]!.text) ? cue.end + 1 : -1;
  // "threatened to expel workers over pilots that …", "asked not to be named": an infinitive
  // that is not this verb's content is no frame for a that-clause or an object either.
  const to = w0 === 'not' || w0 === 'never' ? cue.end + 1 : cue.end;
  if (tokens[to]?.text.toLowerCase() === 'to' && to + 1 < hi && isVerbLike(tokens[to + 1]!)) return -1;
  // "asked China to help", "told the troops to withdraw": a hearer and an infinitive make a
  // request, an attribution but not reported speech.
  if (!attitudes && cue.form.hearer && hearerInfinitive(tokens, cue.end, hi)) return -1;
  // "said on Monday that", "told journalists that", "stated after his meeting with Rahmon that".
  const adjunct = ADJUNCT_START.has(w0) || (/ly$/.test(w0) && !modifiesNext(tokens, cue.end + 1)) || isCap(first) || (cue.form.hearer && (OBJECTS.has(w0) || first.kind === 'word'));
  // A name right after the cue ("said Egypt had …") may be the clause's subject.
  const nameFirst = isCap(first) && !ADJUNCT_START.has(w0) && !TIME_WORD.test(w0);
  if (adjunct) {
    for (let j = cue.end + 1; j < Math.min(hi, cue.end + 12); j++) {
      const w = tokens[j]!.text.toLowerCase();
      if (w === 'that') return j + 1 < hi ? j + 1 : -1;
      // "said Egypt had brokered the truce that came …": an auxiliary means the clause has begun
      // without "that"; a later "that" opens a relative clause inside it.
      if (PRONOUNS.has(w) || (nameFirst && AUXILIARY.test(w)) || (tokens[j]!.kind === 'punct' && w !== ',' && w !== '.')) break;
      // "urged supporters to vote, warning that …": the "that" belongs to the next cue.
      if (w === ',' && /^[a-z]+ing$/.test(tokens[j + 1]?.text ?? '')) break;
      // "warned North Korea to refrain from actions that would …": a hearer and an infinitive are
      // the content (attribution scope); a later "that" opens a relative clause inside it.
      if (attitudes && cue.form.hearer && w === 'to' && isVerbLike(tokens[j + 1]!)) break;
    }
  }
  if (!cue.form.bare) {
    // "urged the parties to talk", "called for strikes", "found the bodies": appeals and findings
    // are attributions, not reported speech; in speech scope only their that-clauses report.
    if (!attitudes && (cue.form.kind === 'appeal' || cue.form.finding)) return -1;
    // "called for a moratorium", "cited the poll": the object is the content.
    if (!cue.form.object || first.kind === 'punct' && !/^["“]$/.test(first.text)) return -1;
    if (ADJUNCT_START.has(w0) && !(w0 === 'to' && infinitive)) return -1;
    if (/^(?:into|out|up|off|back|down|away|as|it|them|him|her)$/.test(w0) && !(attitudes && pronounObject(tokens, cue, hi))) return -1;
    return cue.end;
  }
  let j = cue.end;
  if (cue.form.lemma === 'tell') {
    // Skip the hearer: "told Reuters", "told reporters", "told the BBC", "told their commanders".
    const det = /^(?:the|a|an|his|their|its|our|my|her)$/.test(tokens[j]?.text.toLowerCase() ?? '');
    if (OBJECTS.has(tokens[j]?.text.toLowerCase() ?? '')) j++;
    while (j < hi && isCap(tokens[j])) j = webSuffixEnd(tokens, j + 1, hi);
    // A lower-case noun after the determiner, when a clause's subject follows it.
    if (det && j === cue.end + 1 && j + 1 < hi && /^\p{Ll}+s?$/u.test(tokens[j]!.text) && !ADJUNCT_START.has(tokens[j]!.text) && SUBJECT_START.test(tokens[j + 1]!.text) && !/^(?:a|an)$/.test(tokens[j + 1]!.text)) j++;
    if (j === cue.end) return -1;
  }
  j = skipTimeAdjunct(tokens, j, hi);
  const next = tokens[j];
  if (!next || j >= hi) return -1;
  if (next.kind === 'punct') return /^["“]$/.test(next.text) && j + 1 < hi ? j : -1;
  const w = next.text.toLowerCase();
  // "proposed jointly owned drones": the adverb opens the object.
  if (attitudes && cue.form.object && /ly$/.test(w) && modifiesNext(tokens, j + 1)) return j;
  // Attribution scope: "proposed cutting taxes", "has admitted using the loophole": a gerund is the
  // object of a verb that takes one.
  const gerund = /ing$/.test(w) && attitudes && cue.form.object && j === cue.end;
  // "knew this plan was wrong": past the time adjuncts, "this" before a noun is a determiner.
  const determiner = w === 'this' && /^\p{Ll}+$/u.test(tokens[j + 1]?.text ?? '') && !NOT_CLAUSE_START.has(tokens[j + 1]!.text) && !SUBORDINATE.has(tokens[j + 1]!.text) && !TIME_WORD.test(tokens[j + 1]!.text);
  if ((NOT_CLAUSE_START.has(w) && !determiner && !quantityOpening(tokens, j)) || /ly$/.test(w) || (/ing$/.test(w) && !gerund)) return -1;
  return j;
}

/** Common irregular past forms: evidence of a finite verb in a clause without auxiliaries. */
export const IRREGULAR_PAST = new Set([
  'went', 'came', 'took', 'made', 'gave', 'got', 'saw', 'said', 'told', 'left', 'kept', 'held', 'won', 'lost',
  'fell', 'rose', 'became', 'began', 'brought', 'bought', 'thought', 'knew', 'found', 'ran', 'met', 'sent',
  'spent', 'struck', 'fought', 'led', 'paid', 'put', 'set', 'hit', 'shot', 'stood', 'sought', 'wrote', 'spoke',
  'broke', 'chose', 'drove', 'flew', 'grew', 'threw', 'meant', 'built', 'felt', 'heard', 'sold', 'fled', 'let',
  'cut', 'hurt', 'quit', 'spread', 'understood', 'withdrew', 'forgot', 'dealt', 'lay', 'laid', 'sat', 'slept',
]);
/** Words that end a clause's main part: what follows is a subordinate or relative clause. */
const SUBORDINATE = new Set(['as', 'which', 'who', 'whom', 'whose', 'because', 'while', 'when', 'after', 'before', 'until', 'if', 'since', 'although', 'though', 'where', 'to', 'so']);
const OBJECT_START = new Set([...DETERMINERS, ...PRONOUNS, 'him', 'them', 'us', 'me', 'to', 'that', 'not', 'no', 'been', 'be', 'up', 'out', 'off']);

/**
 * Whether tokens [first, end) read as a clause (a subject and a finite verb) rather than a noun
 * phrase: "the talks had failed", "Egypt brokered the truce" but not "the 50 percent deal",
 * "its withdrawal from the league", "his plans to retire". Only the main part counts (before a
 * comma or a subordinating word).
 */
export function looksLikeClause(tokens: Token[], first: number, end: number, whole = false): boolean {
  const f = tokens[first]?.text.toLowerCase() ?? '';
  if (/^(?:he|she|they|we|i|you|it|there)$/.test(f)) return true;
  for (let j = first; j < end; j++) {
    const t = tokens[j]!;
    const w = t.text.toLowerCase();
    if (!whole && j > first && (t.text === ',' || t.text === ';' || SUBORDINATE.has(w))) return false;
    if (t.kind !== 'word' || j === first) continue;
    if (AUXILIARY.test(w) || /^(?:do|am|be|been|being|shall|cannot|can't|won't|don't|doesn't|didn't|isn't|wasn't|aren't|weren't|hasn't|haven't|hadn't)$/.test(w)) return true;
    if (/^\p{Ll}/u.test(t.text) && (IRREGULAR_PAST.has(w) || (/^\p{Ll}{3,}ed$/u.test(t.text) && w !== 'hundred'))) return true;
    // "the company pays its workers": an -s verb before its object.
    const next = tokens[j + 1]?.text.toLowerCase() ?? '';
    if (/^\p{Ll}+[^s']s$/u.test(t.text) && !DETERMINERS.has(tokens[j - 1]!.text.toLowerCase()) && (OBJECT_START.has(next) || /ly$/.test(next) || tokens[j + 1]?.kind === 'number')) return true;
  }
  return false;
}

/** A forward content without "that", a colon or a quotation mark that is no clause. */
function bareNounPhrase(tokens: Token[], cue: CueMatch, fwd: number, hi: number): boolean {
  const before = tokens[fwd - 1]?.text.toLowerCase() ?? '';
  if (before === 'that' || before === ':' || /^["“']/.test(tokens[fwd]?.text ?? '')) return false;
  if (/^(?:to|not|never|whether|how|what|why|who|when|where|if)$/i.test(tokens[fwd]?.text ?? '')) return false;
  return !looksLikeClause(tokens, fwd, contentEnd(tokens, fwd, hi));
}

/** Tokens [lo, end) open with a preposition or a participle and hold no finite verb. */
function fronted(tokens: Token[], lo: number, end: number): boolean {
  const w = tokens[lo]?.text.toLowerCase() ?? '';
  if (!(ADJUNCT_START.has(w) || w === 'according' || w === 'amid' || /^\p{L}+ing$/u.test(tokens[lo]?.text ?? ''))) return false;
  return !looksLikeClause(tokens, lo, end, true);
}

/** Prepositions and conjunctions that open an adjunct after a verb's object ("… Machado in tweets"). */
const ADJUNCT_AFTER_OBJECT = new Set(['in', 'on', 'during', 'at', 'after', 'before', 'since', 'when', 'while', 'because', 'amid', 'despite', 'through', 'via', 'last', 'this', 'yesterday', 'today']);

/** Prepositions that, after a stance's object, more often modify the noun than the verb. */
const LOCATIVE = new Set(['in', 'on', 'at']);
const MONTH = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/i;

/**
 * The phrase at `k` (after "in"/"on"/"at") names a time or the medium of the act: "in July",
 * "on Monday", "in 2003", "in early-morning tweets", "on television", "in a statement".
 */
const mediumOrDocument = (w: string) => lexicon().documentNouns.has(w) || lexicon().mediumNouns.has(w);
function timeOrMedium(tokens: Token[], k: number, hi: number): boolean {
  for (let j = k; j < Math.min(hi, k + 4); j++) {
    const t = tokens[j]!;
    const w = t.text.toLowerCase();
    if (TIME_WORD.test(w) || MONTH.test(w) || t.kind === 'number' || mediumOrDocument(w) || mediumOrDocument(w.replace(/s$/, ''))) return true;
    if (t.kind !== 'word' || !(j === k || /^\p{Ll}/u.test(t.text))) return false;
  }
  return false;
}

/**
 * End of a noun-phrase object that is the content of a stance ("criticized the plan as a
 * mistake on Monday" → "the plan as a mistake"): before a comma or an adjunct.
 */
export function objectEnd(tokens: Token[], from: number, hi: number): number {
  for (let j = from + 1; j < hi; j++) {
    const t = tokens[j]!.text;
    // "Europe's reliance on allies", "a request from voters in Ohio": PolNeAR keeps the noun's
    // modifiers in the content; "on Monday", "in a statement" belong to the verb.
    if (LOCATIVE.has(t) && !timeOrMedium(tokens, j + 1, hi)) continue;
    if (t === ',' || t === ';' || ADJUNCT_AFTER_OBJECT.has(t.toLowerCase()) || TIME_WORD.test(t)) return j;
  }
  return hi;
}

/**
 * End of a stance's object with its complement: "accused the mayor, a former ally, of lying to
 * voters" runs through "of …" to the clause end; without the preposition, the object alone.
 */
function complementEnd(tokens: Token[], cue: CueMatch, from: number, hi: number): number {
  const short = objectEnd(tokens, from, hi);
  for (let j = from + 1; j < Math.min(hi, from + 25); j++) {
    const w = tokens[j]!.text.toLowerCase();
    if (CLAUSE_BREAK.has(w)) break;
    if (cue.form.complement.includes(w)) return objectEnd(tokens, j + 1, hi);
  }
  return short;
}

/**
 * Where a second verb of the speaker's starts after a content with no subject of its own (an
 * object or an infinitive): "praised the plan but also warned …", "to cut taxes and was
 * cheered": "and"/"but" before a finite verb; `end` when there is none.
 */
export function coordinatedEnd(tokens: Token[], from: number, end: number): number {
  let relative = false;
  for (let j = from + 1; j + 1 < end; j++) {
    const w = tokens[j]!.text.toLowerCase();
    // "accused Ann Lee, who was born and raised abroad, of …": verbs joined inside an
    // appositive relative clause are the clause's, not the speaker's.
    if (w === ',') relative = /^(?:who|which)$/i.test(tokens[j + 1]?.text ?? '');
    if (w !== 'and' && w !== 'but') continue;
    if (relative) continue;
    let k = j + 1;
    while (k < end && /^(?:also|then|later|still|not|never|quickly|instead)$/.test(tokens[k]!.text.toLowerCase())) k++;
    const v = tokens[k];
    if (!v || k >= end || v.kind !== 'word' || !/^\p{Ll}/u.test(v.text)) continue;
    const vw = v.text.toLowerCase();
    if (AUXILIARY.test(vw) || IRREGULAR_PAST.has(vw) || /^(?:didn't|doesn't|wasn't|hasn't|won't)$/.test(vw) || /^\p{Ll}{3,}ed$/u.test(v.text)) {
      return tokens[j - 1]?.text === ',' ? j - 1 : j;
    }
  }
  return end;
}

/** A subject (pronoun or name) and a finite verb at token `k`: "Clinton is promising", "he added". */
function newClause(tokens: Token[], k: number, hi: number): boolean {
  let v = k;
  if (/^(?:he|she|they|we|i)$/i.test(tokens[k]?.text ?? '')) v = k + 1;
  else while (v < hi && v - k < 4 && isCap(tokens[v])) v++;
  return v > k && v < hi && /^(?:is|are|was|were|has|have|had|will|would|can|could|\p{Ll}+ed)$/u.test(tokens[v]!.text);
}

/**
 * '…, Lee explained earlier in the hearing, were …': a short adjunct of the attribution (time,
 * place, occasion) before the comma that resumes the content; `k` when there is none.
 */
function afterAdjunct(tokens: Token[], k: number, hi: number): number {
  const w = tokens[k]?.text.toLowerCase() ?? '';
  if (!(ADJUNCT_START.has(w) || TIME_WORD.test(w))) return k;
  for (let j = k + 1; j < Math.min(hi, k + 9); j++) {
    const t = tokens[j]!;
    if (t.text === ',') return j;
    if (t.kind === 'punct' || /^(?:that|who|which)$/i.test(t.text) || AUXILIARY.test(t.text)) return k;
  }
  return k;
}

/** Prepositions before a gerund cue whose subject is the clause's: "by saying", "after warning". */
const GERUND_PREPOSITION = /^(?:by|after|before|while|in)$/i;

/** A relative pronoun as a speaker ("…, which has denied"): the clause is about the noun before it. */
const RELATIVE = /^(?:who|which|that)$/i;

/** Words after '…, X said,' that open the writer's adjunct, not the rest of the content. */
const AFTER_ATTRIBUTION = new Set(['as', 'with', 'where', 'in', 'on', 'at', 'amid', 'despite', 'who', 'which', 'whose', 'whom', 'according', 'without', 'during', 'following']);

/** Sentence connectives that link to the article's previous sentence, not part of a quote. */
const CONNECTIVES = new Set(['meanwhile', 'elsewhere', 'however', 'separately', 'moreover', 'furthermore', 'additionally', 'instead', 'nonetheless', 'nevertheless', 'still', 'also', 'earlier', 'later', 'overall']);

/** Words that, after a comma, open a clause outside the reported content. */
const CLAUSE_AFTER_COMMA = new Set(['according', 'although', 'though', 'whereas', 'especially', 'but', 'despite', 'while']);

/**
 * ", but could not …", ", but on a wider scale": "but" followed by an auxiliary, a negation or a
 * preposition continues the content's own clause (its subject is shared), unlike ", but many
 * firms …" or ", but offered no proof" (a new subject, or the speaker's next act).
 */
const BUT_CONTINUES = /^(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|not|never|on|in|at|with|for|without|only|rather)$/;
function sharedSubjectBut(tokens: Token[], k: number): boolean {
  return tokens[k]?.text.toLowerCase() === 'but' && BUT_CONTINUES.test(tokens[k + 1]?.text ?? '');
}

/**
 * A tail attribution at token `k` that runs to the sentence end or a comma: "a source said",
 * "she added", "said Ann Lee" (a speech cue after a short phrase with no punctuation, or first).
 */
function tailAttribution(tokens: Token[], k: number, hi: number): boolean {
  for (let c = k; c < Math.min(hi, k + 7); c++) {
    const t = tokens[c]!;
    if (t.kind !== 'word') return false;
    const cue = cueAt(tokens, c, k, hi);
    if (!cue) continue;
    if (cue.form.kind === 'belief' || cue.form.kind === 'attitude' || /ing$/.test(t.text)) return false;
    if (c === k) return speakerAfter(tokens, cue.end, hi) !== null;
    if (!speakerBefore(tokens, c, k)) return false;
    const after = tokens[cue.end];
    return cue.end >= hi || !after || after.text === ',' || (after.kind === 'punct' && cue.end + 1 >= hi) ;
  }
  return false;
}

/**
 * End of content starting at `from`: the sentence end, a following attribution clause
 * (", adding that", ", according to"), a semicolon, or a second reporting verb of the same
 * speaker ("… defenses and warned that"). `anyParticiple` false: only a reporting participle
 * (", adding that") ends it; another one (", killing six") goes on the reported event, which
 * speech-scope references keep.
 */
export function contentEnd(tokens: Token[], from: number, hi: number, anyParticiple = true): number {
  for (let j = from + 1; j + 1 < hi; j++) {
    const t = tokens[j]!.text;
    const w = tokens[j + 1]!.text.toLowerCase();
    if (t === ',' && ((CLAUSE_AFTER_COMMA.has(w) && !sharedSubjectBut(tokens, j + 1)) || (/^[a-z]+ing$/.test(w) && w !== 'including' && (anyParticiple || cueAt(tokens, j + 1, from, hi, true))))) return j;
    // '… "jobs, jobs, jobs," but he has also …': the comma sits inside the closing mark.
    if (/^["”]$/.test(t) && tokens[j - 1]?.text === ',' && CLAUSE_AFTER_COMMA.has(w)) return j + 1;
    if ((t === '—' || t === '―' || t === '--') && j > from + 2) return j;
    if (t === 'in' && /^(?:a|an)$/.test(w) && /^(?:statement|interview|speech|tweet|letter)$/i.test(tokens[j + 2]?.text ?? '') && j > from + 2) return j;
    if (t === ';') return j;
    // "… would fail, a source said." / "…, said Ann Lee, the lawyer": a tail attribution of
    // its own closes the content.
    if (t === ',' && j > from + 2 && tailAttribution(tokens, j + 1, hi)) return j;
    // ", and Clinton is promising …": a new clause with its own subject after a comma.
    if (t === ',' && (w === 'and' || w === 'but') && j > from + 3 && newClause(tokens, j + 2, hi)) return j;
    if ((t === 'and' || t === 'but') && j > from + 2) {
      // "… and also said", "… and repeatedly says": an adverb may stand before the second verb.
      const k = tokens[j + 1]?.text.toLowerCase() === 'also' || /^[a-z]{3,}ly$/.test(tokens[j + 1]?.text ?? '') ? j + 2 : j + 1;
      const cue = cueAt(tokens, k, from, hi);
      if (cue && cue.form.kind !== 'belief' && !/ing$/.test(tokens[k]!.text)) return tokens[j - 1]!.text === ',' ? j - 1 : j;
    }
  }
  return hi;
}

/**
 * The token before a verb at `k` and the auxiliaries, negations and adverbs in front of it ("and
 * has also called for", "but did not say", ", even suggesting"): a conjunction or a comma there
 * makes the verb a second one of the clause's subject.
 */
function wordBeforeVerb(tokens: Token[], k: number, lo: number): number {
  let b = k - 1;
  while (b > lo && b > k - 4 && tokens[b]!.kind === 'word' && /^\p{Ll}/u.test(tokens[b]!.text) && (lexicon().modifiers.has(tokens[b]!.text.toLowerCase()) || /^[a-z]{3,}ly$/.test(tokens[b]!.text))) b--;
  return b;
}

/**
 * Token `k` stands inside a quotation opened in the sentence (an odd number of marks from `lo`):
 * '"… you know …," Lee said, adding …': a report inside the quote is the quoted speaker's, not
 * the one a participle after it continues.
 */
function insideQuote(tokens: Token[], lo: number, k: number): boolean {
  let marks = 0;
  for (let j = lo; j < k; j++) if (/^["“”]$/.test(tokens[j]!.text)) marks++;
  return marks % 2 === 1;
}

/**
 * The speaker of the nearest cue before token `hi` in the sentence: '"…," said Ann Lee, adding
 * that …' / 'Lee said, stressing …' (the quote before was found by the direct finder, not here).
 */
function earlierSpeaker(tokens: Token[], lo: number, hi: number): TokenRange | null {
  for (const c of cuesIn(tokens, lo, hi).reverse()) {
    const sp = speakerBefore(tokens, c.first, lo) ?? (tokens[c.first - 1]?.kind === 'punct' ? speakerAfter(tokens, c.end, hi) : null);
    if (sp) return sp;
  }
  return null;
}

/**
 * Tokens [lo, cue) as the sentence's subject: 2 to 12 words, opening with a capital or a
 * determiner, with no punctuation, no cue and no finite verb ("Experts on X and Y").
 */
function openingSubject(tokens: Token[], lo: number, cue: number): TokenRange | null {
  const n = cue - lo;
  if (n < 2 || n > 12) return null;
  const first = tokens[lo]!;
  if (!(isCap(first) || DETERMINERS.has(first.text.toLowerCase())) || NOT_CLAUSE_START.has(first.text.toLowerCase())) return null;
  for (let k = lo; k < cue; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' && t.kind !== 'number') return null;
    const w = t.text.toLowerCase();
    if (PRONOUNS.has(w.replace(/['’]s$/, '')) || /^(?:who|which|that|when|if|as|because)$/.test(w) || cueAt(tokens, k, lo, cue + 1, true)) return null;
  }
  if (looksLikeClause(tokens, lo, cue, true)) return null;
  return { first: lo, end: cue };
}

/** `attitudes`: also beliefs, intentions and stances (all attributions, as PolNeAR annotates them). */
export function indirectCandidates(doc: Doc, sentences: Sentence[] = doc.sentences, attitudes = false): Candidate[] {
  const { tokens } = doc;
  const out: Candidate[] = [];
  for (const s of sentences) {
    const lo = s.firstToken;
    const hi = s.endToken;
    let last: Attribution | null = null;
    let lastContent: { first: number; end: number } | null = null;
    // "Lee said he did not believe …, arguing …": a report nested in the last one's content
    // (its speaker inside that content) leaves the outer speaker as the one a participle shares.
    const remember = (attr: Attribution, c: { first: number; end: number }) => {
      if (lastContent && attr.speaker && attr.speaker.first >= lastContent.first && attr.speaker.first < lastContent.end) return;
      last = attr;
      lastContent = c;
    };
    const push = (first: number, end: number, attr: Attribution, rule: string, min = 3) => {
      const c = content(tokens, first, end, min);
      if (!c) return;
      out.push({ ...span(tokens, c.first, c.end), kind: 'indirect', attribution: attr, paragraph: s.paragraph, rule });
      remember(attr, c);
    };
    // Attribution scope: "Hawaii, as one adviser pointed out, rarely sees storms" / "As experts
    // have noted, the rule …" / "…, as the police have said": an "as" clause with a cue and no
    // object attributes the rest of the sentence, before it and after it.
    const asClause = (as: number, cueEnd: number, attr: Attribution) => {
      let close = cueEnd;
      while (close < hi && tokens[close]!.text !== ',') close++;
      const before = tokens[as - 1]?.text === ',' ? as - 1 : as;
      // Quoted words before it belong to the direct-quote finder; "If, as …" leaves no content.
      const quoted = tokens.slice(lo, before).some((t) => CLAUSE_BREAK.has(t.text));
      if (!quoted && (before > lo + 1 || (before === lo + 1 && isCap(tokens[lo]) && !NOT_NAMES.has(tokens[lo]!.text.toLowerCase())))) push(lo, before, attr, 'as-clause', 1);
      if (close + 1 < hi) push(close + 1, contentEnd(tokens, close + 1, hi), attr, 'as-clause');
    };
    // "The plan has been endorsed by the unions": the subject is what the agent's stance is about.
    if (attitudes) {
      for (let k = lo + 2; k + 2 < hi; k++) {
        const pv = passiveByAt(tokens, k, lo, hi);
        if (!pv || tokens.slice(lo, pv.be).some((t) => t.text === ',' || CLAUSE_BREAK.has(t.text))) continue;
        // "The minister promised lower fares and was applauded by commuters": a second predicate of
        // the subject; the words before "and" are a clause, not what the agent applauded.
        if (/^(?:and|but|or)$/i.test(tokens[pv.be - 1]?.text ?? '')) continue;
        const agent = sourceAfter(tokens, pv.agent, hi);
        if (!agent) continue;
        push(lo, pv.be, { cue: span(tokens, pv.first, pv.end), speaker: agent }, 'passive-by', 1);
      }
    }
    for (const cue of cuesIn(tokens, lo, hi, attitudes)) {
      const cueSpan = span(tokens, cue.first, cue.end);
      if (cue.form.lemma === 'according to') {
        const sp = sourceAfter(tokens, cue.end, hi);
        if (!sp) continue;
        const attr = { cue: cueSpan, speaker: sp };
        if (cue.first === lo) {
          let c = sp.end;
          while (c < hi && tokens[c]!.text !== ',') c++;
          if (c < hi) push(c + 1, contentEnd(tokens, c + 1, hi), attr, 'according-to-fronted');
        } else push(lo, tokens[cue.first - 1]?.text === ',' ? cue.first - 1 : cue.first, attr, 'according-to-tail');
        continue;
      }
      // "…, adding that" and "… and called on": the second verb shares the clause's speaker.
      const before = wordBeforeVerb(tokens, cue.first, lo);
      const coordinated = (tokens[before]?.text === 'and' || tokens[before]?.text === 'but') && before > lo;
      // "The ministry issued a statement saying that …": the participle reports for the subject
      // of the verb whose object is the statement.
      const verb = cue.first - 3;
      if (/ing$/.test(tokens[cue.first]!.text) && verb > lo && lexicon().documentNouns.has(tokens[cue.first - 1]!.text.toLowerCase()) && /^(?:a|an|the)$/i.test(tokens[cue.first - 2]!.text) && /^\p{Ll}+(?:ed|s)$/u.test(tokens[verb]!.text)) {
        const sp = speakerBefore(tokens, verb, lo);
        const fwd = sp ? forwardStart(tokens, cue, hi, attitudes) : -1;
        if (sp && fwd >= 0) push(fwd, contentEnd(tokens, fwd, hi), { cue: cueSpan, speaker: sp }, 'statement-participle');
        continue;
      }
      // Attribution scope: "began by saying he would …", "after warning that …": a gerund cue after a
      // preposition reports for the clause's subject as well.
      const gerund = attitudes && GERUND_PREPOSITION.test(tokens[before]?.text ?? '') && before > lo;
      const participle = coordinated || (/ing$/.test(tokens[cue.first]!.text) && (tokens[before]?.text === ',' || gerund));
      // "…, adding that …" / "Trump boasted of his health, saying …": the clause's speaker or subject.
      let speaker: TokenRange | null = participle
        ? (last && !insideQuote(tokens, lo, (last as Attribution).speaker!.first) ? (last as Attribution).speaker : earlierSpeaker(tokens, lo, cue.first) ?? sentenceSubject(tokens, lo, cue.first) ?? (tokens[before]?.text === ',' ? subjectNounPhrase(tokens, lo, cue.first) : null))
        : speakerBefore(tokens, cue.first, lo, attitudes);
      if (!speaker && participle) continue;
      const fwd = forwardStart(tokens, cue, hi, attitudes);
      // Attribution scope: "Researchers on trade and labour said …": a subject phrase longer than
      // the speaker finder reads, opening the sentence with no verb of its own, is the source.
      if (!speaker && !participle && attitudes && fwd >= 0) speaker = openingSubject(tokens, lo, cue.first);
      if (cue.form.kind === 'attitude') {
        // Stances and intentions take only the forward frame: "X wants/criticized CONTENT".
        if (!speaker || fwd < 0) continue;
        const clause = tokens[fwd - 1]?.text.toLowerCase() === 'that' || /^(?:to|whether|how|what|why)$/i.test(tokens[fwd]!.text) || (cue.form.bare && fwd === cue.end);
        const verbal = clause && !(tokens[fwd]!.text.toLowerCase() === 'to');
        const end = verbal ? contentEnd(tokens, fwd, hi) : clause ? coordinatedEnd(tokens, fwd, contentEnd(tokens, fwd, hi)) : attitudes && cue.form.complement.length > 0 ? complementEnd(tokens, cue, fwd, contentEnd(tokens, fwd, hi)) : objectEnd(tokens, fwd, contentEnd(tokens, fwd, hi));
        const c = content(tokens, fwd, verbal || !clause ? coordinatedEnd(tokens, fwd, end) : end, 1);
        if (c) {
          out.push({ ...span(tokens, c.first, c.end), kind: 'indirect', attribution: { cue: cueSpan, speaker }, paragraph: s.paragraph, rule: 'attitude' });
          remember({ cue: cueSpan, speaker }, c);
        }
        continue;
      }
      // "what the company said it is owed", "which Hamas says was fired": the cue sits in a
      // relative clause; what it reports is the gap, not the clause after it.
      // PolNeAR annotates "what" with the clause as the content, so the skip is for speech only.
      const rel = speaker ? speaker.first - 1 : -1;
      if (!attitudes && speaker && fwd >= 0 && rel >= lo && /^(?:what|which|whom|whatever)$/i.test(tokens[rel]!.text) && !/^(?:in|on|at|of|by|for|with|from|to|under|during)$/i.test(tokens[rel - 1]?.text ?? '')) continue;
      // Speech scope: "confirmed the 50 percent deal", "announced its withdrawal", "said Mass":
      // a noun phrase after the verb is an act or a thing, not reported words; a bare content
      // must read as a clause.
      if (!attitudes && speaker && fwd >= 0 && bareNounPhrase(tokens, cue, fwd, hi)) continue;
      if (speaker && fwd >= 0) {
        // "vowed to cut taxes and then denied it": an infinitive ends before the speaker's next verb.
        const ce = contentEnd(tokens, fwd, hi, attitudes);
        push(fwd, tokens[fwd]!.text.toLowerCase() === 'to' ? coordinatedEnd(tokens, fwd, ce) : ce, { cue: cueSpan, speaker }, participle ? 'participle' : 'forward');
        continue;
      }
      // An appeal or finding with its object ("In a statement, X called on the parties to …"),
      // refused above in speech scope, is no tail attribution either.
      if (!attitudes && (cue.form.kind === 'appeal' || cue.form.finding) && tokens[cue.end]?.kind === 'word' && !ADJUNCT_START.has(tokens[cue.end]!.text.toLowerCase())) continue;
      // Tail: "CONTENT, X said." or "CONTENT, said X."
      if (!speaker && tokens[cue.first - 1]?.text === ',') speaker = speakerAfter(tokens, cue.end, hi);
      if (!speaker) continue;
      // "…, which has denied any role": a relative pronoun opens a clause about the noun before
      // it; what precedes the comma is not its content.
      if (RELATIVE.test(tokens[speaker.first]!.text) && speaker.end <= cue.first) continue;
      // The "as" clause set off by a comma or opening the sentence ("quiet as regulars continued"
      // tells time or cause); stances took their own frame above.
      const as = speaker.first - 1;
      if (attitudes && speaker.end <= cue.first && tokens[as]?.text.toLowerCase() === 'as' && (as === lo || tokens[as - 1]?.text === ',')) {
        asClause(as, cue.end, { cue: cueSpan, speaker });
        continue;
      }
      // "…, the Pentagon said": the article before a name is part of the speaker phrase.
      if (speaker.first < cue.first && /^the$/i.test(tokens[speaker.first - 1]?.text ?? '') && tokens[speaker.first - 2]?.text === ',') speaker = { first: speaker.first - 1, end: speaker.end };
      const comma = Math.min(speaker.first, cue.first) - 1;
      if (comma <= lo || tokens[comma]!.text !== ',') continue;
      const after = afterAdjunct(tokens, Math.max(speaker.end, cue.end), hi);
      // After the second comma, a predicate continues the clause the subject opened ("The
      // bridge, she said, will open in May"), however short.
      const nextWord = tokens[after + 1];
      const predicate = !!nextWord && after + 1 < hi && nextWord.kind === 'word' && /^\p{Ll}/u.test(nextWord.text) && !/ing$/.test(nextWord.text) && !CLAUSE_AFTER_COMMA.has(nextWord.text) && hi - after > 3;
      // Speech scope: "Speaking to reporters, X said, …" / "At the rally, the crowd chanted …" /
      // "According to the ministry, as of May, the country had admitted …": a fronted adjunct
      // with no verb of its own is the writer's scene, not reported words.
      if (!attitudes && fronted(tokens, lo, comma)) continue;
      if ((hi - after > 12 || predicate) && tokens[after]?.text === ',' && cue.first > lo) {
        // Interrupted: "Even if the venture fails, Mr. Morgan said, he has done good work."
        if (tokens.slice(lo, comma).some((t) => breaksTail(t, attitudes))) continue;
        const attr = { cue: cueSpan, speaker };
        push(lo, comma, attr, 'interrupted', 1);
        // '…, the army said, speaking on condition of anonymity' / '…, X said, with four ships …':
        // a participle (not a gerund subject: "replacing him would be hard") or an adjunct after
        // the second comma is the writer's, not a second part.
        const w = nextWord?.text.toLowerCase() ?? '';
        const participle = /ing$/.test(w) && !tokens.slice(after + 2, contentEnd(tokens, after + 1, hi)).some((t) => AUXILIARY.test(t.text.toLowerCase()));
        if (!participle && !AFTER_ATTRIBUTION.has(w)) push(after + 1, contentEnd(tokens, after + 1, hi), attr, 'interrupted');
        continue;
      }
      if (tokens.slice(after, hi).some((t) => /^["“”]$/.test(t.text))) continue;
      let nextComma = after;
      while (nextComma < hi && tokens[nextComma]!.text !== ',') nextComma++;
      if (hi - cue.end > 12 && nextComma - after > 8) continue;
      if (tokens.slice(lo, comma).some((t) => breaksTail(t, attitudes))) {
        // Quoted material before the comma belongs to the direct-quote finder. Attribution scope:
        // 'A clerk who “steals” is fired, she said': quoted words with unquoted ones around them
        // are one content (refine drops it where the quote is nearly all of it).
        continue;
      }
      // "Meanwhile, troops detained …, the army said": the connective is the writer's, not the speaker's.
      let opener = CONNECTIVES.has(tokens[lo]!.text.toLowerCase()) && tokens[lo + 1]?.text === ',' ? lo + 2 : lo;
      // "AFP - Militants stormed …, officials said": a news agency's credit before a dash.
      for (let d = opener + 1; d < Math.min(comma, opener + 4); d++) {
        if (/^[-–—]$/.test(tokens[d]!.text) && tokens.slice(opener, d).every((t) => isCap(t))) opener = d + 1;
        if (!isCap(tokens[d])) break;
      }
      push(opener, comma, { cue: cueSpan, speaker }, 'tail');
    }
  }
  return out;
}
