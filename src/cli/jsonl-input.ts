/** Reading `{id, text|html, published?, url?}` JSON lines, one record at a time (flat memory). */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { InputMeta } from '../core/types.js';
import { SitrepError } from '../core/errors.js';

export type JsonlRecord = Record<string, unknown>;
/** One line of input: a parsed record, or the error record to print for an unparseable line. */
export type JsonlItem = { record: JsonlRecord } | { error: { id: string; error: { code: string; message: string } } };

export async function* readJsonlRecords(file: string): AsyncGenerator<JsonlItem> {
  const stream = file === '-' ? process.stdin : createReadStream(file, { encoding: 'utf8' });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    if (line.trim() === '') continue;
    let rec: unknown;
    try {
      rec = JSON.parse(line);
    } catch (err) {
      yield { error: { id: `line:${lineNo}`, error: { code: 'BAD_INPUT_RECORD', message: `line ${lineNo} is not JSON: ${(err as Error).message}` } } };
      continue;
    }
    if (!rec || typeof rec !== 'object' || Array.isArray(rec)) {
      yield { error: { id: `line:${lineNo}`, error: { code: 'BAD_INPUT_RECORD', message: `line ${lineNo} is not a JSON object` } } };
      continue;
    }
    yield { record: rec as JsonlRecord };
  }
}

/** Validates one record and turns it into pipeline input. Throws BAD_INPUT_RECORD. */
export function recordToInput(rec: JsonlRecord): { content: string; meta: InputMeta } {
  const id = rec['id'];
  if (typeof id !== 'string' && typeof id !== 'number') throw new SitrepError('BAD_INPUT_RECORD', 'record has no "id" (string or number)');
  const text = rec['text'];
  const html = rec['html'];
  if (typeof text !== 'string' && typeof html !== 'string') throw new SitrepError('BAD_INPUT_RECORD', `record ${id} has neither "text" nor "html" as a string`);
  const published = rec['published'];
  if (published !== undefined && published !== null && (typeof published !== 'string' || !/^\d{4}(-\d{2}(-\d{2})?)?/.test(published))) {
    throw new SitrepError('BAD_INPUT_RECORD', `record ${id}: "published" must be a YYYY-MM-DD string`);
  }
  const url = rec['url'];
  return {
    content: typeof html === 'string' ? html : (text as string),
    meta: {
      id: String(id),
      published: typeof published === 'string' ? published.slice(0, 10) : null,
      url: typeof url === 'string' ? url : null,
      format: typeof html === 'string' ? 'html' : 'text',
    },
  };
}
