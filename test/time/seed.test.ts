/**
 * Golden test on the seed article (published 2012-10-05): every time of the hand-made reference
 * must be found with its value. The reference's text may include the preposition ("until 2042",
 * "in April"); sitrep's span leaves it out (TimeML extent), so a found time matches when its
 * value is equal and its span overlaps an occurrence of the reference text ("up to 30 years"
 * holds the reference's "30 years").
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { needsSeed, needsShared, seedText, sharedPath } from '../shared-data.js';
import { describe, timesOf } from './helpers.js';
import { findAmounts } from '../../src/amounts/index.js';
import { segment } from '../../src/nlp/segment.js';
import { paragraphsOf } from '../../src/eval/timeml.js';

const TEXT = seedText();
const GOLD = 'seed/rferl-tajik-base.gold.json';

function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

test('seed article: every reference time is found with its value', needsShared(GOLD), () => {
  const gold = JSON.parse(readFileSync(sharedPath(GOLD), 'utf8')) as { published: string; times: Array<{ text: string; value: string }> };
  const times = timesOf(TEXT, gold.published ?? '2012-10-05');
  for (const g of gold.times) {
    const spots = occurrences(TEXT, g.text);
    assert.ok(spots.length > 0, `reference text "${g.text}" not in the example file`);
    const hit = times.find((t) => t.value === g.value && spots.some((s) => t.start < s + g.text.length && s < t.end));
    assert.ok(hit, `seed: "${g.text}" = ${g.value} not found; found ${describe(times)}`);
  }
});

test('seed article: the reference amounts are found', needsShared(GOLD), () => {
  const gold = JSON.parse(readFileSync(sharedPath(GOLD), 'utf8')) as { amounts: Array<{ text: string; value: number; object: string }> };
  const amounts = findAmounts(TEXT, segment(TEXT, paragraphsOf(TEXT)));
  for (const g of gold.amounts) {
    const hit = amounts.find((a) => a.value === g.value && a.object === g.object);
    assert.ok(hit, `seed: amount "${g.text}" (${g.value} ${g.object}) not found; found ${JSON.stringify(amounts.map((a) => a.text))}`);
    assert.ok(hit.text.endsWith(g.text) || g.text.endsWith(hit.text), `seed: amount span "${hit.text}" vs reference "${g.text}"`);
  }
});

test('seed article: the key times', needsSeed(), () => {
  const times = timesOf(TEXT, '2012-10-05');
  const values = new Set(times.map((t) => `${t.text}=${t.value}`));
  for (const want of ['October 5=2012-10-05', '2042=2042', 'nearly a year=P1Y', 'mid-April=2012-04', 'last month=2012-09', 'July=2012-07', 'recent weeks=PXW', '1993=1993']) {
    assert.ok(values.has(want), `seed: expected ${want}; found ${describe(times)}`);
  }
});
