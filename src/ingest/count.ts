/**
 * Counts the inputs of an ingest ahead of time (for the rate and ETA): pages plus JSONL lines and
 * URL-list lines. Feeds, sitemaps and WARC files count as one (their size is known only once read).
 */
import { createReadStream } from 'node:fs';
import { expandArgs } from './inputs.js';
import { URL_LIST_EXT, looksLikeUrlList } from './remote.js';

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
  for (const f of files) {
    const lines = f.endsWith('.jsonl') || URL_LIST_EXT.test(f) || (/\.txt$/i.test(f) && looksLikeUrlList(f));
    n += lines ? await countLines(f).catch(() => 1) : 1;
  }
  return n;
}
