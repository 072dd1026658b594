/** Segmenter rules (tokens and sentences keep exact offsets) and a property test over random text. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { segment, tokenize, sentenceIndexAt } from '../../src/nlp/segment.js';

const sentences = (t: string) => segment(t, [{ start: 0, end: t.length }]).sentences.map((s) => t.slice(s.start, s.end));

test('tokens: abbreviations, initialisms, numbers, possessives, hyphens', () => {
  const t = 'Mr. Putin met U.S. officials; 7,000 troops and $1.2 billion. Russia\'s 201st well-known al-Qaida.';
  assert.deepEqual(tokenize(t).map((x) => x.text), ['Mr.', 'Putin', 'met', 'U.S.', 'officials', ';', '7,000', 'troops', 'and', '$', '1.2', 'billion', '.', "Russia's", '201st', 'well-known', 'al-Qaida', '.']);
});

test('sentences: titles and months do not end a sentence', () => {
  assert.deepEqual(sentences('Mr. Putin arrived on Dec. 15 in Dushanbe. He left.'), ['Mr. Putin arrived on Dec. 15 in Dushanbe.', 'He left.']);
});

test('sentences: a quote that ends a sentence keeps its closing mark', () => {
  assert.deepEqual(sentences('"We will go," he said. "Now."'), ['"We will go," he said.', '"Now."']);
});

test('sentences: "U.S." ends a sentence before "The"', () => {
  assert.deepEqual(sentences('The talks were held in the U.S. The delegation left.'), ['The talks were held in the U.S.', 'The delegation left.']);
});

test('sentences: paragraphs always end a sentence', () => {
  const t = 'Breaking News\n\nRussia signed';
  const s = segment(t, [{ start: 0, end: 13 }, { start: 15, end: t.length }]).sentences;
  assert.equal(s.length, 2);
  assert.equal(s[1]!.paragraph, 1);
});

test('regression: a run of 100,000 dots is one sentence, not a quadratic scan', { timeout: 20_000 }, () => {
  const t = '.'.repeat(100_000);
  const r = segment(t, [{ start: 0, end: t.length }]);
  assert.equal(r.sentences.length, 1);
  assert.equal(r.tokens.length, 100_000);
});

test('property: tokens and sentences are ordered spans inside the text, matching text.slice', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 300 }), (t) => {
      const r = segment(t, [{ start: 0, end: t.length }]);
      let last = 0;
      for (const tok of r.tokens) {
        assert.ok(tok.start >= last && tok.end <= t.length && tok.start < tok.end);
        assert.equal(t.slice(tok.start, tok.end), tok.text);
        last = tok.end;
      }
      for (const s of r.sentences) {
        assert.ok(s.start <= s.end && s.end <= t.length);
        assert.equal(sentenceIndexAt(r.sentences, s.start), r.sentences.indexOf(s));
      }
    }),
    { numRuns: 500 },
  );
});

test('sentences: a middle initial does not end a sentence ("Army Maj. Dennis R. Holt said")', () => {
  assert.deepEqual(sentences('The suspect was sought, Army Maj. Dennis R. Holt said in a written reply. Others agreed.'), [
    'The suspect was sought, Army Maj. Dennis R. Holt said in a written reply.',
    'Others agreed.',
  ]);
});

test('sentences: a dot inside a short parenthesis does not end a sentence ("Sen. X (R-Ohio.) said")', () => {
  assert.deepEqual(sentences('Sen. Ann Ross (D-N.Y.) said the bill would pass. Critics disagreed.'), [
    'Sen. Ann Ross (D-N.Y.) said the bill would pass.',
    'Critics disagreed.',
  ]);
});
