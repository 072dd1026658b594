/** Text that looks like a time but is not: each input must yield no time expression. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describe, timesOf } from './helpers.js';

const NEGATIVES = [
  'Prices may rise again.', // "may" the verb
  'Theresa May said the talks failed.', // "May" the name
  'They joined the March on Washington.', // "March" the noun
  'Thousands march through the capital.',
  'The Sunday Times reported the deal.', // a newspaper
  'He scored 2000 points in his career.', // a count, not a year
  'The car cost $1990 in total.',
  'A 6-year-old boy was rescued.', // an age
  'They met to discuss the future of the base.', // a topic, not a time
  'Now, the main question is cost.', // a discourse marker
  'The company raised its quarterly dividend.',
  'He won a quarter of the vote.',
  'The spring offensive stalled.',
  "Troops from Russia's 201st Motorized Division.",
  'Security Council Resolution 1244 applies.',
  'Call 555-1234 for details.',
  'The Black Sea Fleet sailed.',
  'The day before the vote, police arrived.', // named from an event, not a date
  'He read it in the morning papers.', // a part of the day used as an adjective
  'The Communist Party daily Granma printed it.', // the newspaper
  'For Poland, high noon has come.', // an idiom
  'Output should grow 12% annually.', // the rate of an amount, like "$5 a year"
  'The mill ships about 4,000 tonnes weekly.', // the rate of an amount
];

for (const input of NEGATIVES) {
  test(`no time in "${input}"`, () => {
    const times = timesOf(input, '2012-10-05');
    assert.equal(times.length, 0, `"${input}" should hold no time expression, found ${describe(times)}`);
  });
}
