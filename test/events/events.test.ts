/** Event coding rules on real news sentences: frames, compound actors, passive, modality, merging. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/index.js';
import { inflect } from '../../src/events/patterns.js';

const events = (text: string) => extract(text, { published: '2012-10-05', format: 'text' }).events;
const dyads = (text: string) => events(text).map((e) => `${e.code} ${e.actor1?.countryCode ?? e.actor1?.knownGroup}>${e.actor2?.countryCode ?? e.actor2?.knownGroup}`);

test('inflection: regular, e-final, y-final, doubling and irregular verbs', () => {
  const irr = new Map([['meet', { past: 'met', participle: 'met' }]]);
  assert.deepEqual(inflect('sign', irr).sort(), ['sign', 'signed', 'signing', 'signs']);
  assert.deepEqual(inflect('negotiate', irr).sort(), ['negotiate', 'negotiated', 'negotiates', 'negotiating']);
  assert.deepEqual(inflect('deny', irr).sort(), ['denied', 'denies', 'deny', 'denying']);
  assert.deepEqual(inflect('kidnap', irr).sort(), ['kidnap', 'kidnapped', 'kidnapping', 'kidnaps']);
  assert.deepEqual(inflect('meet', irr).sort(), ['meet', 'meeting', 'meets', 'met']);
});

test('compound subject of a symmetric verb: "Russia and Tajikistan have signed an agreement"', () => {
  assert.deepEqual(dyads('Russia and Tajikistan have signed an agreement allowing Russian troops to stay.'), ['057 RUS>TJK']);
});

test('visit frame: the visited place gives the second actor', () => {
  assert.deepEqual(dyads('Also in April, Russian Foreign Minister Sergei Lavrov visited Dushanbe to discuss the issue.'), ['042 RUS>TJK']);
});

test('nominal event: "during Putin\'s visit to Dushanbe"', () => {
  const ev = events('The ministers met on October 5 during Russian President Vladimir Putin’s visit to Dushanbe.');
  assert.ok(ev.some((e) => e.code === '042' && e.actor1?.countryCode === 'RUS' && e.actor2?.countryCode === 'TJK'), JSON.stringify(ev.map((e) => e.code)));
});

test('"called on X to …": the target is the object before the infinitive', () => {
  assert.deepEqual(dyads('President Rahmon publicly called on Russia "to respect" Tajikistan.'), ['020 TJK>RUS']);
  assert.deepEqual(dyads('Rahmon called on the world community to help Tajikistan fulfill its responsibility.'), []);
});

test('intent: "Russia would provide Tajikistan\'s army with assistance" → 0332', () => {
  const ev = events('Rahmon pointed out that Russia would provide Tajikistan’s army with assistance.');
  assert.equal(ev.length, 1);
  assert.equal(ev[0]!.code, '0332');
  assert.equal(ev[0]!.modality, 'intended');
  assert.equal(ev[0]!.actor1?.countryCode, 'RUS');
  assert.equal(ev[0]!.actor2?.countryCode, 'TJK');
});

test('negation drops the event: "Russia did not sign the agreement with Tajikistan"', () => {
  assert.deepEqual(dyads('Russia did not sign the agreement with Tajikistan.'), []);
});

test('questions and conditionals are not coded', () => {
  assert.deepEqual(dyads('Will Russia sign the agreement with Tajikistan?'), []);
  assert.deepEqual(dyads('If Russia signs the agreement with Tajikistan, the base stays.'), []);
});

test('passive with "by": "were seized by Iraqi insurgents"', () => {
  const ev = events('Two American contractors were seized by Iraqi insurgents on Tuesday.');
  assert.deepEqual(ev.map((e) => `${e.code} ${e.actor1?.countryCode}>${e.actor2?.countryCode}`), ['181 IRQ>USA']);
});

test('one event stated twice is one event with two mentions', () => {
  const ev = events('Russia and Tajikistan signed an agreement on Friday. The Tajik and Russian defense ministers signed the agreement on Friday in Dushanbe.');
  const signing = ev.filter((e) => e.code === '057');
  assert.equal(signing.length, 1);
  assert.equal(signing[0]!.mentions.length, 2);
});

test('two people making the same kind of visit stay two events', () => {
  const ev = events("Russia's Defense Minister Anatoly Antonov has visited Tajikistan and Deputy Prime Minister Igor Shuvalov came to Dushanbe.");
  assert.equal(ev.filter((e) => e.code === '042').length, 2);
});

test('every event carries CAMEO facts and its evidence', () => {
  const [e] = events('Russia and Tajikistan have signed an agreement.');
  assert.ok(e);
  assert.equal(e.rootCode, '05');
  assert.equal(e.quadClass, 1);
  assert.equal(e.goldstein, 8);
  assert.equal(e.plover?.event, 'SUPPORT');
  assert.equal(e.evidence, 'Russia and Tajikistan have signed an agreement.');
});

test('three parties of a symmetric event give every pair: "Australia, the United States and India held a drill"', () => {
  assert.deepEqual(dyads('Australia, the United States and India held a three-day anti-submarine drill on Friday.').sort(), ['062 AUS>IND', '062 AUS>USA', '062 USA>IND']);
});

test('a comma alone is no list: "on Iran, it has asked France"', () => {
  const d = dyads('Even as Russia has hinted at easing its pressure on Iran, it has asked France to resume talks with Tehran.');
  assert.ok(!d.some((x) => x.includes('IRN>')), `Iran is not a subject: ${d.join(', ')}`);
});

test('a duty in reported speech is a demand: "Brazil said that Paraguay must hand back the plane"', () => {
  assert.deepEqual(dyads('Brazil said on Thursday that Paraguay must hand back a seized cargo plane.'), ['100 BRA>PRY']);
});

test('a plural after a nationality is a noun, not a verb: "Turkish air strikes hit Syria"', () => {
  assert.ok(!dyads('The truce collapsed after Turkish air strikes hit a depot of the militia in Syria.').some((x) => x.startsWith('190 TUR')));
});

test('"it" takes the sentence subject: "Armenia now says it is ready to withdraw its soldiers from Azerbaijan"', () => {
  const ev = events('Armenia now says it is ready to withdraw its soldiers from neighboring Azerbaijan.');
  assert.ok(ev.some((e) => e.actor1?.countryCode === 'ARM' && e.actor2?.countryCode === 'AZE' && e.modality === 'intended'), JSON.stringify(ev.map((e) => e.code)));
});

test('an event inside a quotation is coded as reported', () => {
  const ev = events('"Russia will never sign anything with Tajikistan, but Tajikistan attacked Russia," the minister said.');
  assert.ok(ev.length > 0 && ev.every((e) => e.modality === 'reported'), JSON.stringify(ev.map((e) => [e.code, e.modality])));
});

test('an event inside reported speech is the speaker\'s claim, marked as reported; the writer\'s own is asserted', () => {
  const claimed = events('Georgian officials said Russia attacked Georgian troops near the border.');
  assert.ok(claimed.some((e) => e.rootCode === '19' && e.modality === 'reported'), JSON.stringify(claimed.map((e) => [e.code, e.modality])));
  const stated = events('Russia attacked Georgian troops near the border.');
  assert.ok(stated.some((e) => e.rootCode === '19' && e.modality === 'asserted'), JSON.stringify(stated.map((e) => [e.code, e.modality])));
  // Claimed, then stated by the writer: one event, asserted.
  const both = events('Georgian officials said Russia attacked Georgian troops near the border. Russia attacked Georgian troops near the border.');
  const attacks = both.filter((e) => e.rootCode === '19');
  assert.equal(attacks.length, 1, JSON.stringify(attacks.map((e) => [e.code, e.modality])));
  assert.equal(attacks[0]!.modality, 'asserted');
});

test('a protest without a named target is aimed at the state where it happens', () => {
  assert.deepEqual(dyads('Hundreds of Kenyan teachers marched in the western city of Kisumu on Wednesday.'), ['141 KEN>KEN']);
});

test('a condemning word in reported speech is disapproval of the other actor named', () => {
  assert.deepEqual(dyads("China's defense ministry said it saw Tokyo's plan as contradicting the treaty."), ['111 CHN>JPN']);
});

test('a meeting in the other side\'s country is a visit and a meeting: "Indian Prime Minister Ravi Mehta met Japanese Prime Minister Ken Sato in Tokyo"', () => {
  assert.deepEqual(dyads('Indian Prime Minister Ravi Mehta met Japanese Prime Minister Ken Sato in Tokyo on Thursday.'), ['042 IND>JPN', '040 IND>JPN']);
});
