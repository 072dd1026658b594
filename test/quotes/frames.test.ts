/**
 * Attribution frames added for the broad (PolNeAR-style) scope and for news speech: infinitive
 * contents, nouns that look like cues, interrupted short subjects, participles after a quote,
 * verbs that take the cue as their infinitive, and content boundaries (time adverbs after the
 * cue, connectives before tail content, a new clause after ", and").
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf, show, sliceOf, broad, starting } from './helpers.js';
import { segment } from '../../src/nlp/segment.js';



test('an infinitive after a commitment verb is an attribution, not news speech', () => {
  const t = 'The mayor vowed to rebuild the harbour within two years. The union refused to end the strike.';
  assert.equal(quotesOf(t).length, 0, show(quotesOf(t)));
  const qs = broad(t);
  assert.equal(starting(qs, 'to rebuild').text, 'to rebuild the harbour within two years');
  assert.equal(starting(qs, 'to rebuild').speaker?.name, 'The mayor');
  assert.equal(starting(qs, 'to end').text, 'to end the strike');
});

test('"decided not to" keeps the negation; "agreed to the deal" is no infinitive', () => {
  const qs = broad('The board decided not to renew the contract. The tenants agreed to the new rent.');
  assert.equal(starting(qs, 'not to').text, 'not to renew the contract');
  assert.equal(qs.filter((q) => q.text.startsWith('to the')).length, 0, show(qs));
});

test('a claimed infinitive is reported speech in news too', () => {
  const qs = quotesOf('A little-known militia claimed to have shot down the drone.');
  assert.equal(starting(qs, 'to have').text, 'to have shot down the drone');
  assert.equal(starting(qs, 'to have').speaker?.name, 'A little-known militia');
});

test('a cue word after an article or a possessive determiner is a noun', () => {
  assert.equal(broad('The quiz show drew a record audience last night, and the band plans a tour.').filter((q) => q.cue && /show/i.test(q.text)).length, 0);
  assert.equal(broad('Their call came too late for the rescue team.').length, 0);
  assert.equal(broad('Voters in the state want lower taxes, the survey shows.').every((q) => !q.cue || q.text !== 'want lower taxes'), true);
});

test('an interrupted quote keeps a short subject before the attribution', () => {
  const t = 'The bridge, the engineer said, will open in May.';
  const qs = quotesOf(t);
  const subject = qs.find((q) => q.text === 'The bridge');
  const rest = qs.find((q) => q.text === 'will open in May');
  assert.ok(subject && rest, show(qs));
  assert.equal(subject.speaker?.name, 'the engineer');
  assert.deepEqual(subject.cue, rest.cue, 'both parts share one cue');
});

test('a participle after a quote takes the quote\'s speaker', () => {
  const t = '"We will not give up," said Nora Field, adding that the vote would go ahead.';
  const q = starting(quotesOf(t), 'the vote');
  assert.equal(q.speaker?.name, 'Nora Field');
  assert.equal(sliceOf(t, q.cue), 'adding');
});

test('a quote after a participle cue belongs to the clause subject, not to a noun before it', () => {
  const t = 'The minister, who faced a hostile crowd in the square, urged calm, warning that the unrest was "playing into the hands of our enemies."';
  const qs = quotesOf(t);
  assert.equal(starting(qs, 'playing').speaker?.name, 'The minister');
  assert.ok(!qs.some((q) => q.text.startsWith('calm, warning')), 'the that-clause belongs to "warning", not "urged"');
});

test('a verb taking the cue as its infinitive leaves the subject as speaker', () => {
  const qs = broad('The senator appeared to suggest that the vote could be delayed. Farmers continued to call for lower fuel prices.');
  assert.equal(starting(qs, 'the vote').speaker?.name, 'The senator');
  assert.equal(starting(qs, 'lower fuel').speaker?.name, 'Farmers');
});

test('a progressive cue keeps its subject ("is questioning")', () => {
  const q = starting(broad('The coach is questioning the referee\'s decision after the match.'), 'the referee');
  assert.equal(q.speaker?.name, 'The coach');
});

test('a time adverb between cue and clause is not content', () => {
  const t = 'The envoy said beforehand she had no plans to meet the rebels.';
  assert.equal(starting(quotesOf(t), 'she had').text, 'she had no plans to meet the rebels');
});

test('a connective opening the sentence is not part of tail content', () => {
  const t = 'Meanwhile, rescue teams reached the village on foot, the red cross said.';
  assert.equal(starting(quotesOf(t), 'rescue teams').text, 'rescue teams reached the village on foot');
});

test('content stops before ", and" with a new subject and verb', () => {
  const qs = broad('The governor vowed to cut fuel taxes by half, and Mayor Ann Cole has promised to freeze rents.');
  assert.equal(starting(qs, 'to cut').text, 'to cut fuel taxes by half');
});

test('a passive stance with its agent: the subject is the content, the agent the source', () => {
  const t = 'The new budget has been criticized by several trade unions.';
  assert.equal(quotesOf(t).length, 0, 'not news speech');
  const q = starting(broad(t), 'The new budget');
  assert.equal(q.text, 'The new budget');
  assert.equal(q.speaker?.name, 'several trade unions');
});
