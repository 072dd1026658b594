import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recognize } from '../../src/nlp/ner/index.js';
import { segment } from '../../src/nlp/segment.js';

function tag(text: string): string[] {
  const seg = segment(text, [{ start: 0, end: text.length }]);
  return recognize(text, seg).map((s) => `${s.label} ${text.slice(s.start, s.end)}`);
}

function expectAll(text: string, wanted: string[]): void {
  const got = tag(text);
  for (const w of wanted) assert.ok(got.includes(w), `in "${text}" expected ${w}; got ${JSON.stringify(got)}`);
}

test('the committed model tags a news sentence: two presidents and a capital', () => {
  expectAll('Russian President Vladimir Putin met Tajik President Emomali Rahmon in Dushanbe.', [
    'PER Vladimir Putin',
    'PER Emomali Rahmon',
    'LOC Dushanbe',
  ]);
});

test('organisations: NATO and Reuters', () => {
  expectAll('NATO said on Tuesday it would send more troops to the region, Reuters reported.', ['ORG NATO', 'ORG Reuters']);
});

test('a possessive does not stick to the name: "Ukraine\'s"', () => {
  expectAll("Officials said Ukraine's army had pulled back from the town.", ['LOC Ukraine']);
});

test('spans are character offsets into the text and never overlap', () => {
  const text = 'Secretary of State Antony Blinken arrived in Kyiv for talks with Foreign Minister Dmytro Kuleba.';
  const seg = segment(text, [{ start: 0, end: text.length }]);
  const spans = recognize(text, seg);
  assert.ok(spans.length >= 3, `expected at least 3 names in "${text}"`);
  let last = -1;
  for (const s of spans) {
    assert.ok(s.start >= last && s.end > s.start && s.end <= text.length, `bad span ${JSON.stringify(s)}`);
    assert.equal(text.slice(s.start, s.end).trim(), text.slice(s.start, s.end), `span ${JSON.stringify(s)} has outer spaces`);
    last = s.end;
  }
});

test('empty text gives no names', () => {
  assert.deepEqual(recognize('', { tokens: [], sentences: [] }), []);
});

test('document context: a bare surname at a sentence start after the full name is still a person', () => {
  const text = "Russian President Vladimir Putin arrived on Tuesday.\n\nPutin's aide Yuri Ushakov told reporters the talks went well.";
  const seg = segment(text, [{ start: 0, end: 52 }, { start: 54, end: text.length }]);
  const got = recognize(text, seg).map((s) => `${s.label} ${text.slice(s.start, s.end)}`);
  for (const w of ['PER Vladimir Putin', 'PER Putin', 'PER Yuri Ushakov']) assert.ok(got.includes(w), `expected ${w}; got ${JSON.stringify(got)}`);
});

test('every span carries a confidence score between 0 and 1', () => {
  const text = 'NATO said on Tuesday it would send more troops to the region, Reuters reported.';
  for (const s of recognize(text, segment(text, [{ start: 0, end: text.length }]))) {
    assert.ok(typeof s.score === 'number' && s.score > 0 && s.score <= 1, `score of ${text.slice(s.start, s.end)}: ${s.score}`);
  }
});
