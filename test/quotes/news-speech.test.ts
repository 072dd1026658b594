/**
 * Speech scope (news references): partial quotes inside reported clauses and stance objects,
 * participle reports after a sentence's own subject, subjects with relative clauses or asides,
 * quantities opening a bare clause, websites as hearers, and reported events that
 * run on past a participle.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Quote } from '../../src/core/types.js';
import { quotesOf, show } from './helpers.js';

/** The quote whose content starts with `starts`, or a failure listing all quotes. */
function quoteStarting(qs: Quote[], starts: string): Quote {
  const q = qs.find((x) => x.text.startsWith(starts));
  assert.ok(q, `no quote starting "${starts}": ${show(qs)}`);
  return q!;
}

test('reported clause: a quoted word inside it is the speaker\'s, however far from the cue', () => {
  const qs = quotesOf('The governor noted that a quick repair of the old northern bridge over the river was a "priority" for her office.');
  const q = quoteStarting(qs, 'priority');
  assert.equal(q.kind, 'partial');
  assert.equal(q.speaker?.name, 'The governor');
});

test('reported clause: a long that-clause keeps its quoted phrase with the speaker', () => {
  const qs = quotesOf('Mara Quist, a spokeswoman for the union, said on Friday that the offer the board and the three regional managers – north, south, east and west – had drafted last spring was "a 40-page insult".');
  assert.equal(quoteStarting(qs, 'a 40-page insult').speaker?.name, 'Mara Quist');
});

test('reported clause: a verb coordinated with an earlier one shares its subject', () => {
  const qs = quotesOf('Bishop Aldo Renn condemned the attack on the market and said at an evening service that the town was suffering from fear and "neighbours who no longer trust each other".');
  assert.equal(quoteStarting(qs, 'neighbours who no longer').speaker?.name, 'Aldo Renn');
});

test('stance object: quoted words judged by a stance are its holder\'s partial quote', () => {
  const qs = quotesOf('The dairy union denounced the new levy as "a tax on bread" and left the talks.');
  const q = quoteStarting(qs, 'a tax on bread');
  assert.equal(q.kind, 'partial');
  assert.match(q.speaker?.name ?? '', /union/);
});

test('stance object: a stance before the quote beats a speech cue of someone else after it', () => {
  const qs = quotesOf('The ministry rejected the report as "pure fiction," and two retired judges told the radio station the findings were sound.');
  assert.match(quoteStarting(qs, 'pure fiction').speaker?.name ?? '', /ministry/);
});

test('stance object: an intention is no frame for quoted words', () => {
  const qs = quotesOf('The mayor wants a "fair share" of the funds.');
  assert.equal(qs.length, 0, show(qs));
});

test('participle: ", arguing that" reports for the noun phrase that opens the sentence', () => {
  const qs = quotesOf('The tenants have again refused the landlord\'s offer, arguing that it was far too small.');
  const q = quoteStarting(qs, 'it was far too small');
  assert.equal(q.speaker?.name, 'The tenants');
});

test('participle: an opening subject needs a head that can speak', () => {
  const qs = quotesOf('The delay has angered many commuters, saying more about the budget than anyone admits.');
  assert.equal(qs.length, 0, show(qs));
});

test('relative clause: the noun before "who" is the speaker', () => {
  const qs = quotesOf('A police officer who asked not to be named told reporters the suspect had fled north.');
  const q = quoteStarting(qs, 'the suspect had fled north');
  assert.equal(q.speaker?.name, 'A police officer');
});

test('aside: a parenthesis after an appositive name leaves the name as the speaker', () => {
  const qs = quotesOf('The region\'s chief planner, Ines Varga (pictured left), told reporters on Monday that the new tram line would open in May.');
  assert.equal(quoteStarting(qs, 'the new tram line').speaker?.name, 'Ines Varga');
});

test('bare clause: an approximate quantity may open it ("said at least five …")', () => {
  const qs = quotesOf('Rescuers said at least nine people were still missing.');
  assert.equal(quoteStarting(qs, 'at least nine people').speaker?.name, 'Rescuers');
});

test('hearer: a website named with its suffix is the hearer, not the content', () => {
  const qs = quotesOf('Tom Arlo told Example.org the vote count was wrong.');
  assert.equal(quoteStarting(qs, 'the vote count was wrong').speaker?.name, 'Tom Arlo');
});

test('speech scope: a reported event runs on past a participle that is no cue', () => {
  const qs = quotesOf('Border officials said guards returned fire, wounding two smugglers.');
  assert.equal(quoteStarting(qs, 'guards returned fire, wounding two').speaker?.name, 'Border officials');
});

test('document: "the statement" speaks for whoever issued it in the sentence before', () => {
  const qs = quotesOf('"The shelling must stop," mission chief Ann Berg said in a statement. The statement condemned the attack and said the blast "was followed by gunfire."');
  assert.equal(quoteStarting(qs, 'was followed by gunfire').speaker?.name, 'Ann Berg');
});

test('document: with no issuer before it, "the statement" stays the speaker', () => {
  const qs = quotesOf('The statement condemned the attack and said the blast "was followed by gunfire."');
  assert.equal(quoteStarting(qs, 'was followed by gunfire').speaker?.name, 'The statement');
});
