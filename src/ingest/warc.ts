/**
 * WARC and WARC.gz files as Common Crawl's CC-NEWS publishes them: one gzip member per record,
 * `WARC-Type: response` records holding HTTP responses. Each 200 response with an HTML body becomes
 * an input (`WARC-Target-URI` as id and url, `WARC-Date` as a fallback publication date); other
 * record types, non-200 responses and non-HTML bodies are skipped. Streamed: one record in memory
 * at a time; a record over the size limit is skipped unread (INPUT_TOO_LARGE). A malformed record
 * is a BAD_WARC_RECORD failure and reading resumes at the next `WARC/` header.
 */
import { SitrepError, toErrorRecord } from '../core/errors.js';
import { createReadStream } from 'node:fs';
import { createGunzip, gunzipSync, inflateSync, brotliDecompressSync } from 'node:zlib';
import { MAX_INPUT_BYTES } from '../core/pipeline.js';
import { isHtml, decodePage } from './fetch.js';
import { normalizeFeedDate } from './feeds.js';
import type { InputItem } from './inputs.js';
import { contentHash } from './inputs.js';

export const WARC_EXT = /\.warc(\.gz)?$/i;
const MAX_HEADER_BYTES = 64 * 1024;

/** Pulls bytes from a stream: lines up to a delimiter, exact counts, skips. */
class ByteReader {
  private buf: Buffer = Buffer.alloc(0);
  private done = false;
  /** Bytes consumed so far (for messages). */
  offset = 0;
  constructor(private readonly it: AsyncIterator<Buffer>) {}

  private async more(): Promise<boolean> {
    if (this.done) return false;
    const r = await this.it.next();
    if (r.done) {
      this.done = true;
      return false;
    }
    this.buf = this.buf.length === 0 ? r.value : Buffer.concat([this.buf, r.value]);
    return true;
  }

  /** True at the end of the stream. */
  async atEnd(): Promise<boolean> {
    while (this.buf.length === 0) if (!(await this.more())) return true;
    return false;
  }

  /** Bytes up to and including `delim`, or null at the end; throws when longer than `max`. */
  async until(delim: Buffer, max: number): Promise<Buffer | null> {
    let from = 0;
    for (;;) {
      const i = this.buf.indexOf(delim, from);
      if (i >= 0) return this.take(i + delim.length);
      if (this.buf.length > max) throw new SitrepError('BAD_WARC_RECORD', `no end of header within ${max} bytes at offset ${this.offset}`);
      from = Math.max(0, this.buf.length - delim.length + 1);
      if (!(await this.more())) return this.buf.length === 0 ? null : this.take(this.buf.length);
    }
  }

  async read(n: number): Promise<Buffer> {
    if (this.buf.length >= n) return this.take(n);
    // Gather the chunks and join them once (a large record is not copied once per chunk).
    const parts: Buffer[] = [this.buf];
    let have = this.buf.length;
    while (have < n && !this.done) {
      const r = await this.it.next();
      if (r.done) this.done = true;
      else parts.push(r.value), (have += r.value.length);
    }
    this.buf = Buffer.concat(parts);
    if (have < n) throw new SitrepError('BAD_WARC_RECORD', `record truncated at offset ${this.offset + have}`);
    return this.take(n);
  }

  async skip(n: number): Promise<void> {
    while (n > 0) {
      if (this.buf.length === 0 && !(await this.more())) throw new SitrepError('BAD_WARC_RECORD', `record truncated at offset ${this.offset}`);
      const k = Math.min(n, this.buf.length);
      this.take(k);
      n -= k;
    }
  }

  /** Drops bytes until a line starting with `WARC/` (after a malformed record). Bounded by the stream. */
  async resync(): Promise<void> {
    const mark = Buffer.from('\nWARC/');
    for (;;) {
      const i = this.buf.indexOf(mark);
      if (i >= 0) return void this.take(i + 1);
      if (this.buf.length > mark.length) this.take(this.buf.length - mark.length);
      if (!(await this.more())) return void this.take(this.buf.length);
    }
  }

  private take(n: number): Buffer {
    const out = this.buf.subarray(0, n);
    this.buf = this.buf.subarray(n);
    this.offset += n;
    return out;
  }
}

/** `Name: value` header lines → a map with lower-case names. */
function headerMap(lines: string[]): Map<string, string> {
  const h = new Map<string, string>();
  for (const line of lines) {
    const i = line.indexOf(':');
    if (i > 0) h.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim());
  }
  return h;
}

/** An HTTP response block → status, headers and body (chunked and compressed bodies undone). */
export function parseHttpResponse(block: Buffer): { status: number; headers: Map<string, string>; body: Buffer } {
  const end = block.indexOf('\r\n\r\n');
  const altEnd = end < 0 ? block.indexOf('\n\n') : -1;
  if (end < 0 && altEnd < 0) throw new SitrepError('BAD_WARC_RECORD', 'HTTP response without the end of its headers');
  const head = block.subarray(0, end >= 0 ? end : altEnd).toString('latin1').split(/\r?\n/);
  let body = block.subarray(end >= 0 ? end + 4 : altEnd + 2);
  const m = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(head[0] ?? '');
  if (!m) throw new SitrepError('BAD_WARC_RECORD', `not an HTTP response: ${JSON.stringify((head[0] ?? '').slice(0, 60))}`);
  const headers = headerMap(head.slice(1));
  if (/chunked/i.test(headers.get('transfer-encoding') ?? '')) body = dechunk(body);
  const enc = (headers.get('content-encoding') ?? '').toLowerCase();
  try {
    const opts = { maxOutputLength: MAX_INPUT_BYTES };
    if (enc === 'gzip' || enc === 'x-gzip') body = gunzipSync(body, opts);
    else if (enc === 'deflate') body = inflateSync(body, opts);
    else if (enc === 'br') body = brotliDecompressSync(body, opts);
  } catch (err) {
    throw new SitrepError('BAD_WARC_RECORD', `cannot undo content-encoding ${enc}: ${(err as Error).message}`);
  }
  return { status: Number(m[1]), headers, body };
}

function dechunk(b: Buffer): Buffer {
  const parts: Buffer[] = [];
  let i = 0;
  while (i < b.length) {
    const eol = b.indexOf('\r\n', i);
    if (eol < 0) break;
    const size = parseInt(b.subarray(i, eol).toString('latin1').split(';')[0]!.trim(), 16);
    if (!Number.isFinite(size)) return b; // not chunked after all (the crawler already decoded it)
    if (size === 0) break;
    parts.push(b.subarray(eol + 2, eol + 2 + size));
    i = eol + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

/** Opens a WARC file as a byte stream, gunzipping when its first bytes say gzip (all members). */
async function openWarc(file: string): Promise<AsyncIterator<Buffer>> {
  const head = await new Promise<Buffer>((resolve, reject) => {
    const s = createReadStream(file, { start: 0, end: 1 });
    const parts: Buffer[] = [];
    s.on('data', (c) => parts.push(c as Buffer));
    s.on('end', () => resolve(Buffer.concat(parts)));
    s.on('error', reject);
  });
  const raw = createReadStream(file);
  const gz = head[0] === 0x1f && head[1] === 0x8b;
  const stream = gz ? raw.pipe(createGunzip()) : raw;
  if (gz) raw.on('error', (e) => stream.destroy(e));
  return (stream as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
}

/** Every page of a WARC file, one at a time; malformed records are failures and reading goes on. */
export async function* readWarc(file: string, maxBytes = MAX_INPUT_BYTES, given: string | null = null): AsyncGenerator<InputItem> {
  let it: AsyncIterator<Buffer>;
  try {
    it = await openWarc(file);
  } catch (err) {
    yield { error: { id: file, ...toErrorRecord(err) } };
    return;
  }
  const r = new ByteReader(it);
  let n = 0;
  try {
    for (let guard = 0; guard < Number.MAX_SAFE_INTEGER; guard++) {
      // Records are separated by blank lines; tolerate extra ones.
      let version: string | null = null;
      while (version === null) {
        if (await r.atEnd()) return;
        const line = await r.until(Buffer.from('\n'), MAX_HEADER_BYTES);
        if (line === null) return;
        const s = line.toString('latin1').trim();
        if (s === '') continue;
        version = s;
      }
      n++;
      const at = `${file}#${n}`;
      if (!/^WARC\/\d+\.\d+$/.test(version)) {
        yield { error: { id: at, code: 'BAD_WARC_RECORD', message: `record ${n} does not start with a WARC version line (${JSON.stringify(version.slice(0, 40))})` } };
        await r.resync();
        continue;
      }
      const headBytes = await r.until(Buffer.from('\r\n\r\n'), MAX_HEADER_BYTES);
      if (headBytes === null) throw new SitrepError('BAD_WARC_RECORD', `record ${n} truncated in its header`);
      const h = headerMap(headBytes.toString('utf8').split(/\r?\n/));
      const length = Number(h.get('content-length'));
      const uri = (h.get('warc-target-uri') ?? '').replace(/^<|>$/g, '');
      const id = uri || `${file}#${n}`;
      if (!Number.isInteger(length) || length < 0) {
        yield { error: { id, code: 'BAD_WARC_RECORD', message: `record ${n} has no valid Content-Length` } };
        await r.resync();
        continue;
      }
      const type = (h.get('warc-type') ?? '').toLowerCase();
      if (type !== 'response' || !uri) {
        await r.skip(length);
        continue;
      }
      if (length > maxBytes + MAX_HEADER_BYTES) {
        await r.skip(length);
        yield { error: { id, code: 'INPUT_TOO_LARGE', message: `record ${n} is ${(length / 1048576).toFixed(1)} MB; the limit is ${maxBytes / 1048576} MB` } };
        continue;
      }
      const block = await r.read(length);
      const item = recordToInput(block, id, uri, h.get('warc-date') ?? null, maxBytes, given);
      if (item) yield item;
    }
  } catch (err) {
    // A truncated or corrupt file (gzip error, cut record): report it and stop this file.
    yield { error: { id: `${file}#${n}`, code: 'BAD_WARC_RECORD', message: toErrorRecord(err).message } };
  }
}

/** One response record → an input, a failure, or null (skipped: not 200, not HTML). */
function recordToInput(block: Buffer, id: string, uri: string, warcDate: string | null, maxBytes: number, given: string | null): InputItem | null {
  let res;
  try {
    res = parseHttpResponse(block);
  } catch (err) {
    return { error: { id, ...toErrorRecord(err) } };
  }
  if (res.status !== 200) return null;
  const type = (res.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (!isHtml(type, res.body)) return null;
  if (res.body.length > maxBytes) return { error: { id, code: 'INPUT_TOO_LARGE', message: `${uri} is ${(res.body.length / 1048576).toFixed(1)} MB; the limit is ${maxBytes / 1048576} MB` } };
  try {
    const charset = /charset\s*=\s*"?([^";\s]+)/i.exec(res.headers.get('content-type') ?? '')?.[1] ?? null;
    const content = decodePage(res.body, charset);
    const server = (warcDate ? normalizeFeedDate(warcDate) : null) ?? null;
    return {
      input: { id, content, meta: { id, url: uri, published: null, format: 'html' }, title: null, contentHash: contentHash(content), fallbackDates: { given, server } },
    };
  } catch (err) {
    return { error: { id, ...toErrorRecord(err) } };
  }
}
