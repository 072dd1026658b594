/**
 * The foundation's acceptance criteria on the seed page (rferl-tajik-base, published 2012-10-05),
 * scored with the same matching rules as `sitrep eval gold`. Each failure names the claim.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { seedResult } from './seed-result.js';
import { needsSeed, needsShared, sharedPath } from '../shared-data.js';
import { scoreArticle, type Gold } from '../../src/eval/gold-match.js';

const GOLD = ['seed', 'rferl-tajik-base.gold.json'] as const;
const gold = (): Gold => JSON.parse(readFileSync(sharedPath(...GOLD), 'utf8')) as Gold;

test('seed: all 9 required events with the right dyad and root, at most 3 false alarms', needsShared(...GOLD), () => {
  const s = scoreArticle(gold(), seedResult());
  assert.deepEqual(s.events.misses, [], 'required seed events missed');
  assert.ok(s.events.fp <= 3, `seed: ${s.events.fp} false alarms: ${s.events.falseAlarms.join(' | ')}`);
});

test('seed: all 7 direct and partial quotes with the right speaker', needsShared(...GOLD), () => {
  const g = gold();
  const direct = { ...g, quotes: (g.quotes ?? []).filter((q) => q.kind !== 'indirect') };
  assert.equal(direct.quotes.length, 7);
  const s = scoreArticle(direct, seedResult());
  assert.deepEqual(s.quotes.misses, [], 'seed direct/partial quotes');
});

test('seed: body keeps every must_include sentence and drops every must_exclude line', needsShared(...GOLD), () => {
  const s = scoreArticle(gold(), seedResult());
  assert.deepEqual(s.body.misses, [], 'seed body');
});

test('seed: caption and credits kept apart from the body', needsSeed(), () => {
  const a = seedResult().article;
  assert.equal(a.caption, 'Russian President Vladimir Putin (left) and Tajik President Emomali Rahmon meet in Dushanbe on October 5.');
  assert.deepEqual(a.credits, ['Reuters', 'Interfax', "RFE/RL's Tajik Service"]);
  assert.ok(!a.text.includes('(left)'), 'caption text must not be in the body');
  assert.ok(!a.text.includes('With reporting by'), 'credits line must not be in the body');
});

test('seed: times resolved against 2012-10-05', needsSeed(), () => {
  const r = seedResult();
  // As the gold scorer does: a time whose text contains the phrase or is contained in it.
  const value = (t: string) => r.times.find((x) => x.text.toLowerCase().includes(t.toLowerCase()) || t.toLowerCase().includes(x.text.toLowerCase()))?.value;
  assert.equal(value('October 5'), '2012-10-05', '"October 5"');
  assert.equal(value('last month'), '2012-09', '"last month"');
  assert.equal(value('in April'), '2012-04', '"in April"');
});

test('seed: Dushanbe, Kulob and Qurghon-Teppa resolved to their GeoNames entries', needsSeed(), () => {
  const r = seedResult();
  for (const [name, id] of [['Dushanbe', 1221874], ['Kulob', 1221194], ['Qurghon-Teppa', 1220747]] as const) {
    const p = r.places.find((x) => x.mentions.some((m) => m.text === name));
    assert.equal(p?.geonameId, id, `place "${name}"`);
  }
});

test('seed: 7,000 troops as an amount', needsSeed(), () => {
  const a = seedResult().amounts.find((x) => x.value === 7000);
  assert.ok(a, 'amount 7000');
  assert.equal(a.object, 'troops');
});

test('seed: the agreement and the deployment as facts', needsSeed(), () => {
  const facts = seedResult().facts;
  const ag = facts.find((f) => f.kind === 'agreement');
  assert.ok(ag, 'agreement fact');
  assert.deepEqual(ag.fields['parties'], ['RUS', 'TJK']);
  assert.equal(ag.fields['signed'], '2012-10-05');
  assert.equal(ag.fields['valid_until'], '2042');
  assert.deepEqual(ag.fields['extends'], { signed: '1993', expires: '2014' });
  const dep = facts.find((f) => f.kind === 'deployment');
  assert.ok(dep, 'deployment fact');
  assert.equal(dep.fields['troops'], 7000);
  assert.equal(dep.fields['force'], '201st Motorized Division');
  assert.equal(dep.fields['owner'], 'RUS');
  assert.equal(dep.fields['host'], 'TJK');
  assert.deepEqual(dep.fields['sites'], ['Dushanbe', 'Kulob', 'Qurghon-Teppa']);
});

test('seed: the seven people with role and country', needsSeed(), () => {
  const people = seedResult().entities.filter((e) => e.type === 'PERSON');
  const want: Array<[string, string, RegExp]> = [
    ['Vladimir Putin', 'RUS', /president/i],
    ['Emomali Rahmon', 'TJK', /president/i],
    ['Yuri Ushakov', 'RUS', /aide/i],
    ['Sergei Lavrov', 'RUS', /foreign minister/i],
    ['Anatoly Antonov', 'RUS', /defen[cs]e minister/i],
    ['Igor Shuvalov', 'RUS', /deputy prime minister/i],
    ['Dan Burton', 'USA', /congressional delegation/i],
  ];
  for (const [name, country, role] of want) {
    const p = people.find((e) => e.name === name);
    assert.ok(p, `person ${name} found`);
    assert.equal(p.country, country, `${name}: country`);
    assert.match(p.role ?? '', role, `${name}: role`);
  }
});
