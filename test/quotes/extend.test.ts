/**
 * Contents that would otherwise stop short of what they report (attribution scope unless said
 * otherwise): a tail attribution crediting the sentences before it, quoted words inside a tail
 * content, ", but" continuing the content's clause, modifiers of a stance's object, gerund cues
 * after a preposition, interrupted attributions with an adjunct, and relative clauses or
 * modifiers that are no boundary.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Quote } from '../../src/core/types.js';
import { quotesOf, show, broad } from './helpers.js';
import { segment } from '../../src/nlp/segment.js';
import { groupByCue, wordSet } from '../../src/eval/polnear.js';


/** The words of every prediction sharing one cue (as the PolNeAR scorer groups them). */
function grouped(t: string, qs: Quote[]): string[] {
  return groupByCue(t, qs).map((g) => [...wordSet(t, g.parts)].sort((a, b) => a - b).map((i) => /^[\p{L}\p{N}]+/u.exec(t.slice(i))![0]).join(' '));
}

test('back: a tail attribution closing a paragraph credits the unattributed sentences before it', () => {
  const t = 'The cooperative grows rice on old salt flats. The fields hold water through the dry months. One hectare can feed forty families, Ms. Okafor said.';
  const qs = broad(t);
  const q = qs.find((x) => x.text.includes('One hectare'));
  assert.ok(q, show(qs));
  assert.ok(q!.text.startsWith('The cooperative grows rice'), show(qs));
});

test('back: a sentence with its own cue or quote stops the extension', () => {
  const t = 'Critics argue that the fields waste water. The fields hold water through the dry months. One hectare can feed forty families, Ms. Okafor said.';
  const q = broad(t).find((x) => x.text.includes('One hectare'));
  assert.ok(q && q.text.startsWith('The fields hold water'), show(broad(t)));
});

test('back: a tail content without a verb (a misread subject) is not extended', () => {
  const t = 'The plant opened in 1990. His old partner at the plant, Ivo Marsh, called him a fixer of hopeless deals.';
  assert.ok(!broad(t).some((q) => q.text.startsWith('The plant opened')), show(broad(t)));
});

test('tail: quoted words inside a tail content keep the unquoted rest in the same attribution', () => {
  const t = 'A teller who “pockets a few bills” is fired on the spot, the senator said.';
  const words = grouped(t, broad(t));
  assert.ok(words.some((w) => w.startsWith('A teller who pockets a few bills is fired')), JSON.stringify(words));
});

test('but: ", but" before an auxiliary or a preposition continues the content', () => {
  const qs = broad('Several voters said they had doubts about the mayor, but could not vote against her.');
  assert.ok(qs.some((q) => q.text === 'they had doubts about the mayor, but could not vote against her'), show(qs));
});

test('but: ", but" before a new subject still ends the content', () => {
  const qs = broad('The union said wages had risen, but many members disagree.');
  assert.ok(qs.some((q) => q.text === 'wages had risen'), show(qs));
});

test('but: in news speech too, a shared-subject ", but" stays in the reported clause', () => {
  const qs = quotesOf('The minister said the talks had stalled, but would resume next week.');
  assert.ok(qs.some((q) => q.text === 'the talks had stalled, but would resume next week'), show(qs));
});

test('object: "in"/"on"/"at" modifying the object stay in a stance content', () => {
  const qs = broad('The senators questioned the city’s reliance on private lenders for its schools.');
  assert.ok(qs.some((q) => q.text.startsWith('the city’s reliance on private lenders')), show(qs));
});

test('object: "in"/"on" before a time or a medium still end the object', () => {
  const a = broad('The coach attacked the referee in late-night posts.');
  assert.ok(a.some((q) => q.text === 'the referee'), show(a));
  const b = broad('The council endorsed the plan on Tuesday.');
  assert.ok(b.some((q) => q.text === 'the plan'), show(b));
});

test('gerund: a cue after "by" reports for the clause subject', () => {
  const qs = broad('Ms. Lane began by saying she would never sell the farm.');
  const q = qs.find((x) => x.text === 'she would never sell the farm');
  assert.ok(q, show(qs));
  assert.equal(q!.speaker?.name, 'Lane');
});

test('interrupted: an adjunct after the cue does not hide the second part', () => {
  const t = 'These drivers, the manager explained later at the hearing, were paid well above the average.';
  const words = grouped(t, broad(t));
  assert.ok(words.some((w) => w === 'These drivers were paid well above the average'), JSON.stringify(words));
});

test('relative: verbs joined inside an appositive relative clause are not the speaker\'s', () => {
  const qs = broad('The candidate accused Mr. Dale, who was born and raised abroad, of hiding his income.');
  assert.ok(qs.some((q) => q.text.endsWith('of hiding his income')), show(qs));
});

test('hearer: "warned X to …" keeps the hearer and infinitive, not a later relative clause', () => {
  const qs = broad('Officials warned the factory to stop practices that could poison the river.');
  assert.ok(qs.some((q) => q.text === 'the factory to stop practices that could poison the river'), show(qs));
});

test('adverb: "proposed jointly run depots that …" keeps the object, not the relative clause', () => {
  const qs = broad('Several ministers have proposed jointly run depots that could store grain.');
  assert.ok(qs.some((q) => q.text === 'jointly run depots that could store grain'), show(qs));
});
