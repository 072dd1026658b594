import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fingerprint, NEAR_DUP_JACCARD, similarity } from '../../src/store/minhash.js';

const STORY =
  'The central bank raised its main interest rate by half a percentage point on Thursday, the third increase this year, ' +
  'saying inflation remained too high and that further rises could follow if prices kept climbing. Economists had expected ' +
  'a smaller move. The decision was backed by seven of the nine members of the monetary policy committee, while two voted ' +
  'to hold rates steady, according to minutes published alongside the announcement in the capital.';

describe('MinHash near-duplicates', () => {
  it('finds a wire copy with a dateline and a trimmed ending: a shared band and high similarity', () => {
    const a = fingerprint(STORY)!;
    const b = fingerprint('LONDON (Reuters) - ' + STORY.replace(' in the capital.', '.'))!;
    assert.ok(similarity(a.mins, b.mins) >= NEAR_DUP_JACCARD, `similarity ${similarity(a.mins, b.mins)}`);
    assert.ok(a.bands.some((v, i) => v === b.bands[i]));
  });

  it('keeps different stories apart', () => {
    const other =
      'Heavy rain flooded dozens of villages in the north of the country on Sunday, forcing thousands of families from their ' +
      'homes and cutting roads to the regional capital, officials said. Rescue teams used boats to reach people stranded on ' +
      'rooftops, and the army was sent to help. Forecasters warned that more storms were expected during the coming week.';
    const a = fingerprint(STORY)!;
    const b = fingerprint(other)!;
    assert.ok(similarity(a.mins, b.mins) < 0.2);
    assert.ok(!a.bands.some((v, i) => v === b.bands[i]));
  });

  it('gives signed 32-bit band values and skips short texts', () => {
    for (const v of fingerprint(STORY)!.bands) assert.ok(Number.isInteger(v) && v >= -(2 ** 31) && v < 2 ** 31);
    assert.equal(fingerprint('Too short to tell copies apart.'), null);
  });
});
