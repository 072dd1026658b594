/** The TimeML reader and scorer of `sitrep eval timeml`. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseTimeml, evaluateTimeml } from '../../src/eval/timeml.js';
import { needsShared, sharedPath } from '../shared-data.js';

const SAMPLE = `<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>
<TEXT>
Bombs <EVENT eid="e1">exploded</EVENT> &amp; killed dozens <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>.

Talks lasted <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3>.
</TEXT>
</TimeML>`;

test('TimeML reader: DCT, plain text with entities decoded, TIMEX3 offsets into it; the DCT TIMEX is skipped', () => {
  const doc = parseTimeml(SAMPLE);
  assert.equal(doc.dct, '1998-08-07');
  assert.equal(doc.timexes.length, 2);
  assert.ok(doc.text.includes('exploded & killed'), `entities decoded in ${JSON.stringify(doc.text)}`);
  assert.deepEqual(doc.timexes.map((t) => doc.text.slice(t.start, t.end)), ['Friday', 'two days']);
  assert.deepEqual(doc.timexes.map((t) => t.value), ['1998-08-07', 'P2D']);
});

const FILE = 'data/time/TBAQ-cleaned/testpipeline/AP900815-0044.tml';
test('timeml suite on one TimeBank file gives sane scores', needsShared(FILE), () => {
  const s = evaluateTimeml([sharedPath(FILE)]);
  assert.ok(s.overall['gold']! > 0, 'reference TIMEX3 read');
  assert.ok(s.overall['relaxedF1']! > 0.5, `relaxed F1 ${s.overall['relaxedF1']} on ${FILE}`);
  assert.ok(s.overall['valueF1']! <= s.overall['relaxedF1']!, 'value F1 cannot exceed relaxed F1');
});
