/** GDELT counts: numbers of people read as killed, wounded, arrested, kidnapped, protesting or displaced. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/index.js';

const counts = (text: string) =>
  extract(text, { published: '2024-05-02', format: 'text' })
    .facts.filter((f) => f.kind === 'count')
    .map((f) => `${f.fields['kind']} ${f.fields['number']}`);

const cases: Array<[string, string[]]> = [
  ['Twelve villagers were killed when the bridge collapsed in the storm.', ['KILL 12']],
  ['The rebels attacked the convoy, killing at least 9 soldiers and wounding 14 others.', ['KILL 9', 'WOUND 14']],
  ['Police said 35 people have been arrested since the riots began.', ['ARREST 35']],
  ['Gunmen abducted 20 students from a school on Monday.', ['KIDNAP 20']],
  ['About 3,000 protesters gathered outside parliament on Tuesday.', ['PROTEST 3000']],
  ['The floods displaced 40,000 people across the province.', ['AFFECT 40000']],
  ['Four demonstrators were shot dead by the security forces.', ['KILL 4']],
  ['The death toll rose to at least 71 people on Thursday, officials said.', ['KILL 71']],
  ['Rescuers recovered the bodies of 6 fishermen near the coast.', ['KILL 6']],
  // A bare figure after a tally and its verb: the tally says what it counts.
  ['The death toll from the landslide rose to 38 on Sunday.', ['KILL 38']],
  ['The toll in the northern villages stood at 9.', ['KILL 9']],
  ['By nightfall the number of fatalities had climbed to 17.', ['KILL 17']],
];
for (const [sentence, want] of cases) {
  test(`counts: "${sentence}" → ${want.join(', ')}`, () => {
    assert.deepEqual(counts(sentence).sort(), [...want].sort());
  });
}

test('counts: numbers that are not people, or not a count of a kind, are left alone', () => {
  assert.deepEqual(counts('Five rockets killed nobody, the army said.'), []);
  assert.deepEqual(counts('The company hired 300 workers in 2023.'), []);
  assert.deepEqual(counts('The ministry spent $40 million and 12 percent of its budget on repairs.'), []);
});

test('counts: each count keeps its evidence (number and kind words) and links to the event it quantifies', () => {
  const r = extract('Syrian forces shelled the town of Idlib on Monday, killing 15 civilians.', { published: '2024-05-02', format: 'text' });
  const c = r.facts.find((f) => f.kind === 'count')!;
  assert.ok(c, 'a count');
  const span = (field: string) => c.evidence.find((e) => e.field === field)!;
  assert.equal(r.article.text.slice(span('number').start, span('number').end), '15 civilians');
  assert.equal(r.article.text.slice(span('kind').start, span('kind').end), 'killing');
  const event = r.events.find((e) => e.id === c.fields['eventId']);
  assert.ok(event && ['18', '19', '20'].includes(event.rootCode), `linked to an assault event, got ${event?.code}`);
  const attack = r.facts.find((f) => f.kind === 'attack' && f.fields['eventId'] === event.id);
  assert.equal(attack?.fields['killed'], 15, 'the attack fact takes its killed figure from the count');
});
