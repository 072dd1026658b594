/**
 * Averaged-perceptron training of the greedy tagger (used by `scripts/train-ner.ts`). Features seen
 * fewer than `minCount` times in the training data are dropped before training; after training,
 * features whose averaged weights are all near zero are pruned.
 */
import { seededRandom as rng } from '../../core/random.js';
import { N_TAGS, TAG_INDEX, TAGS, bilouFromSpans, spansFromIob } from './tags.js';
import { type LinearModel, staticRows, tagDocument } from './decode.js';
import { documentInfo, dynamicFeatures, historyIndex, historyKey, sentenceFeatures } from './features.js';
import type { Gazetteer } from './gazetteer.js';
import type { NerToken } from './tokens.js';
import { shortShape } from './shape.js';

export interface TrainingDoc {
  sentences: NerToken[][];
  /** Gold BILOU tag indices per sentence per token. */
  gold: number[][];
  /** Second-pass features (from `stackFeatures`), per sentence per token. */
  extra?: string[][][];
}

/** A training document from CoNLL tokens and their IOB1/IOB2 tags. */
export function trainingDoc(sentences: NerToken[][], iobTags: string[][]): TrainingDoc {
  return {
    sentences,
    gold: iobTags.map((tags) => bilouFromSpans(tags.length, spansFromIob(tags)).map((t) => TAG_INDEX.get(t)!)),
  };
}

/** Counts every feature the training data produces (dynamic ones with gold history) and keeps the frequent ones. */
export function buildIndex(docs: readonly TrainingDoc[], gaz: Gazetteer, minCount: number): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (f: string) => counts.set(f, (counts.get(f) ?? 0) + 1);
  for (const doc of docs) {
    const info = documentInfo(doc.sentences);
    const history = new Map<string, number[]>();
    doc.sentences.forEach((sent, si) => {
      const feats = sentenceFeatures(sent, gaz, info, si);
      const gold = doc.gold[si]!;
      sent.forEach((tok, i) => {
        for (const f of feats[i]!) add(f);
        if (doc.extra) for (const f of doc.extra[si]![i]!) add(f);
        const hk = historyKey(tok.text);
        const p1 = i > 0 ? TAGS[gold[i - 1]!]! : '<s>';
        const p2 = i > 1 ? TAGS[gold[i - 2]!]! : '<s>';
        for (const f of dynamicFeatures(tok.text.toLowerCase(), shortShape(tok.text), p1, p2, hk ? history.get(hk) : undefined)) add(f);
        if (hk) {
          let h = history.get(hk);
          if (!h) history.set(hk, (h = [0, 0, 0, 0, 0]));
          h[historyIndex(TAGS[gold[i]!]!)]!++;
        }
      });
    });
  }
  const index = new Map<string, number>();
  for (const [f, n] of counts) if (n >= minCount) index.set(f, index.size);
  return index;
}


export interface TrainOptions {
  epochs: number;
  minCount: number;
  seed: number;
  /** Called after each epoch with the averaged model so far. */
  onEpoch?: (epoch: number, model: LinearModel, mistakes: number) => void;
}

export function train(docs: readonly TrainingDoc[], gaz: Gazetteer, opts: TrainOptions): LinearModel {
  const index = buildIndex(docs, gaz, opts.minCount);
  const w = new Float32Array(index.size * N_TAGS);
  const acc = new Float64Array(index.size * N_TAGS);
  let c = 1;
  const model: LinearModel = { index, w };
  const rows = docs.map((d) => staticRows(index, d.sentences, gaz, d.extra));
  const order = docs.map((_, i) => i);
  const random = rng(opts.seed);
  const averaged = (): LinearModel => {
    const avg = new Float32Array(w.length);
    for (let i = 0; i < w.length; i++) avg[i] = w[i]! - acc[i]! / c;
    return { index, w: avg };
  };
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let mistakes = 0;
    for (const di of order) {
      const doc = docs[di]!;
      tagDocument(model, doc.sentences, rows[di]!, {
        gold: doc.gold,
        update(frows, gold, pred) {
          mistakes++;
          for (const r of frows) {
            const b = r * N_TAGS;
            w[b + gold]! += 1;
            acc[b + gold]! += c;
            w[b + pred]! -= 1;
            acc[b + pred]! -= c;
          }
        },
        tick() {
          c++;
        },
      });
    }
    opts.onEpoch?.(epoch, averaged(), mistakes);
  }
  return averaged();
}

/** Drops features whose weights are all below `threshold` in absolute value. */
export function prune(model: LinearModel, threshold: number): LinearModel {
  const index = new Map<string, number>();
  const keep: number[] = [];
  for (const [f, r] of model.index) {
    let big = false;
    for (let t = 0; t < N_TAGS; t++) if (Math.abs(model.w[r * N_TAGS + t]!) >= threshold) { big = true; break; }
    if (big) {
      index.set(f, keep.length);
      keep.push(r);
    }
  }
  const w = new Float32Array(keep.length * N_TAGS);
  keep.forEach((r, i) => w.set(model.w.subarray(r * N_TAGS, (r + 1) * N_TAGS), i * N_TAGS));
  return { index, w };
}
