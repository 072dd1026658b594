/** The tone stage: GDELT's document tone from word valences, with negation and names left out. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/index.js';

const toneOf = (text: string) => extract(text, { published: '2024-05-02', format: 'text' }).tone!;

test('tone: hostile news reads negative, friendly news positive', () => {
  assert.ok(toneOf('Militants attacked the village, killing civilians and destroying homes in a brutal assault.').tone < -5);
  assert.ok(toneOf('The two leaders praised the agreement and welcomed the progress in their friendly talks.').tone > 5);
});

test('tone: GDELT arithmetic over all words (tone = positive − negative, polarity = positive + negative)', () => {
  const t = toneOf('The minister praised the deal but condemned the attack.');
  assert.equal(t.wordCount, 9);
  assert.equal(t.positive, Math.round((100 * 1) / 9 * 1000) / 1000);
  assert.equal(t.negative, Math.round((100 * 2) / 9 * 1000) / 1000);
  assert.ok(Math.abs(t.tone - (t.positive - t.negative)) < 0.002);
  assert.ok(Math.abs(t.polarity - (t.positive + t.negative)) < 0.002);
});

test('tone: a negator flips the next words ("did not welcome")', () => {
  const r = extract('The government did not welcome the proposal.', { published: '2024-05-02', format: 'text' });
  const welcome = r.tone!.scored.find((w) => r.article.text.slice(w.start, w.end) === 'welcome');
  assert.ok(welcome && welcome.score < 0, 'negated welcome counts as negative');
});

test('tone: capitalised words inside a sentence are names, not sentiment ("United Nations", "Justice Party")', () => {
  const r = extract('Officials of the United Nations met the Freedom and Justice Party in Cairo.', { published: '2024-05-02', format: 'text' });
  assert.deepEqual(r.tone!.scored.map((w) => r.article.text.slice(w.start, w.end)), []);
});

test('tone: personal pronouns give the self/group reference density', () => {
  const t = toneOf('We told them that they must leave, he said.');
  assert.equal(t.selfGroupDensity, Math.round((100 * 4) / 9 * 1000) / 1000);
});
