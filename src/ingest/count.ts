/** Counts the inputs of an ingest ahead of time (for the rate and ETA): pages plus JSONL lines. */
import { createReadStream } from 'node:fs';
import { expandArgs } from './inputs.js';

async function countLines(file: string): Promise<number> {
  let n = 0;
  let lastWasNewline = true;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) n++;
    lastWasNewline = chunk[chunk.length - 1] === 10;
  }
  return n + (lastWasNewline ? 0 : 1);
}

export async function countInputs(args: string[]): Promise<number> {
  const { files, errors } = expandArgs(args);
  let n = errors.length;
  for (const f of files) n += f.endsWith('.jsonl') ? await countLines(f).catch(() => 1) : 1;
  return n;
}
