/** Property: on any text the stage never throws and every span lies inside the text. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { quotesOf } from './helpers.js';

const PIECES = [
  '"', '“', '”', "'", '‘', '’', "''", ' said ', ' told reporters that ', ', according to ', 'According to ',
  ' he ', ' she said.', 'President ', 'Anna Lind', ' officials said', ': ', ', ', '. ', '\n\n', ' the deal ',
  'WALLACE:', ' ― ', '(R-IN)', ' adding that ', ' a spokesman ', 'We will win', '.', ' ',
];

test('findQuotes never throws and keeps spans, cue and speaker inside the text', () => {
  fc.assert(
    fc.property(fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      const qs = quotesOf(text);
      for (const q of qs) {
        assert.ok(0 <= q.start && q.start < q.end && q.end <= text.length, `content span in ${JSON.stringify(text)}`);
        assert.equal(q.text, text.slice(q.start, q.end));
        for (const s of [q.cue, q.speaker]) {
          if (s) assert.ok(0 <= s.start && s.start < s.end && s.end <= text.length, `cue/speaker span in ${JSON.stringify(text)}`);
        }
      }
    }),
    { numRuns: Number(process.env['QUOTES_FUZZ_RUNS'] ?? 300) },
  );
});
