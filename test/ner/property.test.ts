import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { recognize } from '../../src/nlp/ner/index.js';
import { segment } from '../../src/nlp/segment.js';

const WORDS = ['Putin', "Putin's", 'NATO', 'the', 'said', 'U.S.', 'RFE/RL', 'al-Zarqawi', '201st', 'Division', '“', '”', '.', ',', 'Kyiv', 'MOSCOW', 'Москва', '—', "don't", 'Abu', 'Musab', '\n\n'];

test('on any mix of words, spans lie inside the text, in order, without overlap, trimmed', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }), (words) => {
      const text = words.join(' ');
      const paragraphs: Array<{ start: number; end: number }> = [];
      const re = /[^\n]+/g;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) paragraphs.push({ start: m.index, end: m.index + m[0].length });
      const spans = recognize(text, segment(text, paragraphs));
      let last = 0;
      for (const s of spans) {
        assert.ok(s.start >= last && s.end > s.start && s.end <= text.length, `span ${JSON.stringify(s)} in ${JSON.stringify(text)}`);
        assert.equal(text.slice(s.start, s.end).trim(), text.slice(s.start, s.end));
        last = s.end;
      }
    }),
    { numRuns: 150, seed: 7 },
  );
});
