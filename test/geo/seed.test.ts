/** Golden test on the seed article (RFE/RL, Russia-Tajikistan base deal). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { needsShared, sharedPath } from '../shared-data.js';
import { places, describe } from './helpers.js';

const SEED = ['seed', 'rferl-tajik-base.txt'];

test('seed article: cities resolve to their GeoNames ids', needsShared(...SEED), () => {
  const text = readFileSync(sharedPath(...SEED), 'utf8');
  const ps = places(text);
  const expected: Array<[string, number]> = [
    ['Dushanbe', 1221874],
    ['Kulob', 1221194],
    ['Qurghon-Teppa', 1220747],
    ['Bishkek', 1528675],
  ];
  for (const [name, id] of expected) {
    const p = ps.find((x) => x.mentions.some((m) => m.text === name));
    assert.ok(p, `seed: "${name}" should be a place; got ${describe(ps)}`);
    assert.equal(p.geonameId, id, `seed: "${name}" should resolve to GeoNames ${id}, got ${p.geonameId} (${p.countryCode})`);
  }
  for (const [name, cc] of [['Tajikistan', 'TJ'], ['Russia', 'RU'], ['Afghanistan', 'AF'], ['Kyrgyzstan', 'KG']] as const) {
    const p = ps.find((x) => x.name === name);
    assert.ok(p, `seed: country "${name}" should be a place; got ${describe(ps)}`);
    assert.equal(p.kind, 'country', `seed: "${name}" should be kind country`);
    assert.equal(p.countryCode, cc, `seed: "${name}" should have country code ${cc}`);
    assert.equal(p.featureCode, 'PCLI');
  }
  for (const p of ps) {
    for (const m of p.mentions) assert.equal(text.slice(m.start, m.end), m.text, `seed: mention "${m.text}" of ${p.name} must be the text at its span`);
  }
  const dushanbe = ps.filter((x) => x.geonameId === 1221874);
  assert.equal(dushanbe.length, 1, 'seed: one Place per distinct location (Dushanbe once, with all mentions)');
  assert.ok(dushanbe[0]!.mentions.length >= 3, 'seed: Dushanbe keeps all its mentions');
});
