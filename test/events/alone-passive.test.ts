/** Events with no second actor, reduced passives and a pronoun for acts named just before (news-dev recall session). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/index.js';

const dyads = (text: string) =>
  extract(text, { published: '2016-03-14', format: 'text' }).events.map((e) => `${e.code} ${e.actor1?.countryCode ?? e.actor1?.knownGroup}>${e.actor2 ? e.actor2.countryCode ?? e.actor2.knownGroup : '-'}`);

test('alone: a claim of responsibility needs no other side', () => {
  assert.deepEqual(dyads('The Taliban claimed responsibility for the bombing in a text message.'), ['015 TAL>-']);
});

test('alone: condemning an act whose author is not named is a one-sided criticism', () => {
  assert.deepEqual(dyads('The Kenyan president condemned a deadly explosion at a market in Nairobi.'), ['111 KEN>-']);
  // An author named after the verb is still the target.
  assert.deepEqual(dyads('Kenya condemned Somalia for the attack on its border post.'), ['111 KEN>SOM']);
});

test('alone: troops deployed in the passive are their own state\'s show of force', () => {
  assert.deepEqual(dyads('Tunisian troops backed by tanks were deployed on Tuesday in the suburbs of the capital.'), ['152 TUN>-']);
  // A deployment still needs a force as its object: "ideas were deployed" is no event.
  assert.deepEqual(dyads('New arguments were deployed in the debate in Tunis.'), []);
});

test('reduced passive: "talks, brokered by Qatar," mediate between the parties named next', () => {
  const d = dyads('At the talks, brokered by Qatar and held in Doha last week, Sudan and Chad agreed a truce.');
  assert.ok(d.includes('045 QAT>SDN') && d.includes('045 QAT>TCD'), d.join(', '));
});

test('reduced relative without "by": a participle on a prepositional object is no act of the subject', () => {
  const d = dyads('The head of the UN mission said the shooting was a breach of the truce brokered between Sudan and Chad.');
  assert.ok(!d.some((x) => x.startsWith('045')), d.join(', '));
});

test('passive reaction with a pronoun subject aims at the owner of the acts named just before', () => {
  const d = dyads("Several governments backed Turkey's actions, calling them lawful. But they were condemned as illegal by Syria and Iran.");
  assert.ok(d.includes('111 SYR>TUR') && d.includes('111 IRN>TUR'), d.join(', '));
});
