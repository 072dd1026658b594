/** Table tests for direct and partial quotes: marks, nesting, continuation, unclosed paragraphs. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf, show, sliceOf } from './helpers.js';

test('straight marks, speaker after the quote: one direct quote attributed to the name', () => {
  const text = 'The talks ended late.\n\n"We have reached a deal on every point," Foreign Minister Anna Lind said on Friday.';
  const qs = quotesOf(text);
  assert.equal(qs.length, 1, `${text}\n${show(qs)}`);
  assert.equal(qs[0]!.kind, 'direct');
  // The comma inside the closing mark is part of what was quoted.
  assert.equal(qs[0]!.text, 'We have reached a deal on every point,');
  assert.equal(qs[0]!.speaker?.name, 'Anna Lind', show(qs));
  assert.equal(sliceOf(text, qs[0]!.cue), 'said');
});

test('curly marks with a nested single quote keep the nested quote inside the content', () => {
  const text = '\u201CThey told us \u2018wait for the signal\u2019 and then nothing came,\u201D said Omar Haddad, a fisherman.';
  const qs = quotesOf(text);
  assert.equal(qs.length, 1, show(qs));
  assert.equal(qs[0]!.text, 'They told us \u2018wait for the signal\u2019 and then nothing came,');
  assert.equal(qs[0]!.kind, 'direct');
  assert.equal(qs[0]!.speaker?.name, 'Omar Haddad', `inverted "said Omar Haddad" in ${text}`);
});

test('"A," he said. "B." gives two direct quotes with the same speaker and cue', () => {
  const text =
    'Prime Minister Jonas Berg spoke to reporters.\n\n"The first phase is complete," he said. "The second phase starts in March, and it will be harder."';
  const qs = quotesOf(text).filter((q) => q.kind === 'direct');
  assert.equal(qs.length, 2, show(qs));
  assert.equal(qs[1]!.text, 'The second phase starts in March, and it will be harder.');
  for (const q of qs) {
    assert.equal(sliceOf(text, q.speaker), 'he', `speaker span of ${q.text}`);
    assert.equal(q.speaker?.name, 'Jonas Berg', `pronoun falls back to the titled name before it: ${q.text}`);
  }
  assert.deepEqual(qs[0]!.cue, qs[1]!.cue);
});

test('a quote spanning two sentences is one direct quote', () => {
  const text = 'Mayor Lena Ortiz said: "The water is safe. We tested it twice."';
  const qs = quotesOf(text);
  assert.equal(qs.length, 1, show(qs));
  assert.equal(qs[0]!.text, 'The water is safe. We tested it twice.');
  assert.equal(qs[0]!.speaker?.name, 'Lena Ortiz');
});

test('unclosed paragraph quote continues into the next paragraph; both parts share the speaker', () => {
  const text =
    'General Tomas Riva described the night.\n\n"We heard the first shots after midnight. Nobody knew where they came from.\n\n"By morning the town was empty," Riva said.';
  const qs = quotesOf(text).filter((q) => q.kind === 'direct');
  assert.equal(qs.length, 2, show(qs));
  assert.equal(qs[0]!.text, 'We heard the first shots after midnight. Nobody knew where they came from.');
  assert.equal(qs[0]!.speaker?.name, 'Tomas Riva', `the unclosed paragraph inherits from its continuation: ${show(qs)}`);
  assert.equal(qs[1]!.speaker?.name, 'Tomas Riva');
});

test('partial quote inside reported speech is partial and attributed to the subject of the cue', () => {
  const text = 'President Rahim Ali publicly called on the council "to act without delay" last week.';
  const qs = quotesOf(text);
  const partial = qs.find((q) => q.kind === 'partial');
  assert.ok(partial, `${text}\n${show(qs)}`);
  assert.equal(partial.text, 'to act without delay');
  assert.equal(partial.speaker?.name, 'Rahim Ali');
  assert.equal(sliceOf(text, partial.cue), 'called on');
});

test("two apostrophes ('') serve as double marks", () => {
  const text = "''It is not reform,'' Mr. Cole said. ''It is tinkering.''";
  const qs = quotesOf(text);
  assert.deepEqual(qs.map((q) => q.text), ['It is not reform,', 'It is tinkering.'], show(qs));
  assert.ok(qs.every((q) => q.speaker?.name === 'Cole'), show(qs));
});

test('speaker-labelled transcript turns are direct quotes', () => {
  const text = 'WALLACE: Let us start with the debate.\n\nPENCE: Thank you, it is good to be here.';
  const qs = quotesOf(text);
  assert.deepEqual(qs.map((q) => [q.speaker?.name, q.text]), [
    ['WALLACE', 'Let us start with the debate.'],
    ['PENCE', 'Thank you, it is good to be here.'],
  ], show(qs));
});

test('quote credited with a dash at the end of its paragraph', () => {
  const text = '\u201CI am voting for the first time this year.\u201D \u2015 Maria Lopez';
  const qs = quotesOf(text);
  assert.equal(qs.length, 1, show(qs));
  assert.equal(qs[0]!.speaker?.name, 'Maria Lopez');
});

test('speaker resolves through an entity mention that covers the speaker span', () => {
  const text = '"We will not retreat," he said.';
  const entities = [{
    id: 'E1', type: 'PERSON' as const, name: 'Vladimir Putin', country: 'RUS', role: 'President', actorCode: 'RUSGOV',
    actorTypes: ['GOV'], knownGroup: null, mentions: [{ start: 23, end: 25, text: 'he', kind: 'pronoun' as const }],
  }];
  const qs = quotesOf(text, entities);
  assert.equal(qs[0]!.speaker?.entityId, 'E1', show(qs));
  assert.equal(qs[0]!.speaker?.name, 'Vladimir Putin');
  assert.equal(sliceOf(text, qs[0]!.speaker), 'he');
});

test('inverted attribution with a role noun between names: "said Sunni cleric Ali al-Zand"', () => {
  const text = '"The vote is a decisive battle for our future," said Sunni cleric Ali al-Zand.';
  const qs = quotesOf(text);
  assert.equal(qs[0]?.speaker?.name, 'Ali al-Zand', show(qs));
  assert.equal(sliceOf(text, qs[0]?.speaker), 'Sunni cleric Ali al-Zand');
});

test('a headline "Name: paraphrase" is reported speech of the name; a furniture label is not', () => {
  const text = 'Pence: Flowers Will Not Be at the Debate\n\nPhoto: Reuters';
  const qs = quotesOf(text);
  assert.deepEqual(qs.map((q) => [q.kind, q.speaker?.name, q.text]), [['indirect', 'Pence', 'Flowers Will Not Be at the Debate']], show(qs));
});

test('a block-quoted transcript turn passes its speaker to the quote paragraph that continues it', () => {
  const text = '"PENCE: Well, look, the race is close.\n\n"But the truth is that we are ahead in the polls.\n\nThe debate is on Monday.';
  const qs = quotesOf(text);
  assert.deepEqual(qs.map((q) => [q.speaker?.name, q.text]), [
    ['PENCE', 'Well, look, the race is close.'],
    ['PENCE', 'But the truth is that we are ahead in the polls.'],
  ], show(qs));
});
