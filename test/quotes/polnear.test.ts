/** The PolNeAR scorer: BRAT parsing, matching rules, and a regression floor on the dev split. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Quote } from '../../src/core/types.js';
import { groupByCue, isQuoted, parseAnn, paragraphsOf, run, scoreDocument } from '../../src/eval/polnear.js';
import { needsShared, sharedPath } from '../shared-data.js';

const TEXT = 'The mayor said the bridge will open in May.\n\n"We are ready," she said. "Come and see."';
// Offsets: Source "The mayor" 0-9, Cue "said" 10-14, Content 15-42; second relation has two content parts.
const ANN = [
  'T1\tSource 0 9\tThe mayor',
  'T2\tCue 10 14\tsaid',
  'T3\tContent 15 42\tthe bridge will open in May',
  'T4\tAttribution 10 14\tsaid',
  'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
  'T5\tSource 61 64\tshe',
  'T6\tCue 65 69\tsaid',
  'T7\tContent 46 58;72 85\tWe are ready Come and see.',
  'T8\tAttribution 65 69\tsaid',
  'E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5',
  'T9\tDiscard 0 3\tThe',
].join('\n');

test('parseAnn reads relations with discontinuous contents', () => {
  const rels = parseAnn(ANN);
  assert.equal(rels.length, 2);
  assert.deepEqual(rels[1]!.content, [{ start: 46, end: 58 }, { start: 72, end: 85 }]);
  assert.deepEqual(rels[1]!.source, [{ start: 61, end: 64 }]);
  assert.equal(isQuoted(TEXT, rels[1]!.content), true, 'content in quotation marks');
  assert.equal(isQuoted(TEXT, rels[0]!.content), false, 'indirect content');
});

test('paragraphsOf splits on blank lines', () => {
  assert.deepEqual(paragraphsOf(TEXT).map((p) => TEXT.slice(p.start, p.end).slice(0, 8)), ['The mayo', '"We are ']);
});

test('scoreDocument groups quotes sharing a cue and checks speaker overlap', () => {
  const cue = { start: 65, end: 69 };
  const sp = { start: 61, end: 64, name: 'she', entityId: null };
  const pred: Quote[] = [
    { start: 15, end: 42, text: TEXT.slice(15, 42), kind: 'indirect', cue: { start: 10, end: 14 }, speaker: { start: 0, end: 9, name: 'The mayor', entityId: null } },
    { start: 46, end: 58, text: TEXT.slice(46, 58), kind: 'direct', cue, speaker: sp },
    { start: 72, end: 85, text: TEXT.slice(72, 85), kind: 'direct', cue, speaker: sp },
  ];
  assert.equal(groupByCue(TEXT, pred).length, 2);
  const c = scoreDocument(TEXT, parseAnn(ANN), pred);
  assert.deepEqual(c, { gold: 2, pred: 2, matched: 2, goldDirect: 1, matchedDirect: 1, withSource: 2, speakerOk: 2 });
});

const DEV = 'data/quotes/PolNeAR/dev';
test('PolNeAR dev: regression floor (direct recall, speaker accuracy, content F1)', needsShared(DEV), async () => {
  let out = '';
  const write = process.stdout.write;
  process.stdout.write = ((s: string) => ((out += s), true)) as typeof process.stdout.write;
  try {
    assert.equal(await run([sharedPath(DEV)]), 0);
  } finally {
    process.stdout.write = write;
  }
  const num = (re: RegExp) => Number(re.exec(out)?.[1]);
  assert.ok(num(/direct\s+recall ([\d.]+)/) >= 0.9, `direct recall in\n${out}`);
  assert.ok(num(/speaker\s+accuracy ([\d.]+)/) >= 0.85, `speaker accuracy in\n${out}`);
  assert.ok(num(/F1 ([\d.]+)/) >= 0.5, `content F1 in\n${out}`);
});
