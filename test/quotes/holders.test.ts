/**
 * Attribution scope: finding the source (holder) of an attribution whose cue is known, and the
 * frames that keep such candidates alive: auxiliaries and negations before the cue, dashes and
 * time adjuncts after the subject, relative pronouns, shares and quantifiers as subjects, verbs
 * coordinated after an auxiliary, "as" clauses, gerund and pronoun objects.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf, show, broad } from './helpers.js';
import { segment } from '../../src/nlp/segment.js';


function sourceOf(t: string, content: string): string | null | undefined {
  const qs = broad(t);
  const q = qs.find((x) => x.text.startsWith(content));
  assert.ok(q, `no content starting "${content}": ${show(qs)}`);
  return q!.speaker ? t.slice(q!.speaker.start, q!.speaker.end) : null;
}

test('a negated auxiliary between subject and cue leaves the subject as the source', () => {
  assert.equal(sourceOf('The minister didn’t suggest the tax would rise.', 'the tax would rise'), 'The minister');
  assert.equal(sourceOf('The council has long said the bridge is unsafe.', 'the bridge is unsafe'), 'The council');
});

test('a capitalised name ending in a modal is not cut as a modifier', () => {
  assert.equal(sourceOf('Prime Minister Ann May said the treaty was signed.', 'the treaty was signed'), 'Prime Minister Ann May');
});

test('an appositive between dashes is skipped to reach the subject', () => {
  assert.equal(sourceOf('Ruiz -- author of a book on elections, a study of voters -- said the mayor tended to exaggerate.', 'the mayor tended'), 'Ruiz');
});

test('a month or year after "in" between subject and cue is a time adjunct', () => {
  assert.equal(sourceOf('Federal auditors in 2009 found that the fund was empty.', 'the fund was empty'), 'Federal auditors');
});

test('a relative pronoun after a noun is the holder of the stance in its clause', () => {
  assert.equal(sourceOf('The town hired a firm that opposes the new zoning rules.', 'the new zoning rules'), 'that');
});

test('a relative clause after a comma does not take the sentence before it as a tail content', () => {
  const qs = broad('The talks included envoys of the old regime, which has strongly denied any role in the coup.');
  assert.ok(!qs.some((q) => q.text.startsWith('The talks included')), show(qs));
});

test('a share of respondents is the source of what they said', () => {
  assert.equal(sourceOf('However, 58 percent said the senator was right to resign.', 'the senator was right'), '58 percent');
});

test('a quantifier standing alone is a source, but not before a participle', () => {
  assert.equal(sourceOf('Many believe the vote was rigged.', 'the vote was rigged'), 'Many');
  const qs = broad('The library is a fine place for anyone wanting to study local history.');
  assert.ok(!qs.some((q) => q.text.startsWith('to study')), show(qs));
});

test('a verb coordinated after an auxiliary or adverb shares the clause subject', () => {
  assert.equal(sourceOf('The senator has praised the bill and has called for a vote on the measure.', 'a vote on the measure'), 'The senator');
  assert.equal(sourceOf('She complained about the delay, even suggesting the board had acted in bad faith.', 'the board had acted'), 'She');
});

test('a participle after a nested report shares the outer speaker', () => {
  const t = 'The chairman said he did not believe the merger would fail, arguing that the banks had agreed.';
  assert.equal(sourceOf(t, 'the banks had agreed'), 'The chairman');
});

test('an "as" clause with a cue attributes the sentence around it', () => {
  assert.equal(sourceOf('As many lawyers have noted, the senator is free to release his records.', 'the senator is free'), 'many lawyers');
  assert.equal(sourceOf('The report does not say whether the driver was armed, as the police have said.', 'The report does not say'), 'the police');
  const qs = broad('The streets were quiet as many shoppers continued to stay home.');
  assert.ok(!qs.some((q) => q.text.startsWith('The streets')), show(qs));
});

test('a gerund is the object of a stance that takes one', () => {
  assert.equal(sourceOf('The council proposes allowing farmers to sell the surplus grain.', 'allowing farmers'), 'The council');
});

test('"her" before a noun is a determiner, and a pronoun before a complement is the object', () => {
  assert.equal(sourceOf('The governor is promoting her plans for new roads.', 'her plans for new roads'), 'The governor');
  assert.equal(sourceOf('The governor blasted him for not paying taxes.', 'him for not paying taxes'), 'The governor');
});

test('"this" before a noun opens a clause after a bare attitude verb', () => {
  assert.equal(sourceOf('As a child I knew this hatred was wrong.', 'this hatred was wrong'), 'I');
});

test('news speech: a verb coordinated with "and" introducing a full quote shares the subject', () => {
  const qs = quotesOf('She pleads with the officers and repeatedly says, "Do not shoot him."');
  const q = qs.find((x) => x.text.includes('Do not shoot him'));
  assert.ok(q, show(qs));
  assert.equal(q!.speaker?.name, 'She');
});

test('news speech: a verb after a name is not taken into an inverted speaker', () => {
  const t = 'Councilor Ruth Abano said Monday that she thinks the audit should be published but said "the question is who pays."';
  const qs = quotesOf(t);
  assert.ok(!qs.some((q) => /said Monday/.test(q.speaker?.name ?? '')), show(qs));
});
