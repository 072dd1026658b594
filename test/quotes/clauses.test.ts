/**
 * News speech needs reported words: a noun-phrase object of "confirmed/announced/declared" is an
 * act, a fronted adjunct is the writer's scene, "he" after an unnamed source stays with it, and a
 * quote nested in an outer report belongs to the outer speaker.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf, show } from './helpers.js';

test('a noun-phrase object of a speech verb is no reported speech', () => {
  const t = 'The mayor confirmed the new parking plan. The club announced its merger with a rival. The court declared most of the contracts void.';
  assert.equal(quotesOf(t).length, 0, show(quotesOf(t)));
});

test('a bare clause after a speech verb is still reported speech', () => {
  const qs = quotesOf('The mayor confirmed the bridge had been closed. The club announced its coach would leave in June. The rector said the students went home early.');
  assert.deepEqual(qs.map((q) => q.text), ['the bridge had been closed', 'its coach would leave in June', 'the students went home early'], show(qs));
});

test('a fronted adjunct before the speaker is not content', () => {
  const t = 'Speaking at a school in the capital, the minister said, "We will build twenty more." At the market near the river, the vendors shouted, "Fresh bread!"';
  const qs = quotesOf(t);
  assert.ok(!qs.some((q) => q.kind === 'indirect'), show(qs));
  assert.ok(qs.some((q) => q.text.startsWith('We will build')), show(qs));
});

test('a fronted clause before the speaker is still content', () => {
  const qs = quotesOf('After the storm the farmers lost most of their crops, the governor said.');
  assert.equal(qs.length, 1, show(qs));
  assert.ok(qs[0]!.text.startsWith('After the storm the farmers lost'), show(qs));
});

test('an adjunct with "as" after the attribution is the writer\'s', () => {
  const qs = quotesOf('Four people were hurt in the blast, the fire brigade said, as smoke rose over the harbour.');
  assert.equal(qs.length, 1, show(qs));
  assert.ok(qs[0]!.text.startsWith('Four people were hurt'), show(qs));
});

test('"he" after an unnamed source stands for that source, not an earlier name', () => {
  const t = 'Governor Paul Brandt visited the port on Monday.\n\nA customs officer who declined to be named told reporters the cranes were idle. "We have had no ships for a week," he said.';
  const qs = quotesOf(t);
  const q = qs.find((x) => x.text.startsWith('We have had'));
  assert.ok(q, show(qs));
  assert.equal(q!.speaker?.name, 'A customs officer', show(qs));
});

test('a partial quote inside a nested report belongs to the outer speaker', () => {
  const qs = quotesOf('Senator Ruth Keller said the generals had told her the border was "fully secure".');
  const q = qs.find((x) => x.text.startsWith('fully secure'));
  assert.ok(q, show(qs));
  assert.equal(q!.speaker?.name, 'Ruth Keller', show(qs));
});
