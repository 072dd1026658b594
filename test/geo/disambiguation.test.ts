/** Table tests of disambiguation rules: region qualifiers, context, metonymy. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isMetonymicMention } from '../../src/geo/index.js';
import { places, placeNamed, describe } from './helpers.js';

test('"Alexandria, La." is the Louisiana town, and "La." is Louisiana', () => {
  const text = 'A woman from Alexandria, La., was arrested on Tuesday.';
  const p = placeNamed(text, 'Alexandria');
  assert.ok(p, `${text}: Alexandria should be a place; got ${describe(places(text))}`);
  assert.equal(p.countryCode, 'US', `${text}: Alexandria should be in the US, got ${p.countryCode}`);
  assert.equal(p.admin1, 'LA', `${text}: Alexandria should be in Louisiana, got admin1 ${p.admin1}`);
  const la = placeNamed(text, 'La.');
  assert.ok(la && la.kind === 'admin', `${text}: "La." should be the state; got ${describe(places(text))}`);
});

test('"Paris, Texas" is in Texas; a bare "Paris" is the French capital', () => {
  const tx = placeNamed('The band played in Paris, Texas, last night.', 'Paris');
  assert.ok(tx, 'Paris, Texas: Paris should be a place');
  assert.equal(tx.countryCode, 'US', `Paris, Texas: expected the US, got ${tx.countryCode}`);
  assert.equal(tx.admin1, 'TX', `Paris, Texas: expected Texas, got ${tx.admin1}`);
  const fr = placeNamed('The summit opened in Paris on Monday.', 'Paris');
  assert.ok(fr, 'bare Paris: should be a place');
  assert.equal(fr.geonameId, 2988507, `bare Paris: expected Paris, France (2988507), got ${fr.geonameId}/${fr.countryCode}`);
});

test('context decides: Georgia among US places is the state, among Russia and Tbilisi the country', () => {
  const us = placeNamed('Schools in Atlanta and Savannah reopened. Georgia officials praised teachers in Athens, Ga.', 'Georgia');
  assert.ok(us, 'US text: Georgia should be a place');
  assert.equal(us.kind, 'admin', `US text: Georgia should be the state, got ${us.kind}/${us.countryCode}`);
  const ge = placeNamed('Russia sent troops into Georgia after fighting near Tbilisi and Gori.', 'Georgia');
  assert.ok(ge, 'Caucasus text: Georgia should be a place');
  assert.equal(ge.countryCode, 'GE', `Caucasus text: Georgia should be the country, got ${ge.kind}/${ge.countryCode}`);
});

test('metonymic capitals stay places but read as actors', () => {
  const cases: Array<[string, string, boolean]> = [
    ['Washington views Tajikistan as a partner.', 'Washington', true],
    ['Moscow is allowing more Tajik migrant workers to earn cash in Russia.', 'Moscow', true],
    ['Washington said it would respond.', 'Washington', true],
    ['Officials in Washington said it would respond.', 'Washington', false],
    ['He flew to Moscow on Monday.', 'Moscow', false],
    ['Moscow is located on the Moskva River.', 'Moscow', false],
    ["The Transit Center near Kyrgyzstan's capital Bishkek is used by NATO.", 'Bishkek', false],
  ];
  for (const [text, name, expected] of cases) {
    const start = text.indexOf(name);
    assert.equal(isMetonymicMention(text, { start, end: start + name.length }), expected, `"${text}": "${name}" metonymic should be ${expected}`);
  }
  const text = 'Washington views Tajikistan as a partner.';
  const p = placeNamed(text, 'Washington');
  assert.ok(p, `${text}: Washington stays a Place; got ${describe(places(text))}`);
});

test('a large city after "in" stays a place even when the recogniser reads it as a person', () => {
  const ps = places('Two offices were attacked, one in Zagazig and one in Sohag, officials said.');
  assert.ok(ps.some((p) => p.geonameId === 359493), describe(ps));
  assert.ok(ps.some((p) => p.geonameId === 347796), describe(ps));
});

test('"X airport in Kyrgyzstan": a small namesake in another country is not taken for the place', () => {
  const ps = places('The airlift used the Manas airport in neighboring Kyrgyzstan, officials in Bishkek said.');
  assert.ok(!ps.some((p) => p.name === 'Manas' && p.countryCode !== 'KG'), describe(ps));
  const qualified = places('Refugees crossed into a camp at Mafraq in northern Jordan.');
  assert.ok(qualified.some((p) => p.name === 'Mafraq' && p.countryCode === 'JO'), describe(qualified));
});
