/** Long and hostile inputs: a clear diagnostic or error, never a lost article or a hang. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, MAX_ANALYSED_CHARS, SitrepError } from '../../src/index.js';

test('a body longer than the analysed limit is kept whole, analysed up to the limit, and says so', () => {
  const para = 'Russia and Tajikistan signed an agreement in Dushanbe on Friday, officials said. '.repeat(40);
  const text = Array.from({ length: Math.ceil((MAX_ANALYSED_CHARS * 1.3) / para.length) }, (_, i) => `Paragraph ${i}. ${para}`).join('\n\n');
  const r = extract(text, { published: '2012-10-05', format: 'text' });
  assert.ok(r.article.text.length > MAX_ANALYSED_CHARS, 'the article text is not cut');
  assert.ok(r.diagnostics.some((d) => d.code === 'ANALYSIS_TRUNCATED'), 'a diagnostic names the truncation');
  assert.ok(r.sentences.every((s) => s.end <= MAX_ANALYSED_CHARS));
  assert.ok(r.events.some((e) => e.code === '057'), 'the analysed part is coded');
  assert.deepEqual(r.diagnostics.filter((d) => d.code === 'BAD_SPAN'), []);
});

test('one paragraph of 400,000 characters without breaks is analysed in its first part', () => {
  const text = 'Russia and Tajikistan signed an agreement in Dushanbe. '.repeat(8000);
  const r = extract(text, { published: '2012-10-05', format: 'text' });
  assert.ok(r.diagnostics.some((d) => d.code === 'ANALYSIS_TRUNCATED'));
  assert.equal(r.events.filter((e) => e.code === '057').length, 1, 'the same signing stated many times is one event');
});

test('empty and whitespace-only inputs are EMPTY_INPUT errors', () => {
  for (const input of ['', '   \n\n  ', new Uint8Array(0)]) {
    assert.throws(() => extract(input), (e: unknown) => e instanceof SitrepError && e.code === 'EMPTY_INPUT');
  }
});
