/**
 * Regression floor on the hand-made news references (`../shared/data/news-dev/*.gold.json`):
 * share of reference times and amounts found with the same value (each found item used once).
 * Prints the numbers (`node:test` diagnostics); fails if they fall below the floors.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { segment } from '../../src/nlp/segment.js';
import { findTimes } from '../../src/time/index.js';
import { findAmounts } from '../../src/amounts/index.js';
import { paragraphsOf } from '../../src/eval/timeml.js';
import { needsShared, sharedPath } from '../shared-data.js';

const DIR = 'data/news-dev';

function matchByValue<T extends { value: unknown }>(gold: T[], found: Array<{ value: unknown }>): number {
  const used = new Set<number>();
  let hit = 0;
  for (const g of gold) {
    const i = found.findIndex((f, k) => !used.has(k) && f.value === g.value);
    if (i >= 0) {
      used.add(i);
      hit++;
    }
  }
  return hit;
}

test('news-dev references: times and amounts found by value', needsShared(DIR), (t) => {
  const dir = sharedPath(DIR);
  let gt = 0, ht = 0, st = 0, ga = 0, ha = 0, sa = 0;
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.gold.json')).sort()) {
    const id = f.replace('.gold.json', '');
    if (!existsSync(`${dir}/${id}.txt`)) continue;
    const gold = JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as { published?: string | null; times?: Array<{ value: string }>; amounts?: Array<{ value: number }> };
    const text = readFileSync(`${dir}/${id}.txt`, 'utf8');
    const seg = segment(text, paragraphsOf(text));
    const times = findTimes(text, seg, gold.published ?? null);
    const amounts = findAmounts(text, seg);
    gt += gold.times?.length ?? 0;
    st += times.length;
    ht += matchByValue(gold.times ?? [], times);
    ga += gold.amounts?.length ?? 0;
    sa += amounts.length;
    ha += matchByValue(gold.amounts ?? [], amounts);
  }
  t.diagnostic(`times: ${ht}/${gt} reference values found (recall ${(ht / gt).toFixed(3)}), ${st} found in all`);
  t.diagnostic(`amounts: ${ha}/${ga} reference values found (recall ${(ha / ga).toFixed(3)}), ${sa} found in all`);
  assert.ok(ht / gt >= 0.75, `news-dev times recall ${(ht / gt).toFixed(3)} below 0.75`);
  assert.ok(ha / ga >= 0.85, `news-dev amounts recall ${(ha / ga).toFixed(3)} below 0.85`);
});
