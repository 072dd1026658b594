/** Table tests for indirect speech: cue patterns, content boundaries, unnamed sources. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf, show, sliceOf } from './helpers.js';

const CASES: Array<{ text: string; content: string; speaker: string; mention: string; cue: string }> = [
  { text: 'Defense Minister Karl Weber said that the army would stay until spring.', content: 'the army would stay until spring', speaker: 'Karl Weber', mention: 'Defense Minister Karl Weber', cue: 'said' },
  { text: 'Putin’s aide Yuri Petrov told journalists that the agreement extends an older deal.', content: 'the agreement extends an older deal', speaker: 'Yuri Petrov', mention: 'Putin’s aide Yuri Petrov', cue: 'told' },
  { text: 'Later, at a press conference, Mendez indicated that the deal would help both countries.', content: 'the deal would help both countries', speaker: 'Mendez', mention: 'Mendez', cue: 'indicated' },
  { text: 'Sato pointed out that Japan would provide the navy with assistance.', content: 'Japan would provide the navy with assistance', speaker: 'Sato', mention: 'Sato', cue: 'pointed out' },
  { text: 'Lopez stated after his meeting with the mayor that the city is interested in the plan.', content: 'the city is interested in the plan', speaker: 'Lopez', mention: 'Lopez', cue: 'stated' },
  { text: 'The aid convoy will arrive on Monday, the ministry said.', content: 'The aid convoy will arrive on Monday', speaker: 'the ministry', mention: 'the ministry', cue: 'said' },
  { text: 'Three people were injured in the blast, said a police spokesman.', content: 'Three people were injured in the blast', speaker: 'a police spokesman', mention: 'a police spokesman', cue: 'said' },
  { text: 'According to Interior Minister Omar Saleh, the border will reopen next week.', content: 'the border will reopen next week', speaker: 'Omar Saleh', mention: 'Interior Minister Omar Saleh', cue: 'According to' },
  { text: 'The border will reopen next week, according to officials.', content: 'The border will reopen next week', speaker: 'officials', mention: 'officials', cue: 'according to' },
  { text: 'Senator Ruth Kane warned that the bill would fail in the house.', content: 'the bill would fail in the house', speaker: 'Ruth Kane', mention: 'Senator Ruth Kane', cue: 'warned' },
  { text: 'The company denied that it had paid the officials.', content: 'it had paid the officials', speaker: 'The company', mention: 'The company', cue: 'denied' },
  { text: 'The delegation head, Dan Byrne, said in Dublin in July that Ireland views the plan as a fair start.', content: 'Ireland views the plan as a fair start', speaker: 'Dan Byrne', mention: 'Dan Byrne', cue: 'said' },
  { text: 'Governor Ellen Park warned supporters on Sunday that the race was tight.', content: 'the race was tight', speaker: 'Ellen Park', mention: 'Governor Ellen Park', cue: 'warned' },
  { text: 'Another 23 percent said they would skip the runoff entirely.', content: 'they would skip the runoff entirely', speaker: 'Another 23 percent', mention: 'Another 23 percent', cue: 'said' },
  { text: 'Harbor Mutual just last week announced it would scrap the bonuses.', content: 'it would scrap the bonuses', speaker: 'Harbor Mutual', mention: 'Harbor Mutual', cue: 'announced' },
  { text: 'Senator Hid Donations From Voters, Former White House Aide Says', content: 'Senator Hid Donations From Voters', speaker: 'Former White House Aide', mention: 'Former White House Aide', cue: 'Says' },
  { text: 'Even if the venture fails, Mr. Morgan said, the land is already restored.', content: 'Even if the venture fails', speaker: 'Morgan', mention: 'Mr. Morgan', cue: 'said' },
];

for (const c of CASES) {
  test(`indirect: ${c.text}`, () => {
    const qs = quotesOf(c.text).filter((q) => q.kind === 'indirect');
    const q = qs.find((x) => x.text === c.content);
    assert.ok(q, `expected content "${c.content}" in ${show(qs)}`);
    assert.equal(q.speaker?.name, c.speaker, `speaker name of "${c.text}"`);
    assert.equal(sliceOf(c.text, q.speaker), c.mention, `speaker span of "${c.text}"`);
    assert.equal(sliceOf(c.text, q.cue), c.cue, `cue of "${c.text}"`);
  });
}

test('"adding that" gives a second indirect quote of the same speaker; the first stops before it', () => {
  const text = 'Lavrov said that the troops would stay, adding that the base needs new equipment.';
  const qs = quotesOf(text).filter((q) => q.kind === 'indirect');
  assert.deepEqual(qs.map((q) => [q.text, q.speaker?.name]), [
    ['the troops would stay', 'Lavrov'],
    ['the base needs new equipment', 'Lavrov'],
  ], show(qs));
});

test('a second reporting verb ends the content ("… and warned that …")', () => {
  const text = 'Trump said he would order a review of the defenses and warned that hackers are active.';
  const qs = quotesOf(text).filter((q) => q.kind === 'indirect');
  assert.equal(qs[0]?.text, 'he would order a review of the defenses', show(qs));
});

test('unnamed sources stay unnamed: no entity id, the name is the mention text', () => {
  for (const text of ['A spokesman said the talks would resume.', 'Officials said the talks would resume.']) {
    const q = quotesOf(text).find((x) => x.kind === 'indirect');
    assert.ok(q, text);
    assert.equal(q.speaker?.entityId, null, text);
    assert.equal(q.speaker?.name, sliceOf(text, q.speaker), text);
  }
});

test('a pronoun speaker falls back to the most recent titled name, not to a later one', () => {
  const text = 'President Ana Costa met the envoy.\n\nShe said the talks had gone well. Envoy Li Wei left on Sunday.';
  const q = quotesOf(text).find((x) => x.kind === 'indirect');
  assert.equal(q?.speaker?.name, 'Ana Costa', show(quotesOf(text)));
});
