/**
 * What news speech reports and what only the attribution scope does: appeals and findings with
 * their objects, reported speech that quotes some of its words, relative-clause cues, adjuncts
 * after an interrupting attribution, noun cues ("the decision to …").
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf, show, sliceOf, broad } from './helpers.js';
import { segment } from '../../src/nlp/segment.js';


test('appeals and findings with an object are attributions, not news speech', () => {
  const t = 'The envoy urged both parties to resume the talks. Inspectors found the warehouse empty. In a letter, the bishop called on farmers to plant trees.';
  assert.equal(quotesOf(t).length, 0, show(quotesOf(t)));
  const qs = broad(t);
  assert.ok(qs.some((q) => q.text.startsWith('both parties to resume')), show(qs));
});

test('a finding verb still reports its that-clause in news speech', () => {
  const qs = quotesOf('The inspectors found that the dam had been poorly maintained.');
  assert.equal(qs.length, 1, show(qs));
  assert.equal(qs[0]!.text, 'the dam had been poorly maintained');
});

test('reported speech quoting some of its words is a partial quote in news speech, the whole clause in attribution scope', () => {
  const t = 'The minister said the reform was "long overdue" and would pass in spring.';
  const qs = quotesOf(t);
  assert.deepEqual(qs.map((q) => [q.kind, q.text]), [['partial', 'long overdue']], show(qs));
  assert.ok(broad(t).some((q) => q.kind === 'indirect' && q.text.startsWith('the reform was')), show(broad(t)));
});

test('a name after "said" opens the clause: a later "that" is a relative pronoun', () => {
  const qs = quotesOf('The rebels said Norway had mediated the truce that ended the fighting in May.');
  assert.equal(qs.length, 1, show(qs));
  assert.ok(qs[0]!.text.startsWith('Norway had mediated'), show(qs));
});

test('a cue inside a "what" relative clause reports nothing after it in news speech', () => {
  const qs = quotesOf('The firm was paid half of what the ministry said it owed.');
  assert.equal(qs.length, 0, show(qs));
});

test('an adjunct after an interrupting attribution is not a second part; a gerund subject is', () => {
  const a = quotesOf('The talks will resume next week in Geneva, the foreign ministry said, speaking on condition that its officials remain unnamed.');
  assert.deepEqual(a.map((q) => q.text), ['The talks will resume next week in Geneva'], show(a));
  const b = quotesOf('Although the first vote went smoothly, she said, replacing the chairman would be much harder and could split the party.');
  assert.ok(b.some((q) => q.text.startsWith('replacing the chairman would be')), show(b));
});

test('noun cues carry attributions in attribution scope only, the possessor being the source', () => {
  const t = "Norway's decision to close the embassy surprised diplomats. The opposition rejected the claim that turnout had doubled.";
  assert.equal(quotesOf(t).length, 0, show(quotesOf(t)));
  const qs = broad(t);
  const d = qs.find((q) => q.text.startsWith('to close the embassy'));
  assert.ok(d, show(qs));
  assert.equal(sliceOf(t, d.cue), 'decision');
  assert.equal(sliceOf(t, d.speaker), "Norway's");
  // The claim is what the opposition rejected: one attribution, the noun's own inside it (refine.ts, outermost).
  assert.ok(qs.some((q) => q.text === 'the claim that turnout had doubled' && sliceOf(t, q.cue) === 'rejected'), show(qs));
  assert.ok(!qs.some((q) => q.text === 'turnout had doubled'), show(qs));
});

test('a noun followed by a relative "that" is no cue', () => {
  const qs = broad('The statement that was issued on Monday ran to four pages.');
  assert.ok(!qs.some((q) => q.text.startsWith('was issued')), show(qs));
});
