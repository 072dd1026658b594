import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stackFeatures } from '../../src/nlp/ner/stack.js';
import { TAG_INDEX } from '../../src/nlp/ner/tags.js';
import { decodeModel, encodeModel } from '../../src/nlp/ner/model-file.js';
import { N_TAGS } from '../../src/nlp/ner/tags.js';

const toks = (words: string[]) => words.map((text) => ({ start: 0, end: 0, text }));
const tags = (ts: string[]) => ts.map((t) => TAG_INDEX.get(t)!);

test('second-pass features: the other mentions of a word and the entities it is part of', () => {
  const doc = [toks(['Bill', 'Clinton', 'spoke']), toks(['Clinton', 'said'])];
  const first = [tags(['B-PER', 'L-PER', 'O']), tags(['U-ORG', 'O'])];
  const f = stackFeatures(doc, first)[1]![0]!;
  for (const want of ['s1=U-ORG', 'sd=PER', 'sd-all=PER', 'se=PER', 'sf=PER']) {
    assert.ok(f.includes(want), `second-pass features of the second "Clinton" lack ${want}: ${f.join(' ')}`);
  }
});

test('model file round trip keeps feature names and weights (16-bit quantisation)', () => {
  const index = new Map([['w=Putin', 0], ['l=putin', 1]]);
  const w = new Float32Array(2 * N_TAGS).map((_, i) => (i % 3) - 1.5 + i / 100);
  const back = decodeModel(encodeModel({ index, w }));
  assert.deepEqual([...back.index], [...index]);
  for (let i = 0; i < w.length; i++) assert.ok(Math.abs(back.w[i]! - w[i]!) < 1e-3, `weight ${i}: ${back.w[i]} vs ${w[i]}`);
});
