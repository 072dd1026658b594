/**
 * Cue detection over tokens: a cue verb form from `data/quotes/cue-verbs.tsv` ("said",
 * "pointed out", "told"), or "according to". Passive uses ("has been declared", "was told") are
 * not cues: their grammatical subject is not the speaker.
 */
import type { Token } from '../core/types.js';
import { lexicon, type CueForm } from './lexicon.js';

export interface CueMatch {
  /** Token index of the first word of the cue. */
  first: number;
  /** Token index one past the cue. */
  end: number;
  form: CueForm;
}

const NOUN_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'their', 'its', 'our', 'my', 'your', 'these', 'those', 'every', 'each', 'no', 'any']);
// Negated forms too ("wasn't approved"): the passive check skips modifiers, negations among them.
const BE = new Set(['was', 'were', 'been', 'be', 'is', 'are', 'being', "'s", "isn't", "wasn't", "aren't", "weren't", 'isn’t', 'wasn’t', 'aren’t', 'weren’t']);
const PARTICIPLE_IRREGULAR = new Set(['told', 'said', 'shown', 'found', 'thought', 'written', 'called']);

function isPassive(tokens: Token[], first: number, lo: number, word: string): boolean {
  if (!word.endsWith('ed') && !PARTICIPLE_IRREGULAR.has(word)) return false;
  let p = first - 1;
  const mods = lexicon().modifiers;
  // "has been harshly criticized": adverbs in -ly stand between the auxiliary and the participle too.
  while (p >= lo && (mods.has(tokens[p]!.text.toLowerCase()) || /^[a-z]{3,}ly$/.test(tokens[p]!.text)) && !BE.has(tokens[p]!.text.toLowerCase())) p--;
  return p >= lo && BE.has(tokens[p]!.text.toLowerCase());
}

/** Most words capitalised, as in a headline. */
function titleCase(tokens: Token[], lo: number, hi: number): boolean {
  let words = 0;
  let caps = 0;
  for (let i = lo; i < hi; i++) {
    if (tokens[i]!.kind !== 'word') continue;
    words++;
    if (/^\p{Lu}/u.test(tokens[i]!.text)) caps++;
  }
  return words >= 3 && caps >= 0.7 * words;
}

/**
 * The cue starting at token `k`, if any (`lo` bounds the passive check: the sentence start).
 * Attitude cues ("wants", "criticized") count only with `attitudes`.
 */
export function cueAt(tokens: Token[], k: number, lo: number, hi: number, attitudes = false): CueMatch | null {
  const tok = tokens[k];
  if (!tok || tok.kind !== 'word') return null;
  const word = tok.text.toLowerCase();
  if (word === 'according' && tokens[k + 1]?.text.toLowerCase() === 'to' && k + 1 < hi) {
    return { first: k, end: k + 2, form: { lemma: 'according to', kind: 'speech', bare: false, object: false, hearer: false, infinitive: false, infinitiveClaim: false, finding: false, complement: [], words: ['according', 'to'] } };
  }
  const forms = lexicon().cues.get(word);
  if (!forms) return null;
  // A capitalised cue word inside a sentence is a name or title ("Said", "Call"), not a verb.
  // After a possessive the word is a noun ("Editor's note"); it still reports when a that-clause
  // follows ("Azerbaijan's claims that …", the possessor being the source).
  const prev = k > lo ? tokens[k - 1]!.text : '';
  const possessive = /(?:['’]s|s['’])$/.test(prev) && !/^(?:it|he|she|that|what|there|who)['’]s$/i.test(prev);
  if (possessive && tokens[k + 1]?.text.toLowerCase() !== 'that') return null;
  // After an article or a possessive determiner the word is a noun ("the show", "a call", "their
  // plans"): no verb follows them directly.
  if (k > lo && NOUN_DETERMINERS.has(prev.toLowerCase())) return null;
  // Headlines capitalise every word: "…, Former White House Doctor Says."
  const headlineEnd = (!tokens[k + 1] || k + 1 >= hi || tokens[k + 1]!.kind === 'punct') && titleCase(tokens, lo, hi);
  if (/^\p{Lu}/u.test(tok.text) && k > lo && !headlineEnd) return null;
  for (const form of forms) {
    if (k + form.words.length > hi || (form.kind === 'attitude' && !attitudes)) continue;
    let ok = true;
    for (let i = 1; i < form.words.length; i++) {
      if (tokens[k + i]!.text.toLowerCase() !== form.words[i]) ok = false;
    }
    if (!ok) continue;
    if (isPassive(tokens, k, lo, word)) return null;
    return { first: k, end: k + form.words.length, form };
  }
  return null;
}

/** All cues in tokens [lo, hi). */
export function cuesIn(tokens: Token[], lo: number, hi: number, attitudes = false): CueMatch[] {
  const out: CueMatch[] = [];
  for (let k = lo; k < hi; k++) {
    const c = cueAt(tokens, k, lo, hi, attitudes);
    if (c) {
      out.push(c);
      k = c.end - 1;
    }
  }
  return out;
}

/**
 * A passive cue with its agent: "has been endorsed by X", "was first reported by X", "were
 * rejected by X". Returns the cue's token range, the index of the "be" word (the subject ends
 * before it) and the first token after "by"; null when `k` does not open one.
 */
export function passiveByAt(tokens: Token[], k: number, lo: number, hi: number): { first: number; end: number; be: number; agent: number } | null {
  const tok = tokens[k];
  if (!tok || tok.kind !== 'word' || tokens[k + 1]?.text.toLowerCase() !== 'by' || k + 2 >= hi) return null;
  const word = tok.text.toLowerCase();
  const forms = lexicon().cues.get(word);
  if (!forms || !forms.some((f) => f.words.length === 1 && f.kind !== 'belief')) return null;
  if (!isPassive(tokens, k, lo, word)) return null;
  let be = k - 1;
  while (be >= lo && !BE.has(tokens[be]!.text.toLowerCase())) be--;
  // "has been endorsed": the subject ends before the auxiliary.
  while (be - 1 >= lo && /^(?:has|have|had|will|would|could|may|might|can)$/.test(tokens[be - 1]!.text.toLowerCase())) be--;
  return { first: be, end: k + 2, be, agent: k + 2 };
}
