/** Actor geo (src/events/actor-geo.ts): where the text places each actor, GDELT's Actor1Geo/Actor2Geo. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/index.js';

const events = (text: string) => extract(text, { published: '2012-10-05', format: 'text' }).events;
const geoOf = (text: string, root: string) => {
  const e = events(text).find((v) => v.rootCode === root);
  assert.ok(e, `no event with root ${root} in: ${text}`);
  return { a1: e.actor1?.geo ?? null, a2: e.actor2?.geo ?? null };
};

test('an actor that is a place is placed there ("Moscow said", "Russia signed")', () => {
  const { a1, a2 } = geoOf('Russia signed an agreement with Armenia on Friday.', '05');
  assert.equal(a1?.source, 'actor');
  assert.equal(a1?.countryCode, 'RU');
  assert.equal(a2?.countryCode, 'AM');
});

test('a person placed by "in" right after the name takes that place, even abroad', () => {
  const { a1 } = geoOf('Russian troops in Syria attacked Turkish soldiers on Monday.', '19');
  assert.equal(a1?.source, 'located', JSON.stringify(a1));
  assert.equal(a1?.countryCode, 'SY');
});

test('a place of the sentence in the actor\'s own country places the actor; a foreign one does not', () => {
  const { a1 } = geoOf('Ukrainian President Oksana Melnyk criticized Russia in an address in Kiev on Thursday.', '11');
  assert.equal(a1?.source, 'sentence', JSON.stringify(a1));
  assert.match(a1?.name ?? '', /^Kiev|Kyiv/);
  const other = geoOf('Ukrainian President Oksana Melnyk criticized Russia in an address in Berlin on Thursday.', '11');
  assert.equal(other.a1?.source, 'country', 'Berlin is not in Ukraine: ' + JSON.stringify(other.a1));
  assert.equal(other.a1?.countryCode, 'UA');
  assert.equal(other.a1?.featureCode, 'PCLI');
  assert.ok(other.a1?.lat !== null && other.a1?.lon !== null);
});

test('a verb between the actor and the place locates the action, not the actor', () => {
  const { a1 } = geoOf('French President Francois Hollande criticized Turkey in Damascus on Monday.', '11');
  assert.notEqual(a1?.countryCode, 'SY', JSON.stringify(a1));
  assert.equal(a1?.countryCode, 'FR');
});
