/** Entities stage: canonical organisation names, descriptions that stand for a named person, party nouns, pronoun gender. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/index.js';

const run = (text: string) => extract(text, { published: '2015-03-02', format: 'text' });
const personOf = (text: string, name: string) => {
  const e = run(text).entities.find((x) => x.type === 'PERSON' && x.name === name);
  assert.ok(e, `"${text}": person ${name} not found`);
  return e;
};
const mentionTexts = (e: { mentions: Array<{ text: string }> }) => e.mentions.map((m) => m.text);

test('organisations carry their canonical name; NATO keeps its usual short name; known groups stay', () => {
  const r = run('The EU said it would send monitors to the border. NATO said the alliance would help, and the UN welcomed both offers.');
  const eu = r.entities.find((e) => e.knownGroup === 'EUR');
  assert.equal(eu?.name, 'European Union');
  assert.equal(r.entities.find((e) => e.knownGroup === 'UNO')?.name, 'United Nations');
  assert.equal(r.entities.find((e) => e.knownGroup === 'NAT')?.name, 'NATO');
});

test('a short form of an organisation named before is that organisation', () => {
  const r = run('Northgate Security Group said on Monday it had halted patrols in the city. Northgate said the company was owed money by the ministry.');
  const orgs = r.entities.filter((e) => e.type === 'ORG');
  assert.equal(orgs.length, 1, JSON.stringify(orgs.map((o) => o.name)));
  assert.equal(orgs[0]!.name, 'Northgate Security Group');
  assert.equal(r.quotes[1]?.speaker?.name, 'Northgate Security Group');
});

test('appositive description before a rank and name: "The Norwegian defence minister, General Erik Halvorsen, said"', () => {
  const p = personOf('The Norwegian defence minister, General Erik Halvorsen, said the troops would stay another month.', 'Erik Halvorsen');
  assert.equal(p.country, 'NOR');
  assert.equal(p.role, 'Norwegian defence minister');
});

test('appositive after the name: "Erik Halvorsen, the defence minister, said … The minister added"', () => {
  const p = personOf('Erik Halvorsen, the defence minister, said the troops would stay. The minister added that a decision was due in May.', 'Erik Halvorsen');
  assert.ok(mentionTexts(p).includes('The minister'), mentionTexts(p).join(' | '));
});

test('a description before the name: "The Danish foreign minister said … Foreign Minister Lars Holm told"', () => {
  const text = 'The Danish foreign minister said on Monday that the embassy would reopen.\n\nForeign Minister Lars Holm told reporters in the afternoon that staff would return within a week.';
  const r = run(text);
  const p = r.entities.find((e) => e.name === 'Lars Holm');
  assert.ok(p);
  assert.ok(mentionTexts(p).includes('The Danish foreign minister'), mentionTexts(p).join(' | '));
  assert.equal(p.country, 'DNK');
  assert.equal(r.quotes[0]?.speaker?.name, 'Lars Holm');
});

test('a lede description of the person the next sentence names: "The Dutch national security adviser said … Later, Pieter Smit added"', () => {
  const p = personOf('The Dutch national security adviser said the talks had gone well. Later, Pieter Smit added that a second round was planned.', 'Pieter Smit');
  assert.ok(mentionTexts(p).includes('The Dutch national security adviser'), mentionTexts(p).join(' | '));
  assert.equal(p.country, 'NLD');
  assert.equal(p.role, 'national security adviser');
});

test('a description with no person named for it stays unnamed', () => {
  const r = run('The interior minister said the border would close on Friday. Analysts said the move would hurt trade. Pieter Smit, an economist, said exports would fall.');
  const smit = r.entities.find((e) => e.name === 'Pieter Smit');
  assert.ok(smit);
  assert.ok(!mentionTexts(smit).includes('The interior minister'));
  // a defence minister is not the interior minister named before
  const r2 = run('Interior Minister Jan Berg spoke first. The defence minister said the army was ready.');
  const berg = r2.entities.find((e) => e.name === 'Jan Berg');
  assert.ok(berg && !mentionTexts(berg).some((t) => /defence/.test(t)), berg ? mentionTexts(berg).join(" | ") : "no Jan Berg");
});

test('"the Democrat" refers back to the politician just named', () => {
  const p = personOf('Senator Tom Hadley criticised the budget on Tuesday.\n\n"This plan will not pass," the Democrat told reporters.', 'Tom Hadley');
  assert.ok(mentionTexts(p).includes('the Democrat'), mentionTexts(p).join(' | '));
  // an adjective is no party member: "the Republican nominee"
  const q = personOf('Senator Tom Hadley spoke on Tuesday. The Republican nominee was absent.', 'Tom Hadley');
  assert.ok(!mentionTexts(q).some((t) => /Republican/.test(t)));
});

test('"the senator" finds a person titled "Sen."', () => {
  const p = personOf('Sen. Tom Hadley spoke on Tuesday. The senator said the bill was dead.', 'Tom Hadley');
  assert.ok(mentionTexts(p).includes('The senator'), mentionTexts(p).join(' | '));
});

test('pronouns skip a person of the other gender', () => {
  const r = run('Carla Mendes met Peter Olsen in Lisbon on Monday. Mendes said she was pleased with the meeting.');
  const mendes = r.entities.find((e) => e.name === 'Carla Mendes')!;
  const olsen = r.entities.find((e) => e.name === 'Peter Olsen')!;
  assert.ok(mentionTexts(mendes).includes('she'));
  assert.ok(!mentionTexts(olsen).includes('she'));
  const r2 = run('Mrs. Okafor thanked Mayor Daniel Price. She said the new bridge would open in June.');
  assert.ok(mentionTexts(r2.entities.find((e) => e.name === 'Daniel Price')!).every((t) => t !== 'She'));
});

test('a pronoun in what an unnamed person said is that person, not the last name', () => {
  const p = personOf('Mayor Daniel Price visited the ward on Monday. A nurse on duty told reporters that he had not slept for two days.', 'Daniel Price');
  assert.ok(!mentionTexts(p).includes('he'));
});

test('a title abbreviation is no part of the name: "Gen Halvorsen" is "Erik Halvorsen"', () => {
  const r = run('General Erik Halvorsen arrived on Monday. In an interview, Gen Halvorsen said the troops were ready.');
  const people = r.entities.filter((e) => e.type === 'PERSON');
  assert.equal(people.length, 1, JSON.stringify(people.map((p) => p.name)));
});

test('a home town after a rank and name gives the country: "Sgt. Paul Reed of Boise, Idaho"', () => {
  const p = personOf('"We held the bridge," said Sgt. Paul Reed of Boise, Idaho, after the patrol returned.', 'Paul Reed');
  assert.equal(p.country, 'USA');
});

test('a one-word "name" used as a common noun with an article is no person ("the Mass")', () => {
  const r = run('The bishop celebrated the Mass for thousands of people on Sunday. He said the city needed peace.');
  assert.ok(!r.entities.some((e) => e.type === 'PERSON' && e.name === 'Mass'));
});
