/** The seed article's result, computed once per test process. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, type ExtractResult } from '../../src/index.js';
import { REPO_ROOT } from '../shared-data.js';

export const SEED_FILE = join(REPO_ROOT, 'examples', 'rferl-tajik-base.txt');
export const SEED_PUBLISHED = '2012-10-05';

let cached: ExtractResult | null = null;
export function seedResult(): ExtractResult {
  cached ??= extract(readFileSync(SEED_FILE, 'utf8'), { published: SEED_PUBLISHED, format: 'text' });
  return cached;
}
