/**
 * Golden files: the whole result for each example article is pinned in `test/golden/*.json`.
 * A change in any stage shows up here as a diff naming the article and the field.
 * Regenerate after an intended change with `UPDATE_GOLDEN=1 npm test`, then review the diff.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedResult } from '../pipeline/seed-result.js';
import { REPO_ROOT, needsSeed } from '../shared-data.js';

const GOLDEN_DIR = join(REPO_ROOT, 'test', 'golden');

function pin(name: string, value: unknown): void {
  const file = join(GOLDEN_DIR, `${name}.json`);
  const actual = JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
  if (process.env['UPDATE_GOLDEN'] || !existsSync(file)) {
    writeFileSync(file, JSON.stringify(actual, null, 2) + '\n');
    return;
  }
  const expected = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  for (const key of Object.keys(expected)) {
    assert.deepEqual(actual[key], expected[key], `${name}: field "${key}" differs from test/golden/${name}.json (UPDATE_GOLDEN=1 to accept)`);
  }
  assert.deepEqual(Object.keys(actual).sort(), Object.keys(expected).sort(), `${name}: result fields changed`);
}

test('golden: rferl-tajik-base (../shared/seed/rferl-tajik-base.txt, published 2012-10-05)', needsSeed(), () => {
  pin('rferl-tajik-base', seedResult());
});
