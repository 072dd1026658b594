/** Negative cases: common words that are also town names are not places in ordinary sentences. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { places, describe } from './helpers.js';

const NEGATIVES: Array<[string, string]> = [
  ['Mobile phone sales rose sharply last year.', 'Mobile'],
  ['Reading is the best way to learn a language.', 'Reading'],
  ['The talks resumed in March after a long pause.', 'March'],
  ['Lead poisoning remains a problem in old houses.', 'Lead'],
  ['Police said the man was arrested on Monday.', 'Police'],
  ['It was the first time the Senate voted on the bill.', 'Senate'],
  ['NATO said the alliance would send more troops.', 'NATO'],
  ['The White House declined to comment.', 'White House'],
  ['We met Tom Jones and Jones said he was tired.', 'Jones'],
];

for (const [text, word] of NEGATIVES) {
  test(`"${word}" is not a place in "${text}"`, () => {
    const ps = places(text);
    const hit = ps.find((p) => p.mentions.some((m) => m.text === word || text.slice(m.start, m.end).includes(word)));
    assert.equal(hit, undefined, `"${text}": "${word}" should not be a place; got ${describe(ps)}`);
  });
}

test('the same words are places with a region after them', () => {
  const text = 'The storm hit Mobile, Ala., and Reading, Pa., on Sunday.';
  const ps = places(text);
  for (const [w, admin1] of [['Mobile', 'AL'], ['Reading', 'PA']] as const) {
    const p = ps.find((x) => x.mentions.some((m) => m.text === w));
    assert.ok(p, `${text}: "${w}" should be a place; got ${describe(ps)}`);
    assert.equal(p.admin1, admin1, `${text}: "${w}" should be in ${admin1}`);
  }
});
