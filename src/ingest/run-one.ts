/** Extracts one ingest input: the library call plus the pass-through of a known title. */
import { extract } from '../index.js';
import type { ExtractResult } from '../core/types.js';
import { toErrorRecord } from '../core/errors.js';
import type { IngestInput } from './inputs.js';

export type OneOutcome = { ok: true; result: ExtractResult & { id: string } } | { ok: false; error: { code: string; message: string } };

export function extractOne(input: IngestInput): OneOutcome {
  try {
    const r = extract(input.content, input.meta);
    if (input.title && !r.article.title) r.article.title = input.title;
    return { ok: true, result: { ...r, id: input.id } };
  } catch (err) {
    return { ok: false, error: toErrorRecord(err) };
  }
}
