/**
 * The recogniser on the whole seed article (../shared/seed/rferl-tajik-base.txt, through the real extract
 * and segment stages): the names a reader would pick out, each with its CoNLL type.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../src/extract/index.js';
import { segment } from '../../src/nlp/segment.js';
import { recognize } from '../../src/nlp/ner/index.js';
import { needsSeed, seedText } from '../shared-data.js';

test('seed article: people, places and organisations with their types', needsSeed(), () => {
  const raw = seedText();
  const article = extractArticle(raw, 'text', {});
  const text = article.text;
  const found = new Set(recognize(text, segment(text, article.paragraphs)).map((s) => `${s.label} ${text.slice(s.start, s.end)}`));
  const wanted = [
    'PER Vladimir Putin', 'PER Putin', 'PER Emomali Rahmon', 'PER Rahmon', 'PER Yuri Ushakov', 'PER Sergei Lavrov',
    'LOC Dushanbe', 'LOC Tajikistan', 'LOC Russia', 'LOC Afghanistan', 'LOC Kyrgyzstan',
    'ORG NATO', 'ORG 201st Motorized Division',
    'MISC Russian', 'MISC Tajik',
  ];
  const missing = wanted.filter((w) => !found.has(w));
  assert.deepEqual(missing, [], `seed article: missing ${JSON.stringify(missing)}; found ${JSON.stringify([...found])}`);
  for (const bad of ['PER Russia', 'LOC Putin', 'PER NATO']) assert.ok(!found.has(bad), `seed article: wrongly found ${bad}`);
});
