/**
 * Attribution scope (issue 7): a long subject phrase as the source, a tail attribution closing
 * a content, stances completed by a preposition ("accused X of …"), and a second verb of the
 * speaker's after an object or an infinitive.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf, show, broad } from './helpers.js';
import { segment } from '../../src/nlp/segment.js';


test('a long subject phrase opening the sentence is the source of its cue', () => {
  const t = 'Specialists in fisheries and coastal ecology said the new quota could empty the bay within a decade.';
  const qs = broad(t);
  const q = qs.find((x) => x.text.startsWith('the new quota could'));
  assert.ok(q, show(qs));
  assert.equal(q!.speaker?.name, 'Specialists in fisheries and coastal ecology');
});

test('a phrase with its own verb before the cue is not taken as the source', () => {
  const qs = broad('The harbour closed in March and inspectors said the pier was unsafe.');
  assert.ok(!qs.some((q) => q.speaker?.name.startsWith('The harbour')), show(qs));
});

test('a tail attribution closes the content of an earlier cue', () => {
  // The wish ends before ", an aide said", so it lies inside the aide's report, which is the one
  // attribution the text makes (refine.ts, outermost).
  const qs = broad('The mayor wants to rebuild the old bridge before winter, an aide said.');
  assert.deepEqual(qs.map((q) => [q.text, q.speaker?.name]), [['The mayor wants to rebuild the old bridge before winter', 'an aide']], show(qs));
});

test('an attribution wholly inside another one\'s content is part of it', () => {
  const qs = broad('The union said the company plans to close two plants.');
  assert.ok(qs.some((q) => q.text === 'the company plans to close two plants'), show(qs));
  assert.ok(!qs.some((q) => q.text.startsWith('to close two plants')), show(qs));
});

test('the tail cut leaves news speech unchanged where no tail follows', () => {
  const qs = quotesOf('The governor said the dam would hold, despite the heavy rain.');
  assert.ok(qs.some((q) => q.text.startsWith('the dam would hold')), show(qs));
});

test('a stance completed by a preposition runs through its complement', () => {
  const qs = broad('The union accused the company, its largest employer, of hiding the accident from regulators.');
  const q = qs.find((x) => x.cue && x.text.startsWith('the company'));
  assert.ok(q, show(qs));
  assert.ok(q!.text.endsWith('of hiding the accident from regulators'), show(qs));
});

test('a stance without its preposition keeps the object alone', () => {
  const qs = broad('The union criticized the new rota in a letter to staff.');
  assert.ok(qs.some((q) => q.text === 'the new rota'), show(qs));
});

test('the speaker\'s second verb ends an object or an infinitive content', () => {
  const qs = broad('The council praised the volunteers but also warned that funding would end. The minister promised to lower fares and was applauded by commuters.');
  assert.ok(qs.some((q) => q.text === 'the volunteers'), show(qs));
  assert.ok(qs.some((q) => q.text === 'to lower fares'), show(qs));
});

test('a clause content keeps its own coordinated verbs', () => {
  const qs = broad('The engineer said the tunnel flooded and was closed for a week.');
  assert.ok(qs.some((q) => q.text === 'the tunnel flooded and was closed for a week'), show(qs));
});
