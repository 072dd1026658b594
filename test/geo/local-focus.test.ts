/** Local news: plural county lists, the document's local focus, person surnames, acronyms,
 *  and the linear candidate stage on a long text. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { places, placeNamed, describe } from './helpers.js';
import { segment } from '../../src/nlp/segment.js';
import { recognize } from '../../src/nlp/ner/index.js';
import { findCandidates } from '../../src/geo/candidates.js';

test('"X, Y and Z counties": each name is a county of one state', () => {
  const text = 'Storm damage was reported in Sedgwick, Harvey and Reno counties on Sunday.';
  for (const name of ['Sedgwick', 'Harvey', 'Reno']) {
    const p = placeNamed(text, name);
    assert.ok(p, `${name} should be a place; got ${describe(places(text))}`);
    assert.equal(p.featureCode, 'ADM2', `${name} should be a county, got ${p.featureCode}/${p.countryCode}`);
    assert.equal(p.admin1, 'KS', `${name} should be in Kansas, got ${p.admin1}`);
  }
});

test('local focus: a town beside a county of its state is the local town, not the capital abroad', () => {
  const text = 'The Paris Police Department said the man was arrested on Main Street. He was taken to the Henry County jail and will appear in Henry County court next week.';
  const p = placeNamed(text, 'Paris');
  assert.ok(p, `Paris should be a place; got ${describe(places(text))}`);
  assert.equal(p.countryCode, 'US', `Paris should be in the US, got ${p.countryCode}`);
  assert.equal(p.admin1, 'TN', `Paris should be Paris, Tennessee (in Henry County), got ${p.admin1}`);
  const county = placeNamed(text, 'Henry County');
  assert.equal(county?.admin1, 'TN', `Henry County should be in Tennessee, got ${county?.admin1}`);
});

test('no focus in international news: Paris stays the French capital', () => {
  const text = 'Ministers met in Paris and London on Monday before flying to Berlin.';
  const p = placeNamed(text, 'Paris');
  assert.equal(p?.countryCode, 'FR', `Paris should be in France; got ${describe(places(text))}`);
});

test('a foreign region is not pulled into a US focus', () => {
  const text = 'Crews from Henry County and Paris helped. A cottage in central Ontario burned as well.';
  const p = placeNamed(text, 'Ontario');
  assert.ok(p, `Ontario should be a place; got ${describe(places(text))}`);
  assert.equal(p.countryCode, 'CA', `Ontario should be the Canadian province, got ${p.kind}/${p.countryCode}`);
});

test('the surname of a person named in full is not a small town elsewhere', () => {
  const text = 'Jennifer Fairfield was charged in March. Fairfield’s lawyers asked for a delay, and Fairfield declined to plead.';
  const ps = places(text);
  assert.ok(!ps.some((p) => p.mentions.some((m) => m.text === 'Fairfield')), `Fairfield is the person: ${describe(ps)}`);
});

test('short acronyms and glued names are not places', () => {
  const text = 'Officials approached British Airways (BA) about flights to Harare. BA said it would study the route. Artists painted at 5Pointz for years.';
  const ps = places(text);
  assert.ok(!ps.some((p) => p.mentions.some((m) => m.text === 'BA' || m.text === 'Pointz')), `no BA/Pointz: ${describe(ps)}`);
  assert.ok(ps.some((p) => p.mentions.some((m) => m.text === 'Harare')), `Harare stays: ${describe(ps)}`);
});

test('candidates on a long text stay fast (no quadratic scans)', () => {
  const para = 'Officers from Alexandria, La., and Rapides Parish met Tom Smith in Pineville. The Red River flooded roads near Boyce and in Grant and Natchitoches parishes. ';
  const text = para.repeat(2500);
  const seg = segment(text, [{ start: 0, end: text.length }]);
  const named = recognize(text, seg);
  const t0 = performance.now();
  const cands = findCandidates(text, seg, { named, people: named.filter((n) => n.label === 'PER') });
  const ms = performance.now() - t0;
  assert.ok(cands.length >= 2500 * 4, `expected many candidates, got ${cands.length}`);
  for (let i = 1; i < cands.length; i++) assert.ok(cands[i - 1]!.end <= cands[i]!.start, 'candidates are sorted and do not overlap');
  assert.ok(ms < 5000, `findCandidates took ${ms.toFixed(0)} ms on ${text.length} characters`);
});
