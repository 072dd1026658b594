/** Table tests of the amounts stage: counts, money, ranges, number words, and numbers that are not amounts. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Amount } from '../../src/core/types.js';
import { findAmounts } from '../../src/amounts/index.js';
import { segment } from '../../src/nlp/segment.js';
import { paragraphsOf } from '../../src/eval/timeml.js';

function amountsOf(text: string): Amount[] {
  return findAmounts(text, segment(text, paragraphsOf(text)));
}

type Row = [input: string, text: string, expect: Partial<Amount>];

const ROWS: Row[] = [
  ['More than 300,000 Iraqis fled the fighting.', 'More than 300,000 Iraqis', { value: 300000, object: 'Iraqis', modifier: 'more than' }],
  ['About 9,000 British and French troops took part.', 'About 9,000 British and French troops', { value: 9000, object: 'troops' }],
  ['Officials said 40 "rebels" had surrendered.', '40 "rebels"', { value: 40, object: 'rebels' }],
  ['About 7,000 troops from Russia are there.', 'About 7,000 troops', { value: 7000, object: 'troops', modifier: 'about' }],
  ['The base may stay up to 30 years.', 'up to 30 years', { value: 30, object: 'years', modifier: 'up to' }],
  ['They are using three facilities on Tajik soil.', 'three facilities', { value: 3, object: 'facilities' }],
  ['At least 58 people killed in the blast.', 'At least 58 people', { value: 58, object: 'people', modifier: 'at least' }],
  ['Some two million refugees fled.', 'Some two million refugees', { value: 2000000, object: 'refugees', modifier: 'some' }],
  ['The deal is worth $1.2 billion.', '$1.2 billion', { value: 1200000000, unit: 'USD', object: null }],
  ['Russia will pay 500 million rubles.', '500 million rubles', { value: 500000000, unit: 'RUB' }],
  ['Aid of €300,000 arrived.', '€300,000', { value: 300000, unit: 'EUR' }],
  ['Between 5,000 and 7,000 soldiers remain.', 'Between 5,000 and 7,000 soldiers', { value: 5000, valueMax: 7000, object: 'soldiers' }],
  ['They sent 5,000 to 7,000 troops.', '5,000 to 7,000 troops', { value: 5000, valueMax: 7000, object: 'troops' }],
  ['More than 5,000 Russian troops stayed.', 'More than 5,000 Russian troops', { value: 5000, object: 'troops', modifier: 'more than' }],
  ['Nearly twenty-five villages burned.', 'Nearly twenty-five villages', { value: 25, object: 'villages', modifier: 'nearly' }],
  ['A dozen officers were arrested.', 'A dozen officers', { value: 12, object: 'officers' }],
  ['Turnout fell 3 percent.', '3 percent', { value: 3, object: 'percent' }],
  ['He signed a 30-year lease.', '30-year', { value: 30, object: 'year' }],
  ['A 55-kilometer zone was set up.', '55-kilometer', { value: 55, object: 'kilometer' }],
  ['Officials said 60 were wounded.', '60 were wounded', { value: 60, object: 'wounded' }],
  ['The blast injured 50.', '50', { value: 50, object: 'injured' }],
  ['Some 300,000 gathered in the square.', 'Some 300,000', { value: 300000, object: null, modifier: 'some' }],
  ['It hit three Americans.', 'three Americans', { value: 3, object: 'Americans' }],
];

for (const [input, text, expect] of ROWS) {
  test(`amount in "${input}" → "${text}"`, () => {
    const found = amountsOf(input);
    const hit = found.find((a) => a.text === text);
    assert.ok(hit, `expected amount "${text}" in "${input}", found ${JSON.stringify(found.map((a) => a.text))}`);
    for (const [k, v] of Object.entries(expect)) assert.deepEqual((hit as unknown as Record<string, unknown>)[k], v, `${k} of "${text}" in "${input}"`);
  });
}

const NOT_AMOUNTS = [
  'The deal was signed in 2014.', // a year
  'They met on October 5 in Dushanbe.', // a date
  "Russia's 201st Motorized Division is there.", // an ordinal
  'The blast hit at 10 p.m. local time.', // a clock time
  'The Boeing 747 landed.', // part of a name
  'One of the men left.', // "one of"
  'It is a one-time payment.', // an adjective, not a count
  'They bought several hundred.', // a vague scale word
  'The deal is worth 751 b.', // a lone letter is not a multiplier here
];

for (const input of NOT_AMOUNTS) {
  test(`no amount in "${input}"`, () => {
    const found = amountsOf(input);
    assert.equal(found.length, 0, `"${input}" should hold no amount, found ${JSON.stringify(found.map((a) => a.text))}`);
  });
}
