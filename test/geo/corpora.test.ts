/** Regression floor on real news: the first LGL and GeoWebNews dev articles (skips without ../shared). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { needsShared, sharedPath } from '../shared-data.js';
import { readCorpus } from '../../src/geo/eval/corpora.js';
import { emptyTally, scoreDocument, summarize } from '../../src/geo/eval/score.js';
import { predictToponyms } from '../../src/geo/eval/run-places.js';

for (const [file, docs] of [['lgl-dev.xml', 40], ['GWN-dev.xml', 15]] as const) {
  test(`${file}: first ${docs} articles keep recall and accuracy@161km above 0.7`, needsShared('data', 'geo', file), () => {
    const corpus = readCorpus(readFileSync(sharedPath('data', 'geo', file), 'utf8')).slice(0, docs);
    const t = emptyTally();
    for (const d of corpus) scoreDocument(t, d.toponyms, predictToponyms(d.text, { adjectives: true }), d.neutral);
    const s = summarize(t);
    assert.ok(s.recall >= 0.7, `${file}: recall ${s.recall.toFixed(3)} < 0.7`);
    assert.ok(s.acc161 >= 0.7, `${file}: accuracy@161km ${s.acc161.toFixed(3)} < 0.7`);
  });
}
