/** Property: on any input the times and amounts stages never throw, and every span is inside the text and matches it. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findTimes } from '../../src/time/index.js';
import { findAmounts } from '../../src/amounts/index.js';
import { segment } from '../../src/nlp/segment.js';
import { paragraphsOf } from '../../src/eval/timeml.js';

const WORDS = [
  'October', 'Oct.', '5', '5,000', '2012', '1993', 'May', 'March', 'Friday', 'Sunday', 'Times', 'last', 'next', 'this',
  'month', 'year', 'years', 'weeks', 'ago', 'in', 'mid-April', 'early', 'the', 'third', 'quarter', 'nearly', 'a', 'about',
  'two', 'million', '$', '$1.2', 'billion', 'troops', 'people', 'to', 'and', 'between', 'now', 'every', 'p.m.', '10',
  'a.m.', 'yesterday', 'night', '1990s', "'90s", '%', 'percent', 'fall', 'summer', 'weekend', 'Christmas', '-', ',', '.',
  '\n\n', 'twenty-five', 'dozen', 'rubles', '€', 'fiscal', 'year-earlier', '12/31/1999', '2012-10-05', 'é', '😀',
];

const textArb = fc.oneof(
  fc.array(fc.constantFrom(...WORDS), { maxLength: 30 }).chain((ws) =>
    fc.array(fc.constantFrom(' ', ' ', '  ', '\n', ''), { minLength: ws.length, maxLength: ws.length }).map((seps) => ws.map((w, i) => w + seps[i]).join('')),
  ),
  fc.string({ maxLength: 80 }),
);
const refArb = fc.constantFrom(null, '2012-10-05', '2012-10', '2012', '1999-12-31', '2000-02-29', 'garbage');

test('findTimes never throws; spans lie inside the text and match it', () => {
  fc.assert(
    fc.property(textArb, refArb, (text, ref) => {
      const times = findTimes(text, segment(text, paragraphsOf(text)), ref);
      for (const t of times) {
        assert.ok(t.start >= 0 && t.end <= text.length && t.start < t.end, `span ${t.start}-${t.end} outside "${text}"`);
        assert.equal(t.text, text.slice(t.start, t.end), `text of span ${t.start}-${t.end} in "${text}"`);
        assert.ok(t.value.length > 0, `empty value for "${t.text}"`);
      }
    }),
    { numRuns: 300 },
  );
});

test('findAmounts never throws; spans lie inside the text and match it', () => {
  fc.assert(
    fc.property(textArb, (text) => {
      for (const a of findAmounts(text, segment(text, paragraphsOf(text)))) {
        assert.ok(a.start >= 0 && a.end <= text.length && a.start < a.end, `span ${a.start}-${a.end} outside "${text}"`);
        assert.equal(a.text, text.slice(a.start, a.end), `text of span ${a.start}-${a.end} in "${text}"`);
        assert.ok(Number.isFinite(a.value), `value of "${a.text}"`);
      }
    }),
    { numRuns: 300 },
  );
});
