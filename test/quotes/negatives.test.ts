/** Things that look like quotes but are not speaker-attributed speech. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf, show } from './helpers.js';

const NOT_QUOTES: Array<[string, string]> = [
  ['scare quotes around one word', 'The so-called "reforms" changed little in the provinces.'],
  ['a label inside a non-speech sentence', 'The station has been declared an "undesirable organization" by the government.'],
  ['a passive cue is not an attribution', 'The strike was announced by the union and was reported in the press.'],
  ['a title in quotes with no cue', 'He starred in "The Long Road Home" before moving to Paris.'],
  ['a nickname', 'The ship, nicknamed "the Ghost", sailed at dawn.'],
  ['a cue verb with no content', 'The minister said nothing.'],
  ['a cue verb inside a name', 'Said Ahmed arrived in Cairo on Tuesday with his family.'],
  ['an apostrophe is not a quotation mark', "The candidates' plans differ, and the voters' choice is hard."],
  ['a website footer', 'Journalists report the news in 27 languages in 23 countries.'],
  ['a request to the reader', 'Please note that you could face fines for sharing this content.'],
  ['a capitalised cue word ending a normal sentence is a name', 'The delegation of six senators flew home to the United States.'],
  ['a noun after a possessive', "Editor's note: this story was updated with new figures on Friday."],
  ['member states, not a cue verb', 'The wishes of member states trump all other concerns in the bloc.'],
];

for (const [why, text] of NOT_QUOTES) {
  test(`not a quote: ${why}`, () => {
    const qs = quotesOf(text);
    assert.deepEqual(qs, [], `${why}: "${text}" gave ${show(qs)}`);
  });
}

test('an empty pair of marks and a lone mark give nothing', () => {
  for (const text of ['He wrote "" and left.', 'The sign read " and nothing else', '"']) {
    assert.deepEqual(quotesOf(text), [], text);
  }
});

test('a furniture label before a colon is not a transcript speaker', () => {
  const text = 'CLARIFICATION: An earlier version misstated the date.\n\nUPDATE: The hearing was moved to Thursday.';
  assert.deepEqual(quotesOf(text), [], show(quotesOf(text)));
});
