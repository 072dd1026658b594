/**
 * `sitrep extract [--published YYYY-MM-DD] [--url URL] [--format json|jsonl|text]
 *                 [--input-format files|jsonl] FILE...`
 *
 * One result per input. A bad input yields an error record (JSON) or an error line (text) and
 * the batch goes on; the exit code is 1 when any input failed.
 */
import { readFileSync } from 'node:fs';
import { parseCommandArgs } from '../args.js';
import { extract } from '../../index.js';
import { toErrorRecord } from '../../core/errors.js';
import type { ExtractResult, InputMeta } from '../../core/types.js';
import { formatReport } from '../report.js';
import { readJsonlRecords, recordToInput } from '../jsonl-input.js';

export const summary = 'extract article, entities, places, times, quotes, events and facts from pages';

const HELP = `usage: sitrep extract [options] FILE... ('-' reads stdin)
  --published YYYY-MM-DD   publication date when the page does not state it
  --url URL                the page's address
  --format json|jsonl|text output (default: text on a terminal, json otherwise)
  --input-format jsonl     read JSON lines {id, text|html, published?, url?}
  --quotes speech|attribution  quotations and reported speech (default), or also the beliefs,
                           intentions and stances a source holds ("she wants to…")
`;

type OutputFormat = 'json' | 'jsonl' | 'text';

export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(argv, {
    name: 'extract',
    help: HELP,
    minPositionals: 1,
    options: {
      published: { type: 'string' },
      url: { type: 'string' },
      format: { type: 'string' },
      'input-format': { type: 'string' },
      quotes: { type: 'string' },
    },
  });
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const format = (values.format ?? (process.stdout.isTTY ? 'text' : 'json')) as OutputFormat;
  if (!['json', 'jsonl', 'text'].includes(format)) {
    process.stderr.write(`sitrep extract: unknown --format "${format}" (json, jsonl or text)\n`);
    return 2;
  }
  if (values.published !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(values.published)) {
    process.stderr.write(`sitrep extract: --published must be YYYY-MM-DD, got "${values.published}"\n`);
    return 2;
  }
  const quoteScope = values.quotes ?? 'speech';
  if (quoteScope !== 'speech' && quoteScope !== 'attribution') {
    process.stderr.write(`sitrep extract: --quotes must be speech or attribution, got "${quoteScope}"\n`);
    return 2;
  }
  const inputFormat = values['input-format'] ?? 'files';
  if (inputFormat !== 'files' && inputFormat !== 'jsonl') {
    process.stderr.write(`sitrep extract: unknown --input-format "${inputFormat}" (jsonl)\n`);
    return 2;
  }

  let failed = 0;
  const emit = (out: ExtractResult | { id?: string; file?: string; error: { code: string; message: string } }) => {
    if ('error' in out) failed++;
    if (format === 'text') {
      process.stdout.write('error' in out ? `${out.file ?? out.id}: error ${out.error.code}: ${out.error.message}\n` : formatReport(out) + '\n');
    } else if (format === 'jsonl' || inputFormat === 'jsonl') {
      process.stdout.write(JSON.stringify(out) + '\n');
    } else {
      process.stdout.write(JSON.stringify(out, null, 2) + '\n');
    }
  };

  for (const file of positionals) {
    if (inputFormat === 'jsonl') {
      for await (const item of readJsonlRecords(file)) {
        if ('error' in item) {
          emit(item.error);
          continue;
        }
        const rec = item.record;
        try {
          const { content, meta } = recordToInput(rec);
          emit({ ...extract(content, { ...meta, quoteScope }), id: meta.id! });
        } catch (err) {
          emit({ id: String(rec['id'] ?? ''), error: toErrorRecord(err) });
        }
      }
      continue;
    }
    const meta: InputMeta = {
      published: values.published ?? null,
      url: values.url ?? null,
      quoteScope,
      ...(file.endsWith('.html') || file.endsWith('.htm') ? { format: 'html' as const } : {}),
      ...(file.endsWith('.txt') ? { format: 'text' as const } : {}),
    };
    try {
      const bytes = file === '-' ? readFileSync(0) : readFileSync(file);
      const result = extract(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), meta);
      emit(positionals.length > 1 ? { ...result, id: result.id ?? file } : result);
    } catch (err) {
      emit({ file, error: toErrorRecord(err) });
    }
  }
  return failed > 0 ? 1 : 0;
}
