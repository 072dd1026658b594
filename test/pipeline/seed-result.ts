/** The seed article's result, computed once per test process. */
import { extract, type ExtractResult } from '../../src/index.js';
import { SEED_PUBLISHED, seedText } from '../shared-data.js';

let cached: ExtractResult | null = null;
export function seedResult(): ExtractResult {
  cached ??= extract(seedText(), { published: SEED_PUBLISHED, format: 'text' });
  return cached;
}
