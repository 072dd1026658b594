/**
 * Finds the noun phrase that carries an attribution, next to its cue: the subject before the cue
 * ("Putin's aide Yuri Ushakov told", "he said", "a spokesman said", "Dan Burton, said") or, in
 * inverted order, after it ("said Putin", "said the spokesman"). Returns token ranges.
 */
import type { Token } from '../core/types.js';
import { DETERMINERS, NOT_NAMES, PRONOUNS, lexicon } from './lexicon.js';

export interface TokenRange {
  first: number;
  end: number;
}

const JOINERS = new Set(['of', 'de', 'da', 'del', 'al', 'bin', 'van', 'von', 'la', 'le', 'du', 'and']);
const MONTHS = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;
const TIME_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|night|morning|afternoon|evening|weekend)$/;

/** Lower-case words that never head a speaker phrase. */
const FUNCTION_WORDS = new Set([
  'that', 'which', 'it', 'this', 'and', 'or', 'but', 'also', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'by',
  'from', 'as', 'than', 'then', 'not', 'never', 'what', 'when', 'where', 'why', 'how', 'there', 'here',
  'so', 'just', 'only', 'even', 'still', 'yet', 'all', 'both', 'each', 'more', 'less', 'very', 'too', 'again',
  'once', 'now', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'do', 'does', 'did', 'will',
  'would', 'can', 'could', 'should', 'may', 'might', 'must', 'him', 'her', 'them', 'us', 'me', 'about', 'into',
  'over', 'after', 'before', 'while', 'if', 'because', 'since', 'until', 'though', 'although', 'whether',
  'up', 'out', 'down', 'off', 'its', 'their', 'his', 'our', 'my', 'your', 'today', 'yesterday', 'week', 'year',
  'month', 'time', 'day', 'night', 'morning', 'evening', 'ago', 'later', 'earlier', 'statement', 'interview',
]);
/** Verbs whose infinitive complement may be a cue ("appeared to suggest", "continued to call for"). */
const RAISING = new Set([
  'appear', 'appears', 'appeared', 'seem', 'seems', 'seemed', 'continue', 'continues', 'continued', 'try', 'tries',
  'tried', 'began', 'begins', 'begin', 'started', 'starts', 'went', 'goes', 'go', 'used', 'need', 'needs', 'needed',
  'refused', 'refuses', 'declined', 'declines', 'wanted', 'wants', 'want', 'hoped', 'hopes', 'planned', 'plans',
  'sought', 'seeks', 'decided', 'chose', 'rushed', 'moved', 'dared', 'failed', 'managed', 'proceeded',
]);
const STOP_NOMINAL = new Set(['that', 'which', 'who', 'and', 'or', 'but', 'if', 'when', 'as', 'than', 'to', 'in', 'on', 'at', 'for', 'with', 'by']);

export function isCap(tok: Token | undefined): boolean {
  return !!tok && (tok.kind === 'word' || tok.kind === 'number') && /^(?:\p{Lu}|(?:al|el|ad|as|bin|ibn)-\p{Lu})/u.test(tok.text);
}

function lower(tok: Token | undefined): string {
  return tok ? tok.text.toLowerCase() : '';
}

/** A name run ending at token `p` (inclusive), extended backwards over titles and joiners. */
function nameEndingAt(tokens: Token[], p: number, lo: number): TokenRange | null {
  const { titles, sourceNouns } = lexicon();
  let q = p;
  while (q - 1 >= lo) {
    const t = tokens[q - 1]!;
    const l = lower(t);
    if (isCap(t) && !(NOT_NAMES.has(l) && q - 1 === lo)) q--;
    else if (JOINERS.has(l) && isCap(tokens[q - 2]) && q - 2 >= lo && l !== 'and') q--;
    else if (t.kind === 'word' && (titles.has(l) || sourceNouns.has(l))) q--;
    else break;
  }
  while (q <= p && (NOT_NAMES.has(lower(tokens[q])) || !isCap(tokens[q])) && !lexicon().titles.has(lower(tokens[q]))) q++;
  return q <= p ? { first: q, end: p + 1 } : null;
}

/** "a spokesman", "the Kremlin spokesman", "officials", "another source": up to a determiner. */
function nominalEndingAt(tokens: Token[], p: number, lo: number): TokenRange | null {
  let q = p;
  for (let n = 0; n < 6 && q - 1 >= lo; n++) {
    const t = tokens[q - 1]!;
    const l = lower(t);
    if ((t.kind !== 'word' && t.kind !== 'number') || STOP_NOMINAL.has(l) || lexicon().cues.has(l)) break;
    q--;
    if (DETERMINERS.has(l)) break;
  }
  return { first: q, end: p + 1 };
}

/** A lower-case content word that may stand in a noun phrase (not a function word, verb form or cue). */
function isNominalWord(t: Token): boolean {
  const l = lower(t);
  return t.kind === 'word' && /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) && !FUNCTION_WORDS.has(l) && !STOP_NOMINAL.has(l) && !lexicon().cues.has(l) && !/(?:ly|ing|ed)$/.test(l);
}

/** The phrase whose last token is `p`: pronoun, name, or nominal source. */
export function phraseEndingAt(tokens: Token[], p: number, lo: number): TokenRange | null {
  const tok = tokens[p];
  if (!tok || p < lo) return null;
  const l = lower(tok);
  if (PRONOUNS.has(l)) return { first: p, end: p + 1 };
  if (isCap(tok)) return nameEndingAt(tokens, p, lo);
  if (l === 'who') return { first: p, end: p + 1 };
  if (tok.kind !== 'word' || FUNCTION_WORDS.has(l) || lexicon().cues.has(l)) return null;
  if (DETERMINERS.has(l)) return null;
  const nominal = nominalEndingAt(tokens, p, lo);
  if (!nominal) return null;
  const known = lexicon().sourceNouns.has(l) || lexicon().titles.has(l);
  const determined = DETERMINERS.has(lower(tokens[nominal.first]));
  const plural = /[^s]s$/.test(l) && l.length > 3;
  // A noun phrase that opens the sentence is its subject ("Connecticut's tax commissioner says").
  const plain = tokens.slice(nominal.first, nominal.end).every((t) => {
    const w = lower(t);
    return (w === 'of' || !FUNCTION_WORDS.has(w)) && !PRONOUNS.has(w) && !/ing$/.test(w) && !/^(?:was|were|is|are|goes|been)$/.test(w);
  });
  const opening = plain && (nominal.first === lo || /^\p{Lu}.*['’]s$/u.test(tokens[nominal.first]!.text));
  if (!(known || determined || plural || opening)) return null;
  // Coordinated modifiers or nouns: "security and government officials", "analysts and sources".
  const and = nominal.first - 1;
  if (and - 1 >= lo && lower(tokens[and]) === 'and' && isNominalWord(tokens[and - 1]!)) {
    const left = nominalEndingAt(tokens, and - 1, lo);
    if (left && (left.first < and - 1 || left.first === lo || DETERMINERS.has(lower(tokens[left.first])) || isNominalWord(tokens[left.first]!))) return { first: left.first, end: nominal.end };
  }
  return nominal;
}

/**
 * The speaker before the cue at token `cue`, not reaching before token `lo`. `broad` (attribution
 * scope): also the subjects that hold views more than they speak, a relative pronoun ("states that
 * oppose"), a share ("63 percent said") or a quantifier standing alone ("many believe").
 */
export function speakerBefore(tokens: Token[], cue: number, lo: number, broad = false): TokenRange | null {
  const { modifiers } = lexicon();
  let p = cue - 1;
  // Lower-case only: "Theresa May said", "Huey Long said" end in names, not modals or adverbs.
  const modifier = (t: Token) => t.kind === 'word' && /^\p{Ll}/u.test(t.text) && (modifiers.has(lower(t)) || /^[a-z]{3,}ly$/.test(t.text));
  while (p >= lo && modifier(tokens[p]!)) p--;
  // A time adjunct between subject and cue: "Sanders on Tuesday said", "Wells Fargo just this month announced".
  if (p - 1 > lo && TIME_WORDS.test(lower(tokens[p])) && /^(?:on|last|this|late|early)$/.test(lower(tokens[p - 1]))) {
    p -= 2;
    while (p >= lo && modifiers.has(lower(tokens[p]))) p--;
  }
  // "prosecutors in April charged", "the panel in 2001 found": a month or a year after "in".
  if (p - 1 > lo && lower(tokens[p - 1]) === 'in' && (MONTHS.test(lower(tokens[p])) || /^(?:1[89]|20)\d\d$/.test(tokens[p]!.text))) {
    p -= 2;
    while (p >= lo && modifier(tokens[p]!)) p--;
  }
  // A verb taking the cue as its infinitive: "he appeared to suggest", "she continued to call
  // for", "Trump went on to discuss": the subject of that verb is the speaker.
  if (p - 1 > lo && lower(tokens[p]) === 'to') {
    let v = p - 1;
    if (lower(tokens[v]) === 'on' && /^(?:went|goes|go|going)$/.test(lower(tokens[v - 1]))) v--;
    if (RAISING.has(lower(tokens[v]))) {
      p = v - 1;
      while (p >= lo && modifier(tokens[p]!)) p--;
    }
  }
  // "Rahmon for his part stressed": the phrase stands between the subject and its verb.
  if (p - 3 >= lo && lower(tokens[p]) === 'part' && /^(?:his|her|its|their|our|my)$/.test(lower(tokens[p - 1])) && lower(tokens[p - 2]) === 'for') {
    p -= 3;
    if (tokens[p]!.text === ',' && tokens[p - 3]?.text === ',') p -= 1;
  }
  // A coordinated verb: "I laughed and said", "she paused and added".
  if (p - 1 > lo && lower(tokens[p]) === 'and' && /^[a-z]+ed$/.test(tokens[p - 1]!.text)) p -= 2;
  if (p < lo) return null;
  if (tokens[p]!.text === ')') {
    // A parenthesis after the name: "Gov. Mike Pence (R-IN) said".
    let o = p - 1;
    while (o >= lo && o > p - 12 && tokens[o]!.text !== '(') o--;
    if (o < lo || tokens[o]!.text !== '(') return null;
    p = o - 1;
    if (p < lo) return null;
  }
  // Appositive between dashes: "Ann Lee -- an analyst at Acme, a consulting firm -- said".
  const dash = dashAt(tokens, p);
  if (dash > 0) {
    let o = p - dash;
    while (o >= lo && o > p - 30 && !dashAt(tokens, o)) o--;
    const before = o >= lo ? o - dashAt(tokens, o) : -1;
    return before >= lo && o < p - dash ? phraseEndingAt(tokens, before, lo) : null;
  }
  if (tokens[p]!.text === ',') {
    // Appositive or relative clause between commas: "Peskov, the Kremlin spokesman, said".
    // A parenthesis before the comma is an aside ("Ann Lee (pictured), told"): the phrase ends before it.
    const aside = tokens[p - 1]?.text === ')' ? parenthesisStart(tokens, p - 1, lo) : -1;
    if (aside > lo && isCap(tokens[aside - 1])) {
      const named = speakerBefore(tokens, aside, lo, broad);
      if (named) return named;
    }
    let c = p - 1;
    while (c >= lo && c > p - 25 && tokens[c]!.text !== ',') c--;
    if (c < lo || tokens[c]!.text !== ',') return null;
    const inner = tokens[c + 1];
    if (isCap(inner) && !NOT_NAMES.has(lower(inner))) return phraseEndingAt(tokens, p - 1, c + 1);
    const before = phraseEndingAt(tokens, c - 1, lo);
    // Two appositives: "Ann Lee, an analyst at Acme, the consulting firm, said". The phrase before
    // the second one is a preposition's object inside the first; the name before that speaks.
    if (before && PREPOSITIONS.has(lower(tokens[objectStart(tokens, before.first, lo) - 1]))) {
      let c2 = objectStart(tokens, before.first, lo) - 2;
      while (c2 >= lo && c2 > c - 15 && tokens[c2]!.text !== ',') c2--;
      if (c2 > lo && tokens[c2]!.text === ',' && isCap(tokens[c2 - 1])) return phraseEndingAt(tokens, c2 - 1, lo) ?? before;
    }
    return before;
  }
  const relative = relativeSubject(tokens, p, lo);
  if (relative) return relative;
  // "anyone wanting to learn": before a participle the phrase is no subject but the noun it modifies.
  const finite = !/ing$/.test(lower(tokens[cue]));
  return withPrepositionalHead(tokens, phraseEndingAt(tokens, p, lo) ?? (broad && finite ? holderEndingAt(tokens, p, lo) : null), lo);
}

/**
 * A restrictive relative clause between the subject and its verb: "An official who asked not to
 * be named told Reuters", "Officials who spoke on condition of anonymity said". The clause ends at
 * token `p` (just before the cue); the noun before "who" is the speaker. No punctuation inside,
 * at most 15 tokens, and at least two words after "who" (a bare "who said" is the pronoun itself).
 */
function relativeSubject(tokens: Token[], p: number, lo: number): TokenRange | null {
  for (let k = p; k > lo && p - k < 15; k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct' || (k === p && lexicon().cues.has(lower(t)))) return null;
    if (lower(t) !== 'who') continue;
    if (p - k < 2) return null;
    const head = phraseEndingAt(tokens, k - 1, lo);
    return head && !PRONOUNS.has(lower(tokens[head.first])) ? withPrepositionalHead(tokens, head, lo) : null;
  }
  return null;
}

/** The index of the "(" opening the parenthesis closed at token `close`, or -1 (within 12 tokens). */
function parenthesisStart(tokens: Token[], close: number, lo: number): number {
  for (let o = close - 1; o >= lo && o > close - 12; o--) if (tokens[o]!.text === '(') return o;
  return -1;
}

/** Quantifiers that stand for a group of people when nothing follows them ("many believe", "some say"). */
const QUANTIFIER_PRONOUNS = new Set(['some', 'many', 'most', 'few', 'several', 'both', 'all', 'none', 'everyone', 'everybody', 'someone', 'somebody', 'anyone', 'nobody']);

/**
 * Subjects of an attitude that `phraseEndingAt` leaves out, ending at token `p`: a relative
 * pronoun after a noun or a comma ("a group that opposes", "the court, which ruled"), a share
 * ("63 percent said") or a quantifier used as a pronoun ("many believe").
 */
function holderEndingAt(tokens: Token[], p: number, lo: number): TokenRange | null {
  const l = lower(tokens[p]);
  const prev = p > lo ? tokens[p - 1] : undefined;
  if ((l === 'which' || l === 'that') && prev && (prev.text === ',' || (prev.kind === 'word' && !FUNCTION_WORDS.has(lower(prev)) && !lexicon().cues.has(lower(prev))))) return { first: p, end: p + 1 };
  if ((l === 'percent' || l === '%') && prev?.kind === 'number') return { first: p - 1, end: p + 1 };
  if (QUANTIFIER_PRONOUNS.has(l) && !(prev && DETERMINERS.has(lower(prev)))) return { first: p, end: p + 1 };
  return null;
}

/** How many tokens the dash ending at token `p` takes ("—" one, "--" written as two hyphens two), or 0. */
function dashAt(tokens: Token[], p: number): number {
  const t = tokens[p]?.text ?? '';
  if (/^(?:—|–|―|--)$/.test(t)) return 1;
  return t === '-' && tokens[p - 1]?.text === '-' && tokens[p - 1]!.end === tokens[p]!.start ? 2 : 0;
}

/** Prepositions that attach a phrase to the noun before it ("an analyst at Acme", "a doctor on the scene"). */
const PREPOSITIONS = new Set(['of', 'at', 'for', 'from', 'on', 'in', 'with']);

/** Where a preposition's object starting at `first` begins, its article included ("for the Acme group"). */
function objectStart(tokens: Token[], first: number, lo: number): number {
  return first - 1 >= lo && /^(?:the|a|an)$/i.test(tokens[first - 1]!.text) ? first - 1 : first;
}

/**
 * "A doctor on the scene said", "a guard at the prison said": a nominal found at the end is the
 * object of a preposition; the noun before the preposition heads the speaker phrase. Names are
 * left alone ("Bank of America", "the foreign minister of Russia" speaks for Russia).
 */
function withPrepositionalHead(tokens: Token[], r: TokenRange | null, lo: number): TokenRange | null {
  if (!r || isCap(tokens[r.end - 1]) || PRONOUNS.has(lower(tokens[r.first]))) return r;
  const prep = objectStart(tokens, r.first, lo) - 1;
  // The noun before the preposition must be one that can speak ("a doctor", "residents"), not any
  // word ("the election came with a warning").
  const { sourceNouns, titles } = lexicon();
  const noun = lower(tokens[prep - 1]);
  if (prep - 1 < lo || !PREPOSITIONS.has(lower(tokens[prep])) || !(sourceNouns.has(noun) || titles.has(noun))) return r;
  const head = phraseEndingAt(tokens, prep - 1, lo);
  return head && !PRONOUNS.has(lower(tokens[head.first])) ? { first: head.first, end: r.end } : r;
}

/** A lower-case word that may describe the person named after it ("army spokesperson", "lawyer"). */
function isRoleWord(t: Token): boolean {
  const l = lower(t);
  return t.kind === 'word' && /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) && !FUNCTION_WORDS.has(l) && !STOP_NOMINAL.has(l) && !DETERMINERS.has(l) && !lexicon().cues.has(l) && !/(?:ly|ing)$/.test(l);
}

/** The speaker after the cue (inverted order: "said Putin", "said the spokesman"), before `hi`. */
export function speakerAfter(tokens: Token[], from: number, hi: number): TokenRange | null {
  const tok = tokens[from];
  if (!tok || from >= hi) return null;
  const l = lower(tok);
  if (NOT_NAMES.has(l) && !PRONOUNS.has(l) && !DETERMINERS.has(l)) return null;
  if (PRONOUNS.has(l)) return { first: from, end: from + 1 };
  let q = from;
  // A role word before a name belongs to it ("said police Capt. Adel Kitab", "said lawyer Ann
  // Reyes"); alone, a source noun is the whole speaker ("said police").
  let roleWords = 0;
  while (roleWords < 3 && from + roleWords < hi && isRoleWord(tokens[from + roleWords]!)) roleWords++;
  const roleBeforeName = roleWords > 0 && isCap(tokens[from + roleWords]) && from + roleWords < hi;
  // A capitalised title before a name is part of it ("President Xi").
  const titleBeforeName = isCap(tok) && isCap(tokens[from + 1]) && from + 1 < hi;
  if (tok.kind === 'word' && lexicon().sourceNouns.has(l) && !roleBeforeName && !titleBeforeName) return { first: from, end: from + 1 };
  if (roleBeforeName) q += roleWords;
  if (isCap(tok) || DETERMINERS.has(l) || roleBeforeName) {
    const { titles, sourceNouns } = lexicon();
    while (q < hi) {
      const t = tokens[q]!;
      const w = lower(t);
      if (isCap(t) || (q === from && DETERMINERS.has(w)) || titles.has(w) || sourceNouns.has(w)) q++;
      // A role noun between names: "said Sunni cleric Ali al-Zand".
      // Not a verb: "Mayor Ann Lee said Friday".
      else if (t.kind === 'word' && q > from && isCap(tokens[q - 1]) && isCap(tokens[q + 1]) && q + 1 < hi && !STOP_NOMINAL.has(w) && !FUNCTION_WORDS.has(w) && !lexicon().cues.has(w)) q++;
      else if (JOINERS.has(w) && w !== 'and' && isCap(tokens[q + 1]) && q + 1 < hi) q++;
      else if (t.kind === 'word' && !STOP_NOMINAL.has(w) && q - from < 4 && !lexicon().cues.has(w) && DETERMINERS.has(lower(tokens[from]))) q++;
      else break;
    }
  }
  if (q === from) return null;
  const last = tokens[q - 1]!;
  if (!isCap(last) && !lexicon().sourceNouns.has(lower(last))) return null;
  return { first: from, end: q };
}

/**
 * The source named after "according to": everything up to the next comma or the sentence end
 * ("according to a Washington Post database tracking such deaths"), at most 15 tokens.
 */
export function sourceAfter(tokens: Token[], from: number, hi: number): TokenRange | null {
  let q = from;
  while (q < hi && q - from < 15 && !/^[,;:.()"“”]$/.test(tokens[q]!.text) && tokens[q]!.kind !== 'symbol') q++;
  if (q === from || (q < hi && q - from >= 15)) return speakerAfter(tokens, from, hi);
  return { first: from, end: q };
}

/**
 * The subject that opens a sentence, after an opening adverbial ("On Friday, Global suspended
 * operations, claiming …" → "Global"), for participle cues with no reporting clause before them.
 */
export function sentenceSubject(tokens: Token[], lo: number, hi: number): TokenRange | null {
  let from = lo;
  if (NOT_NAMES.has(lower(tokens[lo])) && !PRONOUNS.has(lower(tokens[lo])) && !DETERMINERS.has(lower(tokens[lo]))) {
    let c = lo;
    while (c < hi && c - lo < 10 && tokens[c]!.text !== ',') c++;
    if (c >= hi || tokens[c]!.text !== ',') return null;
    from = c + 1;
  }
  return speakerAfter(tokens, from, hi);
}

/** Finite verb forms that end a subject noun phrase ("The opposition has …", "Diplomats are …"). */
const FINITE = /^(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|do|does|did|\p{Ll}{3,}ed)$/u;

/**
 * The noun phrase that opens a sentence up to its finite verb, for a participle cue with no
 * reporting clause before it: "The opposition has turned down the offers, arguing that …",
 * "Some former senior diplomats are skeptical …, saying …". 1 to 8 words, opening with a capital
 * or a determiner, no punctuation, ending in a noun that can speak; a leading connective
 * ("However") is skipped.
 */
export function subjectNounPhrase(tokens: Token[], lo: number, hi: number): TokenRange | null {
  let from = lo;
  if (/^(?:however|meanwhile|still|yet|also|now|but|and)$/i.test(tokens[from]?.text ?? '') && tokens[from + 1]?.text !== ',') from++;
  const first = tokens[from];
  if (!first || !(isCap(first) || DETERMINERS.has(lower(first))) || (NOT_NAMES.has(lower(first)) && !DETERMINERS.has(lower(first)))) return null;
  let v = from;
  while (v < hi && v - from < 9 && (tokens[v]!.kind === 'word' || tokens[v]!.kind === 'number') && !FINITE.test(tokens[v]!.text) && !PRONOUNS.has(lower(tokens[v])) && !/^(?:who|which|that)$/.test(lower(tokens[v]))) v++;
  if (v === from || v >= hi || !FINITE.test(tokens[v]!.text) || v - from > 8) return null;
  // The head must be able to speak: a name, a source noun ("the opposition") or a plural ("hosts").
  const last = tokens[v - 1]!;
  const head = lower(last);
  const speaking = (isCap(last) && !DETERMINERS.has(head)) || (isNominalWord(last) && (lexicon().sourceNouns.has(head) || /[^s]s$/.test(head)));
  return speaking ? { first: from, end: v } : null;
}
