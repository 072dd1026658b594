/**
 * Speaker heads and speech-scope frames added in the fourth pass: appositive chains, prepositional
 * heads, coordinated sources, "for his part", titles before names, sentence-opening participles,
 * statements "saying", hearers with determiners, and the frames that are not reported speech
 * (beliefs without "that", requests with an infinitive, "claimed responsibility", nested
 * "according to").
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Quote } from '../../src/core/types.js';
import { quotesOf, show } from './helpers.js';

const find = (qs: Quote[], starts: string) => {
  const q = qs.find((x) => x.text.startsWith(starts));
  assert.ok(q, `no quote starting "${starts}" in ${show(qs)}`);
  return q;
};
const none = (qs: Quote[], starts: string) => assert.ok(!qs.some((x) => x.text.startsWith(starts)), `unexpected quote "${starts}" in ${show(qs)}`);

test('two appositives: the name before the first one speaks, not the object inside it', () => {
  const t = 'Lena Vogt, a senior economist at Norbank, the lender based in Oslo, told reporters that rates would stay high.';
  assert.equal(find(quotesOf(t), 'rates would').speaker?.name, 'Lena Vogt');
});

test('a source noun with a prepositional phrase heads the speaker', () => {
  const t = 'A witness at the market said the blast shattered every window on the street.';
  assert.equal(find(quotesOf(t), 'the blast').speaker?.name, 'A witness at the market');
});

test('coordinated sources before a tail cue are one speaker', () => {
  const t = 'Gunmen attacked a police station near the river overnight, health and police officials said Tuesday.';
  assert.equal(find(quotesOf(t), 'Gunmen attacked').speaker?.name, 'health and police officials');
});

test('an agency credit before a dash is not part of the content', () => {
  const t = 'AFP - Gunmen attacked a police station near the river overnight, local officials said.';
  find(quotesOf(t), 'Gunmen attacked');
});

test('"for his part" between the subject and the cue', () => {
  const t = 'Ortega for his part stressed that the talks would resume in March.';
  assert.equal(find(quotesOf(t), 'the talks').speaker?.name, 'Ortega');
});

test('a capitalised title before a name after the participle clause', () => {
  const t = 'Calling the harbour deal "a gift to the nation", President Lund thanked the builders on Friday.';
  assert.equal(find(quotesOf(t), 'a gift').speaker?.name, 'Lund');
});

test('"issued a statement saying" reports for the subject of "issued"', () => {
  const t = 'The energy ministry issued a statement saying that fuel prices would rise next month.';
  assert.equal(find(quotesOf(t), 'fuel prices').speaker?.name, 'The energy ministry');
});

test('"made clear through an aide that" is reported speech', () => {
  const t = 'Governor Ostrander made clear through an aide that she would not seek a third term.';
  assert.equal(find(quotesOf(t), 'she would not').speaker?.name, 'Ostrander');
});

test('"told their commanders" skips the hearer before the clause', () => {
  const t = 'Several soldiers told their officers they would not fire on the crowd.';
  find(quotesOf(t), 'they would not fire');
  none(quotesOf(t), 'officers');
});

test('speech scope: no reported speech from beliefs without "that", requests, acts and adjuncts', () => {
  none(quotesOf('Investigators believe the fire may have started in the kitchen.'), 'the fire');
  find(quotesOf('The agency believes that the toll may be far higher.'), 'the toll');
  none(quotesOf('The mayor has often asked Norway to help fund the new bridge.'), 'Norway');
  none(quotesOf('The rebels claimed responsibility in a statement posted online.'), 'responsibility');
  none(quotesOf('A spokeswoman said by telephone on Monday.'), 'by telephone');
  none(quotesOf('The senator threatened to block the bill over a dispute that began in May.'), 'began');
});

test('speech scope: "according to" around a report with its own speaker is not a second quote', () => {
  const t = 'According to the local radio, the governor issued a statement saying that schools would close.';
  const qs = quotesOf(t);
  none(qs, 'the governor issued');
  find(qs, 'schools would close');
});
