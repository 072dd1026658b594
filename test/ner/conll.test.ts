import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { documentText, parseConll } from '../../src/nlp/ner/conll-format.js';
import { scoreConll } from '../../src/eval/conll.js';
import { prf } from '../../src/nlp/ner/score.js';
import { needsShared, sharedPath } from '../shared-data.js';

const SAMPLE = `-DOCSTART- -X- -X- O

EU NNP I-NP I-ORG
rejects VBZ I-VP O
German JJ I-NP I-MISC
call NN I-NP O
. . O O

Peter NNP I-NP I-PER
Blackburn NNP I-NP I-PER
`;

test('CoNLL reader: documents, sentences, gold column; text offsets match tokens', () => {
  const docs = parseConll(SAMPLE);
  assert.equal(docs.length, 1);
  assert.equal(docs[0]!.sentences.length, 2);
  assert.deepEqual(docs[0]!.sentences[1]!.map((t) => t.gold), ['I-PER', 'I-PER']);
  const { text, seg } = documentText(docs[0]!);
  assert.equal(text, 'EU rejects German call .\nPeter Blackburn');
  for (const t of seg.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.deepEqual(seg.sentences.map((s) => [s.firstToken, s.endToken]), [[0, 5], [5, 7]]);
});

test('eval smoke test: the first 20 documents of eng.testa score F1 > 0.80', needsShared('data', 'ner', 'eng.testa'), () => {
  const raw = readFileSync(sharedPath('data', 'ner', 'eng.testa'), 'utf8');
  const parts = raw.split(/(?=^-DOCSTART-)/m).slice(0, 21).join('');
  const { scores, tokens } = scoreConll(parts);
  const f1 = prf(scores.overall).f1;
  assert.ok(tokens > 1000, `only ${tokens} tokens read from the testa slice`);
  assert.ok(f1 > 0.8, `F1 on the first 20 testa documents is ${f1.toFixed(3)}`);
});
