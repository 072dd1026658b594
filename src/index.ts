/** The library API: `import { extract } from 'sitrep'`. */
import { runPipeline } from './core/pipeline.js';
import type { ExtractResult, InputMeta } from './core/types.js';

export * from './core/types.js';
export { SitrepError, toErrorRecord } from './core/errors.js';
export { STAGES, runPipeline, MAX_INPUT_BYTES, MAX_ANALYSED_CHARS } from './core/pipeline.js';
export { PIPELINE_VERSION } from './core/version.js';

/** Extracts the article, entities, places, times, amounts, quotes, events and facts from one page. */
export function extract(input: Uint8Array | string, meta: InputMeta = {}): ExtractResult {
  return runPipeline(input, meta);
}
