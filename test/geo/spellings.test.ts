/** Session 3 of the places stage: names news spells otherwise than GeoNames, and two context
 *  errors (an ocean pulling a capital to a US state; a dateline on a line of its own). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/index.js';
import { places, placeNamed, describe } from './helpers.js';

test('doubled letter: "Tal Afar" is GeoNames "Tall ‘Afar", not the town "Tal" by its first word', () => {
  const text = 'Iraqi troops entered Tal Afar on Sunday after a long siege, officials in Iraq said.';
  const p = placeNamed(text, 'Tal Afar');
  assert.equal(p?.geonameId, 90393, `${text}: Tal Afar should be Tall ‘Afar (90393); got ${describe(places(text))}`);
  assert.ok(!places(text).some((x) => x.name === 'Tal'), `${text}: "Tal" alone must not be a place; got ${describe(places(text))}`);
});

test('tā\' marbūṭa: "Rawa" is GeoNames "Rāwah" (a romanisation in -ah is also written -a)', () => {
  const text = 'Troops drove the fighters out of Rawa, a town on the Euphrates in western Iraq.';
  const p = placeNamed(text, 'Rawa');
  assert.equal(p?.geonameId, 92004, `${text}: Rawa should be Rāwah (92004); got ${describe(places(text))}`);
});

test('another romanisation in the article\'s country beats an exact namesake abroad ("Mansoura", Egypt)', () => {
  // Through the pipeline: the entities put Egypt in the context (a bare text leaves "Egypt" ambiguous).
  const text = 'Egypt braces for more unrest\n\nProtesters marched in Cairo, Mansoura and Alexandria on Friday as the political crisis in Egypt deepened, witnesses said.\n';
  const r = extract(text, { id: 't', format: 'text' });
  const p = r.places.find((x) => x.mentions.some((m) => m.text === 'Mansoura'));
  assert.equal(p?.geonameId, 360761, `${text}: Mansoura should be Al Manşūrah, Egypt (360761), not Mansoûra, Algeria; got ${describe(r.places)}`);
});

test('an exact name in the article\'s country keeps its sense ("Pittsburgh" is not Pittsburg, California)', () => {
  const text = 'The soldier, of Pittsburgh, Pennsylvania, served two tours in Iraq.';
  const p = placeNamed(text, 'Pittsburgh');
  assert.equal(p?.geonameId, 5206379, `${text}: Pittsburgh should be Pittsburgh, PA (5206379); got ${describe(places(text))}`);
});

test('well-known other names (data/geo/place-aliases.tsv): Astana, Stepanakert, Palmyra in Syria', () => {
  const cases: Array<[string, string, number]> = [
    ['The talks in Astana ended without a deal, the foreign ministry of Kazakhstan said.', 'Astana', 1526273],
    ['Shells fell on Stepanakert, the main town of Nagorno-Karabakh, Armenian officials said.', 'Stepanakert', 146970],
    ['Government forces in Syria retook Palmyra from the militants after a week of fighting near Homs.', 'Palmyra', 163808],
  ];
  for (const [text, name, id] of cases) {
    const p = placeNamed(text, name);
    assert.equal(p?.geonameId, id, `${text}: ${name} should be ${id}; got ${describe(places(text))}`);
  }
});

test('local focus: an ocean ("the Pacific", also a town in Washington state) does not make "Washington" the state', () => {
  const text = 'Tensions rose between Pyongyang and Washington. North Korea threatened to strike Guam in the Pacific.';
  const p = placeNamed(text, 'Washington');
  assert.equal(p?.geonameId, 4140963, `${text}: Washington should be the capital (4140963); got ${describe(places(text))}`);
});

test('a dateline on a line of its own ("WASHINGTON —") stays in the text and names the capital', () => {
  const input = 'Envoy office quietly closes\n\nWASHINGTON —\n\nThe State Department has closed the office of its special envoy, officials said on Monday. The envoy left in June.\n\nThe decision was not announced, two officials said.\n';
  const r = extract(input, { id: 't', format: 'text' });
  assert.equal(r.article.dateline?.place, 'WASHINGTON', `dateline should be WASHINGTON; got ${JSON.stringify(r.article.dateline)}`);
  assert.ok(r.places.some((p) => p.geonameId === 4140963), `the dateline should name Washington, D.C. (4140963); got ${describe(r.places)}`);
});
