import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ALLOWED, TAGS, TAG_INDEX, allowed, bilouFromSpans, iob1FromSpans, spansFromBilou, spansFromIob } from '../../src/nlp/ner/tags.js';

test('IOB1 chunks follow conlleval: I- after O starts a chunk, B- splits two chunks of one type', () => {
  const tags = ['I-PER', 'I-PER', 'B-PER', 'O', 'I-LOC', 'I-ORG', 'I-ORG'];
  assert.deepEqual(spansFromIob(tags), [
    { start: 0, end: 2, label: 'PER' },
    { start: 2, end: 3, label: 'PER' },
    { start: 4, end: 5, label: 'LOC' },
    { start: 5, end: 7, label: 'ORG' },
  ]);
});

test('BILOU round trip: spans → BILOU → spans', () => {
  const spans = [
    { start: 0, end: 1, label: 'LOC' },
    { start: 2, end: 5, label: 'PER' },
    { start: 5, end: 7, label: 'PER' },
  ];
  const bilou = bilouFromSpans(8, spans);
  assert.deepEqual(bilou, ['U-LOC', 'O', 'B-PER', 'I-PER', 'L-PER', 'B-PER', 'L-PER', 'O']);
  assert.deepEqual(spansFromBilou(bilou), spans);
});

test('IOB1 output marks B- only where a chunk follows one of the same type', () => {
  const spans = [
    { start: 0, end: 2, label: 'PER' },
    { start: 2, end: 3, label: 'PER' },
    { start: 4, end: 5, label: 'LOC' },
  ];
  assert.deepEqual(iob1FromSpans(5, spans), ['I-PER', 'I-PER', 'B-PER', 'O', 'I-LOC']);
  assert.deepEqual(spansFromIob(iob1FromSpans(5, spans)), spans);
});

test('BILOU transitions: an open entity must continue with I/L of its type', () => {
  assert.equal(allowed('B-PER', 'L-PER'), true);
  assert.equal(allowed('B-PER', 'L-ORG'), false, 'B-PER then L-ORG');
  assert.equal(allowed('B-PER', 'O'), false, 'B-PER then O');
  assert.equal(allowed('U-PER', 'B-ORG'), true);
  assert.equal(allowed(null, 'I-LOC'), false, 'sentence start then I-LOC');
  assert.equal(ALLOWED[0]![TAG_INDEX.get('U-MISC')!], true);
  assert.equal(TAGS.length, 17);
});

test('a broken BILOU sequence still yields spans', () => {
  assert.deepEqual(spansFromBilou(['B-ORG', 'I-ORG', 'O', 'I-LOC']), [
    { start: 0, end: 2, label: 'ORG' },
    { start: 3, end: 4, label: 'LOC' },
  ]);
});
