/** Loads the committed models once per process. */
import { existsSync, readFileSync } from 'node:fs';
import { dataPath } from '../../core/data-dir.js';
import { decodeModel } from './model-file.js';
import type { Models } from './two-pass.js';

/** First-pass model and second-pass (document features) model. */
export const MODEL_FILES = { first: 'model.bin.gz', second: 'model-stacked.bin.gz' } as const;

let cached: Models | null = null;

export function loadModels(): Models {
  if (!cached) {
    const second = dataPath('ner', MODEL_FILES.second);
    cached = {
      first: decodeModel(readFileSync(dataPath('ner', MODEL_FILES.first))),
      second: existsSync(second) ? decodeModel(readFileSync(second)) : null,
    };
  }
  return cached;
}
