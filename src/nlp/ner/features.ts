/**
 * Feature extraction. Static features depend only on the text (the word, its shape, affixes, the
 * words around it, gazetteer matches, and what the rest of the document says about the same word);
 * dynamic features depend on the tags already chosen (previous tags, and the types this document
 * has already given the same word: the "prediction history" of Ratinov & Roth, 2009).
 */
import type { NerToken } from './tokens.js';
import { type Gazetteer, matchGazetteer } from './gazetteer.js';
import { isAllCaps, isCapitalised, shape, shortShape, titleCase } from './shape.js';

/** What the whole document says about its words, gathered before tagging. */
export interface DocumentInfo {
  /** Lower-cased words that occur written in lower case somewhere in the document. */
  lowerSeen: Set<string>;
  /** Lower-cased words that occur capitalised (not all caps) away from a sentence start. */
  capSeen: Set<string>;
  /** Per capitalised word (lower-cased): the words around its mentions, for context aggregation. */
  contexts: Map<string, Array<[number, number, string[]]>>;
}

/** Mentions whose contexts are aggregated per word, and words taken each side. */
const CONTEXT_MENTIONS = 6;
const CONTEXT_WINDOW = 2;

function isCapsSentence(sent: readonly NerToken[]): boolean {
  let letters = 0;
  for (const t of sent) {
    if (/\p{Ll}/u.test(t.text)) return false;
    if (/\p{Lu}/u.test(t.text)) letters++;
  }
  return letters >= 2;
}

export function documentInfo(doc: readonly (readonly NerToken[])[]): DocumentInfo {
  const lowerSeen = new Set<string>();
  const capSeen = new Set<string>();
  const contexts = new Map<string, Array<[number, number, string[]]>>();
  doc.forEach((sent, si) => {
    sent.forEach((t, i) => {
      if (!/\p{Lu}/u.test(t.text)) return;
      const key = t.text.toLowerCase();
      let list = contexts.get(key);
      if (!list) contexts.set(key, (list = []));
      if (list.length >= CONTEXT_MENTIONS) return;
      const around: string[] = [];
      for (let k = Math.max(0, i - CONTEXT_WINDOW); k <= Math.min(sent.length - 1, i + CONTEXT_WINDOW); k++) {
        if (k !== i && /\p{Ll}/u.test(sent[k]!.text)) around.push((k < i ? '<' : '>') + sent[k]!.text.toLowerCase());
      }
      list.push([si, i, around]);
    });
  });
  for (const sent of doc) {
    if (isCapsSentence(sent)) continue;
    sent.forEach((t, i) => {
      const w = t.text;
      if (!/\p{L}/u.test(w)) return;
      if (w === w.toLowerCase()) lowerSeen.add(w);
      else if (i > 0 && isCapitalised(w) && !isAllCaps(w)) capSeen.add(w.toLowerCase());
    });
  }
  return { lowerSeen, capSeen, contexts };
}

const BOS = '<s>';
const EOS = '</s>';

/** The features of a word on its own (the same wherever it occurs, so the tagger caches their rows). */
export function wordFeatures(w: string): string[] {
  const l = w.toLowerCase();
  const f: string[] = ['b', 'w=' + w, 'l=' + l, 'ss=' + shortShape(w)];
  const fullShape = shape(w);
  if (fullShape.length <= 8) f.push('sh=' + fullShape);
  for (let k = 1; k <= 4 && k < l.length; k++) f.push(`p${k}=` + l.slice(0, k), `s${k}=` + l.slice(-k));
  return f;
}

/**
 * The static features of every token of a sentence (`si`: its index in the document); without
 * `withWord`, only those that depend on the context (the word's own come from `wordFeatures`).
 */
export function sentenceFeatures(sent: readonly NerToken[], gaz: Gazetteer, info: DocumentInfo, si = -1, withWord = true): string[][] {
  const words = sent.map((t) => t.text);
  const lower = words.map((w) => w.toLowerCase());
  const shapes = words.map(shortShape);
  const gazMatches = matchGazetteer(gaz, words);
  const capsSent = isCapsSentence(sent);
  const n = words.length;
  const lw = (i: number) => (i < 0 ? BOS : i >= n ? EOS : lower[i]!);
  const ss = (i: number) => (i < 0 ? BOS : i >= n ? EOS : shapes[i]!);
  const out: string[][] = [];
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    const l = lower[i]!;
    const s = shapes[i]!;
    const f: string[] = withWord ? wordFeatures(w) : [];
    f.push('l-1=' + lw(i - 1), 'l+1=' + lw(i + 1), 'l-2=' + lw(i - 2), 'l+2=' + lw(i + 2));
    f.push('l-1|l=' + lw(i - 1) + '|' + l, 'l|l+1=' + l + '|' + lw(i + 1));
    f.push('ss-1|ss=' + ss(i - 1) + '|' + s, 'ss|ss+1=' + s + '|' + ss(i + 1), 'ss-1|ss|ss+1=' + ss(i - 1) + '|' + s + '|' + ss(i + 1));
    f.push('w-1|ss=' + (i > 0 ? words[i - 1] : BOS) + '|' + s, 'ss|w+1=' + s + '|' + (i + 1 < n ? words[i + 1] : EOS));
    if (i === 0) f.push('first|ss=' + s);
    if (capsSent) f.push('caps-sent', 'caps-sent|l=' + l);
    for (const g of gazMatches[i]!) f.push('g=' + g, 'g|ss=' + g + '|' + s);
    if (i > 0) for (const g of gazMatches[i - 1]!) f.push('g-1=' + g);
    if (i + 1 < n) for (const g of gazMatches[i + 1]!) f.push('g+1=' + g);
    // Document evidence: is this capitalised word a common word written in lower case elsewhere,
    // or a name written capitalised mid-sentence elsewhere?
    if (/\p{Lu}/u.test(w)) {
      if (info.lowerSeen.has(l)) f.push('doc-lower');
      if (info.capSeen.has(l)) f.push('doc-cap');
      if (isAllCaps(w) && info.capSeen.has(titleCase(w).toLowerCase())) f.push('doc-caps-has-title');
      if ((i === 0 || capsSent) && !info.capSeen.has(l) && info.lowerSeen.has(l)) f.push('doc-only-lower');
      // Context aggregation (Ratinov & Roth): the words around the same name's other mentions.
      const seen = new Set<string>();
      for (const [osi, oi, around] of info.contexts.get(l) ?? []) {
        if (osi === si && oi === i) continue;
        for (const a of around) if (!seen.has(a)) { seen.add(a); f.push('ctx=' + a); }
      }
    }
    for (let k = Math.max(0, i - 3); k <= Math.min(n - 1, i + 3); k++) if (k !== i && /\p{Ll}/u.test(words[k]!)) f.push('bag=' + lower[k]);
    out.push(f);
  }
  return out;
}

/** Key under which the prediction history remembers a word (capitalised words only), or null. */
export function historyKey(word: string): string | null {
  return /\p{Lu}/u.test(word) ? word.toLowerCase() : null;
}

/** Per history key: how often each type (index into `TYPES`, 4 = O) was chosen earlier in the document. */
export type History = Map<string, number[]>;

const HISTORY_LABELS = ['PER', 'ORG', 'LOC', 'MISC', 'O'];

/** The tag-dependent features of token `i`, given the tags chosen before it. */
export function dynamicFeatures(
  lowerWord: string,
  shortShp: string,
  prev1: string,
  prev2: string,
  hist: number[] | undefined,
): string[] {
  const f = ['t-1=' + prev1, 't-2|t-1=' + prev2 + '|' + prev1, 't-1|l=' + prev1 + '|' + lowerWord, 't-1|ss=' + prev1 + '|' + shortShp];
  if (hist) {
    const { best, unanimous } = historyMajority(hist);
    if (best >= 0) {
      const lab = HISTORY_LABELS[best]!;
      f.push('h=' + lab, 'h|ss=' + lab + '|' + shortShp);
      if (unanimous) f.push('h-all=' + lab);
    }
  }
  return f;
}

/** Index into the history counts for a tag. */
export function historyIndex(tag: string): number {
  if (tag === 'O') return 4;
  const t = tag.slice(2);
  return t === 'PER' ? 0 : t === 'ORG' ? 1 : t === 'LOC' ? 2 : 3;
}

/**
 * The label a word most often had earlier in the document (first of equals wins; -1 when none),
 * and whether every earlier occurrence had it. Shared by the string features and their integer ids.
 */
export function historyMajority(hist: ArrayLike<number>): { best: number; unanimous: boolean } {
  let best = -1;
  let bestN = 0;
  let total = 0;
  for (let k = 0; k < hist.length; k++) {
    total += hist[k]!;
    if (hist[k]! > bestN) {
      bestN = hist[k]!;
      best = k;
    }
  }
  return { best, unanimous: bestN === total };
}
