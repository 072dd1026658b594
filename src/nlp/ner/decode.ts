/**
 * Greedy left-to-right tagging of a document with a linear model over BILOU tags. Each token's tag
 * is the best-scoring tag allowed after the previous one; the document's prediction history is
 * updated as it goes. The same loop trains the model when given gold tags and an update function:
 * training sees its own previous predictions (not the gold ones) so it learns to recover from its
 * mistakes, and is not held to the BILOU constraints, which could otherwise forbid the gold tag.
 */
import { ALLOWED, N_TAGS, TAG_INDEX, TAGS, canEnd } from './tags.js';
import { type DocumentInfo, documentInfo, historyIndex, sentenceFeatures, wordFeatures } from './features.js';
import type { Gazetteer } from './gazetteer.js';
import type { NerToken } from './tokens.js';
import { DynamicRows, documentWords, useModels } from './feature-ids.js';

/** A linear model: feature name → row; `w[row * N_TAGS + tag]`. */
export interface LinearModel {
  index: Map<string, number>;
  w: Float32Array;
}

/** The static feature names of every token of a document. */
export function documentFeatures(doc: readonly (readonly NerToken[])[], gaz: Gazetteer, info: DocumentInfo = documentInfo(doc)): string[][][] {
  return doc.map((sent, si) => sentenceFeatures(sent, gaz, info, si));
}

/** Feature rows of the static features of every token (unknown features dropped), plus `extra` ones. */
export function featureRows(index: Map<string, number>, feats: readonly string[][][], extra?: readonly string[][][]): Int32Array[][] {
  return feats.map((sent, si) =>
    sent.map((fs, i) => {
      const rows: number[] = [];
      const add = (f: string) => {
        const r = index.get(f);
        if (r !== undefined) rows.push(r);
      };
      for (const f of fs) add(f);
      if (extra) for (const f of extra[si]![i]!) add(f);
      return Int32Array.from(rows);
    }),
  );
}

/** Per model dictionary: word → rows of its `wordFeatures` (bounded, so memory stays flat). */
const wordRowCaches = new WeakMap<Map<string, number>, Map<string, Int32Array>>();
const WORD_CACHE_LIMIT = 100_000;

function wordRows(index: Map<string, number>, word: string): Int32Array {
  let cache = wordRowCaches.get(index);
  if (!cache) wordRowCaches.set(index, (cache = new Map()));
  let rows = cache.get(word);
  if (!rows) {
    const list: number[] = [];
    for (const f of wordFeatures(word)) {
      const r = index.get(f);
      if (r !== undefined) list.push(r);
    }
    rows = Int32Array.from(list);
    if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
    cache.set(word, rows);
  }
  return rows;
}

/**
 * The same rows as `featureRows(index, documentFeatures(doc, gaz), extra)`, faster: `contextFeats`
 * are `sentenceFeatures(…, withWord = false)`, and the word's own features come from a cache.
 * (The recogniser itself now uses the feature ids of `feature-ids.ts`, faster still.)
 */
export function cachedRows(index: Map<string, number>, doc: readonly (readonly NerToken[])[], contextFeats: readonly string[][][], extra?: readonly string[][][]): number[][][] {
  return contextFeats.map((sent, si) =>
    sent.map((fs, i) => {
      const rows = Array.from(wordRows(index, doc[si]![i]!.text));
      for (const f of fs) {
        const r = index.get(f);
        if (r !== undefined) rows.push(r);
      }
      if (extra) {
        for (const f of extra[si]![i]!) {
          const r = index.get(f);
          if (r !== undefined) rows.push(r);
        }
      }
      return rows;
    }),
  );
}

/** Feature rows of a document's tokens for a model. */
export function staticRows(index: Map<string, number>, doc: readonly (readonly NerToken[])[], gaz: Gazetteer, extra?: readonly string[][][]): Int32Array[][] {
  return featureRows(index, documentFeatures(doc, gaz), extra);
}

export interface Training {
  /** Gold BILOU tag indices per sentence per token. */
  gold: number[][];
  /** Called when the prediction is wrong: rows of the token's features, gold and predicted tag. */
  update(rows: number[], gold: number, pred: number): void;
  /** Called after every token (the averaging clock). */
  tick(): void;
}

/**
 * Perceptron scores are not probabilities; divided by this before the softmax they become rough
 * ones (chosen on eng.testa: spans scored 0.8–0.9 are right 88% of the time, 0.4–0.5 47%).
 */
const MARGIN_TEMPERATURE = 10;
if (N_TAGS !== 17) throw new Error('sitrep: the tagger\'s score loop is written for 17 tags');
const CANNOT_END = TAGS.map((t) => !canEnd(t));
/** B-X → U-X, I-X → L-X: the tag that ends an open entity at that token; -1 for the others. */
const CLOSE = TAGS.map((t) => (t.startsWith('B-') ? TAG_INDEX.get('U-' + t.slice(2))! : t.startsWith('I-') ? TAG_INDEX.get('L-' + t.slice(2))! : -1));
const OPENS_OR_OUTSIDE = TAGS.map((t) => t === 'O' || t.startsWith('B-') || t.startsWith('U-'));

/** Best tag, among the allowed ones when `allowed` is given (and only those that may end a sentence when `last`). */
function argmax(scores: Float64Array, allowed: readonly boolean[] | null, last: boolean): number {
  let best = -1;
  for (let t = 0; t < scores.length; t++) {
    if (allowed && (!allowed[t] || (last && CANNOT_END[t]))) continue;
    if (best < 0 || scores[t]! > scores[best]!) best = t;
  }
  return best;
}

/**
 * Tags (indices into `TAGS`) for every token of the document. With `margins`, also fills in per
 * sentence per token the softmax probability of the chosen tag among all tags (a rough confidence).
 */
export function tagDocument(
  model: LinearModel,
  doc: readonly (readonly NerToken[])[],
  rowsOf: ArrayLike<number>[][],
  training?: Training,
  margins?: number[][],
): number[][] {
  const { index, w } = model;
  const nTags = N_TAGS; // a local: imported bindings are slower to read in the hot loop
  // The dynamic features come from interned ids (`feature-ids.ts`), the rows of `dynamicFeatures`.
  useModels([index]);
  const words = documentWords(doc);
  const dyn = new DynamicRows(index);
  const history = new Map<number, number[]>();
  const scores = new Float64Array(nTags);
  const dynRows = new Int32Array(8);
  const out: number[][] = [];
  for (let si = 0; si < doc.length; si++) {
    const sent = doc[si]!;
    const tags: number[] = [];
    const srows = rowsOf[si]!;
    const gold = training?.gold[si];
    for (let i = 0; i < sent.length; i++) {
      const p1 = i > 0 ? tags[i - 1]! : -1;
      const p2 = i > 1 ? tags[i - 2]! : -1;
      const wi = words[si]![i]!;
      const hk = wi.hasUpper ? wi.lowerId : -1;
      const nDyn = dyn.fill(dynRows, wi, p1, p2, hk >= 0 ? history.get(hk) : undefined);
      const staticRow = srows[i]!;
      // The scores, one local per tag (17, checked below): the same additions in the same order as
      // a loop over tags, without the array traffic.
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0, s9 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0, s14 = 0, s15 = 0, s16 = 0;
      for (let k = 0; k < staticRow.length; k++) {
        const b = staticRow[k]! * 17;
        s0 += w[b]!;
        s1 += w[b + 1]!;
        s2 += w[b + 2]!;
        s3 += w[b + 3]!;
        s4 += w[b + 4]!;
        s5 += w[b + 5]!;
        s6 += w[b + 6]!;
        s7 += w[b + 7]!;
        s8 += w[b + 8]!;
        s9 += w[b + 9]!;
        s10 += w[b + 10]!;
        s11 += w[b + 11]!;
        s12 += w[b + 12]!;
        s13 += w[b + 13]!;
        s14 += w[b + 14]!;
        s15 += w[b + 15]!;
        s16 += w[b + 16]!;
      }
      for (let k = 0; k < nDyn; k++) {
        const b = dynRows[k]! * 17;
        s0 += w[b]!;
        s1 += w[b + 1]!;
        s2 += w[b + 2]!;
        s3 += w[b + 3]!;
        s4 += w[b + 4]!;
        s5 += w[b + 5]!;
        s6 += w[b + 6]!;
        s7 += w[b + 7]!;
        s8 += w[b + 8]!;
        s9 += w[b + 9]!;
        s10 += w[b + 10]!;
        s11 += w[b + 11]!;
        s12 += w[b + 12]!;
        s13 += w[b + 13]!;
        s14 += w[b + 14]!;
        s15 += w[b + 15]!;
        s16 += w[b + 16]!;
      }
      scores[0] = s0;
      scores[1] = s1;
      scores[2] = s2;
      scores[3] = s3;
      scores[4] = s4;
      scores[5] = s5;
      scores[6] = s6;
      scores[7] = s7;
      scores[8] = s8;
      scores[9] = s9;
      scores[10] = s10;
      scores[11] = s11;
      scores[12] = s12;
      scores[13] = s13;
      scores[14] = s14;
      scores[15] = s15;
      scores[16] = s16;
      let best = argmax(scores, null, false);
      if (!gold) {
        const last = i === sent.length - 1;
        const prev = i > 0 ? tags[i - 1]! : -1;
        if (!ALLOWED[prev + 1]![best] || (last && CANNOT_END[best])) {
          // The model wants the open entity closed (it prefers O, B or U here): close it at the
          // previous token rather than drag it on ("Abdullah political deal in Afghanistan").
          if (prev >= 0 && CLOSE[prev]! >= 0 && OPENS_OR_OUTSIDE[best]) tags[i - 1] = CLOSE[prev]!;
          best = argmax(scores, ALLOWED[(i > 0 ? tags[i - 1]! : -1) + 1]!, last);
        }
      }
      if (gold && best !== gold[i]) training!.update(Array.from(staticRow).concat(Array.from(dynRows.subarray(0, nDyn))), gold[i]!, best);
      training?.tick();
      tags.push(best);
      if (margins) {
        let z = 0;
        for (let t = 0; t < nTags; t++) z += Math.exp((scores[t]! - scores[best]!) / MARGIN_TEMPERATURE);
        (margins[si] ??= []).push(1 / z);
      }
      if (hk >= 0) {
        let h = history.get(hk);
        if (!h) history.set(hk, (h = [0, 0, 0, 0, 0]));
        h[historyIndex(TAGS[best]!)]!++;
      }
    }
    out.push(tags);
  }
  return out;
}
