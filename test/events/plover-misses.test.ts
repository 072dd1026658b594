/** Rules added for issue #8 from a study of PLOVER misses: actors, attempts, new verb and noun meanings. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/index.js';

const dyads = (text: string) =>
  extract(text, { published: '2012-10-05', format: 'text' }).events.map((e) => `${e.code} ${e.actor1?.countryCode ?? e.actor1?.knownGroup}>${e.actor2?.countryCode ?? e.actor2?.knownGroup}`);

test('actors: "Bosnia" and "Bosnian" name Bosnia and Herzegovina', () => {
  assert.deepEqual(dyads('Bosnia criticized Croatia on Friday.'), ['111 BIH>HRV']);
  assert.ok(dyads('Bosnian troops attacked Croatia.').includes('190 BIH>HRV'));
});

test('actors: a plural demonym after "to" names people, not a place ("refusing entry to Ghanaians")', () => {
  assert.deepEqual(dyads('Togo was refusing entry to Ghanaians.'), ['120 TGO>GHA']);
});

test('actors: "NATO peacekeeping troops" are the organisation\'s, not the focus country\'s', () => {
  assert.ok(dyads('A unit of NATO peacekeeping troops arrived in Kosovo on Monday.').some((d) => d.startsWith('074 NAT>')));
});

test('actors: "in the Ivory Coast" is a place, so the group before it is the subject', () => {
  assert.deepEqual(dyads('Rebels in the Ivory Coast blocked roads into Yamoussoukro.'), ['144 CIV>CIV']);
});

test('actors: the International Labour Organization is an IGO', () => {
  assert.deepEqual(dyads('The International Labor Office repeated its demand that Chile ease restrictions on migrant workers.'), ['100 ILO>CHL']);
});

test('an attempted use of force is the act; an attempted blockade is not', () => {
  assert.deepEqual(dyads('Gunmen from Chad attempted to assassinate Nigerien President Mahamadou Issoufou.').filter((d) => d.startsWith('186')).length, 1);
  assert.deepEqual(dyads('Russia has tried to hack into the email servers of Estonian ministries.'), ['17 RUS>EST']);
  assert.deepEqual(dyads('Farmers in Peru have tried to block the road for a week.').filter((d) => /^14/.test(d)), []);
});

test('new meanings: swear (threaten force), renege on, violate a ban, hearing into, prohibit aid', () => {
  assert.deepEqual(dyads('Tamil rebels have sworn to fight the Sri Lankan army.'), ['138 LKA>LKA']);
  assert.deepEqual(dyads('The Kenyan president has reneged on his promise to Somalia.'), ['127 KEN>SOM']);
  assert.deepEqual(dyads('A Kenyan newspaper has violated a ban by the Ugandan government.'), ['128 KEN>UGA']);
  assert.deepEqual(dyads('The Chilean court opened a hearing Monday into the torture of Peruvian detainees.'), ['090 CHL>PER']);
  assert.deepEqual(dyads('Canada prohibited all aid to Haitian rebels.'), ['163 CAN>HTI']);
});
