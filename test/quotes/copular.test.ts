/**
 * Attribution scope: views held through a copula ("are worried that …", "has been critical
 * of …"), agentless passives that attribute a charge or an expectation ("was accused of …", "is
 * expected to …"), verbs that report only through a that-clause ("ruled that", "charges that"),
 * and quoted paragraphs that are nobody's words (headings, stage directions).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleOf, quotesOf, show, sliceOf, broad, starting } from './helpers.js';
import { segment } from '../../src/nlp/segment.js';
import { copularCandidates } from '../../src/quotes/copular.js';
import { makeDoc } from '../../src/quotes/context.js';



test('copular adjective: "X are worried that …" holds a view, X its source (attribution scope only)', () => {
  const t = 'The farmers are worried that the new dam will flood their fields.';
  const q = starting(broad(t), 'the new dam');
  assert.equal(q.text, 'the new dam will flood their fields');
  assert.equal(q.speaker?.name, 'The farmers');
  assert.ok(!quotesOf(t).some((x) => x.text.startsWith('the new dam')), show(quotesOf(t)));
});

test('copular adjective: "has been critical of" takes its object as the content', () => {
  const t = 'The council has been critical of the harbour plan since March.';
  const q = starting(broad(t), 'the harbour plan');
  assert.equal(q.text, 'the harbour plan');
  assert.equal(q.speaker?.name, 'The council');
});

test('copular adjective: a pronoun subject after a reporting verb stands for its speaker', () => {
  const t = 'The nurses said they were frustrated that the clinic closed early.';
  // The frame itself names the reporting verb's speaker …
  const doc = makeDoc(t, segment(t, articleOf(t).paragraphs));
  const c = copularCandidates(doc).find((x) => t.slice(x.start, x.end).startsWith('the clinic closed'));
  assert.ok(c?.attribution?.speaker, 'the frame proposes the view with a speaker');
  const sp = c.attribution.speaker;
  assert.equal(t.slice(doc.tokens[sp.first]!.start, doc.tokens[sp.end - 1]!.end), 'The nurses');
  // … and the stage keeps the outer report, which holds the view (refine.ts, outermost).
  const qs = broad(t);
  assert.deepEqual(qs.map((q) => [q.text, q.speaker?.name]), [['they were frustrated that the clinic closed early', 'The nurses']], show(qs));
});

test('copular adjective: a named view inside a report is part of the report, not a second attribution', () => {
  const qs = broad('Analysts say the investors are eager to sell their shares.');
  assert.ok(!qs.some((q) => q.text.startsWith('to sell')), show(qs));
});

test('copular adjective: no copula, no frame ("the worried farmers")', () => {
  const qs = broad('The worried farmers met the minister about the dam on Monday.');
  assert.equal(qs.length, 0, show(qs));
});

test('agentless passive: "X was accused of Y" attributes X … Y with no source', () => {
  const t = 'The mayor was accused of hiding the budget report from the council.';
  const qs = broad(t).filter((q) => q.cue && sliceOf(t, q.cue) === 'was accused of');
  assert.deepEqual(qs.map((q) => q.text), ['The mayor', 'hiding the budget report from the council'], show(qs));
  assert.ok(qs.every((q) => q.speaker === null), show(qs));
  assert.equal(quotesOf(t).length, 0, show(quotesOf(t)));
});

test('agentless passive: "is expected to" with its subject; "is expected" before a noun is no frame', () => {
  const t = 'Turnout is expected to fall sharply this year. A storm is expected tomorrow.';
  const qs = broad(t);
  assert.ok(qs.some((q) => q.text === 'Turnout'), show(qs));
  assert.ok(qs.some((q) => q.text === 'to fall sharply this year'), show(qs));
  assert.ok(!qs.some((q) => q.text.startsWith('A storm')), show(qs));
});

test('that-clause verbs: "ruled that" and "charges that" report; "ruled out" does not', () => {
  const qs = broad('The court ruled that the fence was illegal. The senator charges that the agency lied. The court ruled out a retrial.');
  assert.equal(starting(qs, 'the fence').speaker?.name, 'The court');
  assert.equal(starting(qs, 'the agency lied').speaker?.name, 'The senator');
  assert.ok(!qs.some((q) => q.text.includes('retrial')), show(qs));
});

test('quoted paragraphs that are nobody\'s words: a heading, a stage direction, a follow line', () => {
  const t = [
    'The minister said the port would reopen in May.',
    "'Rain Falls on the Plain.'",
    '"(LAUGHTER.)',
    '"Follow Ann Lee on Twitter @annlee."',
  ].join('\n\n');
  for (const qs of [quotesOf(t), broad(t)]) {
    assert.ok(!qs.some((q) => /Rain Falls|LAUGHTER|Follow Ann/.test(q.text)), show(qs));
  }
});

test('a quoted paragraph with a lower-case sentence is still a quote', () => {
  const t = 'The minister spoke to the crowd.\n\n"We will rebuild the port before winter."';
  assert.ok(quotesOf(t).some((q) => q.text.startsWith('We will rebuild')), show(quotesOf(t)));
});
