/** Anaphora in actors.ts: "the regime", "they", "the militants"/"the group", "the country". */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/index.js';

const events = (text: string) => extract(text, { published: '2012-10-05', format: 'text' }).events;
const dyads = (text: string) => events(text).map((e) => `${e.code} ${e.actor1?.countryCode ?? e.actor1?.knownGroup}>${e.actor2?.countryCode ?? e.actor2?.knownGroup}`);

test('"the regime" is the government of the lead subject\'s country', () => {
  const e = events('Iran tested a new missile on Monday. Officials in Tehran praised the launch. The regime also accused Israel of sabotage.');
  const x = e.find((v) => v.code === '112');
  assert.equal(x?.actor1?.countryCode, 'IRN', JSON.stringify(e.map((v) => v.actor1)));
  assert.deepEqual(x?.actor1?.types, ['GOV']);
  assert.equal(x?.actor2?.countryCode, 'ISR');
});

test('"they" after a speech verb is the sentence subject, an organisation or group', () => {
  assert.ok(dyads('The Iraqi foreign ministry said they would expel the Turkish ambassador.').some((d) => / IRQ>TUR$/.test(d)));
});

test('"They" opening a sentence is the previous subject, a pair as two actors, also as a passive subject', () => {
  const d = dyads('Iranian officials and Russian diplomats met in Vienna on Monday. But they were condemned by Britain on Tuesday.');
  assert.ok(d.includes('111 GBR>IRN') && d.includes('111 GBR>RUS'), d.join(', '));
});

test('"They" never stands for people named one by one', () => {
  const d = dyads('President Putin met President Erdogan in Sochi. They criticised Israel on Monday.');
  assert.ok(!d.some((x) => x.endsWith('>ISR')), d.join(', '));
});

test('"the militants" is the one armed group named just before, none when two were', () => {
  const e = events('Hezbollah fighters entered the town on Sunday. The militants later attacked Israeli troops.');
  assert.ok(e.some((v) => v.rootCode === '19' && v.actor1?.knownGroup === 'HEZ'), JSON.stringify(e.map((v) => v.actor1)));
  const two = events('Hezbollah fighters and Hamas gunmen entered the town on Sunday. The militants later attacked Israeli troops.');
  assert.ok(!two.some((v) => v.rootCode === '19' && v.sentence.start > 40 && (v.actor1?.knownGroup === 'HEZ' || v.actor1?.knownGroup === 'HMS')), JSON.stringify(two.map((v) => v.actor1)));
});

test('"the country" passes over a name that only modifies a noun, and stays open after a pair', () => {
  assert.ok(dyads('Iran rejected the offer on Monday. The United Nations imposed sanctions on US firms trading with the country.').some((d) => d.endsWith('>IRN')));
  const d = dyads('Jordan has long hosted refugees. France and Britain sent aid to Iraqi officials on Monday. Germany later imposed sanctions on the country.');
  assert.ok(!d.some((x) => x.startsWith('163 DEU>')), d.join(', '));
});

test('"the monitors" are the organisation\'s people named before as its observers', () => {
  const d = dyads('Several observers from the African Union reached Bamako on Monday. Mali later expelled the monitors.');
  assert.ok(d.some((x) => /^166\d* MLI>/.test(x) && !x.endsWith('>MLI')), d.join(', '));
  // None named before: no actor.
  assert.ok(!dyads('Mali later expelled the monitors.').some((x) => x.startsWith('166')));
});
