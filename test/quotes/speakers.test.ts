/**
 * Speaker rules: role words before a name, inverted and "quoted as saying" attributions, quote
 * paragraphs continuing reported speech, and descriptions and pronouns resolved to the source
 * they stand for (never a guessed name for an unnamed source).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity, EntityType, Quote } from '../../src/core/types.js';
import { articleOf, quotesOf, show, sliceOf } from './helpers.js';
import { segment } from '../../src/nlp/segment.js';
import { findQuotes } from '../../src/quotes/index.js';

/** An entity whose name mentions are every occurrence of `forms` in `text`. */
function entity(text: string, id: string, type: EntityType, name: string, forms: string[] = [name]): Entity {
  const mentions = forms.flatMap((f) => [...text.matchAll(new RegExp(f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((m) => ({ start: m.index!, end: m.index! + f.length, text: f, kind: 'name' as const })));
  return { id, type, name, country: null, role: null, actorCode: null, actorTypes: [], knownGroup: null, mentions };
}

const find = (qs: Quote[], starts: string) => {
  const q = qs.find((x) => x.text.startsWith(starts));
  assert.ok(q, `no quote starting "${starts}" in ${show(qs)}`);
  return q;
};

test('a role word before the name after the cue belongs to the speaker', () => {
  const t = 'The convoy was stopped at the border for two days, said army spokesperson Lena Torres.';
  assert.equal(find(quotesOf(t), 'The convoy').speaker?.name, 'Lena Torres');
  const u = '"Three men broke into the depot at night," police Sgt. Omar Haddad said of the theft.';
  assert.equal(find(quotesOf(u), 'Three men').speaker?.name, 'Omar Haddad');
  const v = '"We will not leave this square," said farmer Ivo Marek as he stood by the gate.';
  assert.equal(find(quotesOf(v), 'We will not').speaker?.name, 'Ivo Marek');
});

test('a cue opening its sentence names the speaker after it ("Said Ellis:")', () => {
  const t = 'Analysts doubt the budget will pass. Said Moreau: "Nobody in this chamber wants to vote for it."';
  assert.equal(find(quotesOf(t), 'Nobody').speaker?.name, 'Moreau');
});

test('"quoted X as saying": the person quoted speaks, not the outlet', () => {
  const t = '"The patrols are a provocation," the agency quoted the regional governor Pavel Dorn as saying.';
  assert.equal(find(quotesOf(t), 'The patrols').speaker?.name, 'Pavel Dorn');
  const u = '"We get the airfield almost for free," adviser Igor Lenz was quoted as saying by reporters.';
  assert.equal(find(quotesOf(u), 'We get').speaker?.name, 'Igor Lenz');
});

test('a name right before the cue beats a leading organisation ("EU mission head X said")', () => {
  const t = '"The blast threatens the fragile calm along the line," UN mission head Clara Vos said in a statement.';
  assert.equal(find(quotesOf(t), 'The blast').speaker?.name, 'Clara Vos');
});

test('a quote paragraph with no attribution continues the reported speech before it', () => {
  const t = 'Minister Hanna Berg said the talks had stalled over the border question.\n\n"We have waited long enough for an answer. Our patience is over."';
  const q = find(quotesOf(t), 'We have waited');
  assert.equal(q.speaker?.name, 'Hanna Berg');
});

test('"who" as a speaker takes the phrase it follows', () => {
  const t = 'The story cites two officials who said the minister would resign next week.';
  const q = find(quotesOf(t), 'the minister would resign');
  assert.equal(sliceOf(t, q.speaker), 'who');
  assert.equal(q.speaker?.name, 'two officials');
});

test('"it said" names the organisation that is the subject before it', () => {
  const t = 'The Latvian transport ministry suspended the licence of the ferry operator. "The vessel is unsafe," it said in a statement.';
  const q = find(quotesOf(t), 'The vessel');
  assert.equal(q.speaker?.name, 'The Latvian transport ministry');
});

test('"the group" names the organisation mentioned before it', () => {
  const t = 'A youth movement called Green Dawn organised the march. On Sunday, the group said it had collected a million signatures.';
  const ents = [entity(t, 'o1', 'ORG', 'Green Dawn')];
  const qs = findQuotes({ article: articleOf(t), seg: segment(t, articleOf(t).paragraphs), entities: ents });
  assert.equal(find(qs, 'it had collected').speaker?.name, 'Green Dawn');
});

test('"the doctor" takes the earlier speaker with the same noun, unnamed stays unnamed', () => {
  const t = 'A local doctor told reporters that the water was contaminated.\n\n"We saw forty cases in one night," the doctor said.';
  assert.equal(find(quotesOf(t), 'We saw').speaker?.name, 'A local doctor');
});

test('"he said" after a quote names the subject of the sentence before, not the latest person', () => {
  const t = 'Prime Minister Arno Kask said on Monday he had warned Chancellor Rita Holm about the deficit.\n\n"There is no easy way out of this," he said.';
  const ents = [entity(t, 'p1', 'PERSON', 'Arno Kask'), entity(t, 'p2', 'PERSON', 'Rita Holm')];
  const qs = findQuotes({ article: articleOf(t), seg: segment(t, articleOf(t).paragraphs), entities: ents });
  assert.equal(find(qs, 'There is no easy').speaker?.name, 'Arno Kask');
});

test('a person "of" a place is the speaker, not the place', () => {
  const t = '"The streets here are a trap," Sgt. Dan Ruiz of Fresno said.';
  const ents = [entity(t, 'p1', 'PERSON', 'Dan Ruiz'), entity(t, 'g1', 'GPE', 'Fresno')];
  const qs = findQuotes({ article: articleOf(t), seg: segment(t, articleOf(t).paragraphs), entities: ents });
  assert.equal(find(qs, 'The streets').speaker?.name, 'Dan Ruiz');
});

test('an institution of a country speaks under its own name ("the Pentagon said")', () => {
  const t = 'The strike hit a depot used for chemical weapons, the Pentagon said.';
  const ents = [entity(t, 'g1', 'GPE', 'United States', ['Pentagon'])];
  const qs = findQuotes({ article: articleOf(t), seg: segment(t, articleOf(t).paragraphs), entities: ents });
  assert.equal(find(qs, 'The strike').speaker?.name, 'Pentagon');
});

test('stances and intentions are attributions only in the attribution scope', () => {
  const t = 'Governor Lisa Ward wants to double the school budget. Senator Tom Reyes criticized the plan as reckless on Tuesday.';
  assert.equal(quotesOf(t).length, 0, 'news quotes list speech only');
  const article = articleOf(t);
  const qs = findQuotes({ article, seg: segment(t, article.paragraphs), entities: [], scope: 'attribution' });
  assert.equal(find(qs, 'to double').text, 'to double the school budget');
  assert.equal(find(qs, 'to double').speaker?.name, 'Lisa Ward');
  assert.equal(find(qs, 'the plan').text, 'the plan as reckless', 'the object stops before a time adjunct');
});
