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

const BE = new Set(['was', 'were', 'been', 'be', 'is', 'are', 'being', "'s"]);
const PARTICIPLE_IRREGULAR = new Set(['told', 'said', 'shown', 'found', 'thought', 'written', 'called']);

function isPassive(tokens: Token[], first: number, lo: number, word: string): boolean {
  if (!word.endsWith('ed') && !PARTICIPLE_IRREGULAR.has(word)) return false;
  let p = first - 1;
  const mods = lexicon().modifiers;
  while (p >= lo && mods.has(tokens[p]!.text.toLowerCase()) && !BE.has(tokens[p]!.text.toLowerCase())) p--;
  return p >= lo && BE.has(tokens[p]!.text.toLowerCase());
}

/** The cue starting at token `k`, if any (`lo` bounds the passive check: the sentence start). */
export function cueAt(tokens: Token[], k: number, lo: number, hi: number): CueMatch | null {
  const tok = tokens[k];
  if (!tok || tok.kind !== 'word') return null;
  const word = tok.text.toLowerCase();
  if (word === 'according' && tokens[k + 1]?.text.toLowerCase() === 'to' && k + 1 < hi) {
    return { first: k, end: k + 2, form: { lemma: 'according to', kind: 'speech', bare: false, object: false, words: ['according', 'to'] } };
  }
  const forms = lexicon().cues.get(word);
  if (!forms) return null;
  // A capitalised cue word inside a sentence is a name or title ("Said", "Call"), not a verb.
  if (/^\p{Lu}/u.test(tok.text) && k > lo) return null;
  for (const form of forms) {
    if (k + form.words.length > hi) continue;
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
export function cuesIn(tokens: Token[], lo: number, hi: number): CueMatch[] {
  const out: CueMatch[] = [];
  for (let k = lo; k < hi; k++) {
    const c = cueAt(tokens, k, lo, hi);
    if (c) {
      out.push(c);
      k = c.end - 1;
    }
  }
  return out;
}
