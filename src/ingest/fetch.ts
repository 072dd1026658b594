/**
 * Polite HTTP fetching for `sitrep ingest URL…`: a user agent naming sitrep, a timeout per request,
 * the pipeline's size limit (20 MB, enforced while the body streams in), a bounded number of
 * redirects, and per-host politeness: at most one request at a time per host, with a pause after
 * each. Problems are `SitrepError`s with a stable code; the caller turns them into failure records.
 */
import { gunzipSync } from 'node:zlib';
import { MAX_INPUT_BYTES } from '../core/pipeline.js';
import { PIPELINE_VERSION } from '../core/version.js';
import { SitrepError } from '../core/errors.js';
import { decodeInput } from '../extract/index.js';

// Remote and archive inputs fail with the catalogue's codes (`src/core/errors.ts`).


export const USER_AGENT = `sitrep/${PIPELINE_VERSION} (news-to-events pipeline; +https://github.com/sitrep)`;

export interface FetchOptions {
  /** Per request (connect + headers + body), ms. Default 30,000. */
  timeoutMs?: number;
  /** Pause after each request to the same host, ms. Default 500. */
  delayMs?: number;
  /** Largest body accepted, bytes. Default the pipeline's 20 MB. */
  maxBytes?: number;
  /** Redirects followed per URL. Default 5. */
  maxRedirects?: number;
  /** Fetches in flight at once, over all hosts (one per host at a time). Default 8. */
  concurrency?: number;
  userAgent?: string;
}

export interface Fetched {
  /** The address asked for. */
  requested: string;
  /** The address after redirects. */
  url: string;
  status: number;
  /** Content type without parameters, lower case ('' when absent). */
  contentType: string;
  charset: string | null;
  lastModified: string | null;
  date: string | null;
  body: Uint8Array;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
export const XML_TYPES = /^(application|text)\/((rss|atom|rdf)\+)?xml$/;

export class Fetcher {
  readonly timeoutMs: number;
  readonly delayMs: number;
  readonly maxBytes: number;
  readonly maxRedirects: number;
  readonly concurrency: number;
  readonly userAgent: string;
  /** The tail of each host's chain of requests (removed when the host goes idle). */
  private readonly hosts = new Map<string, Promise<void>>();

  constructor(o: FetchOptions = {}) {
    this.timeoutMs = o.timeoutMs ?? 30_000;
    this.delayMs = o.delayMs ?? 500;
    this.maxBytes = o.maxBytes ?? MAX_INPUT_BYTES;
    this.maxRedirects = o.maxRedirects ?? 5;
    this.concurrency = Math.max(1, o.concurrency ?? 8);
    this.userAgent = o.userAgent ?? USER_AGENT;
  }

  /** Runs `fn` when the host is free; the host stays busy for `delayMs` after it. */
  private async politely<T>(host: string, fn: () => Promise<T>): Promise<T> {
    const prev = this.hosts.get(host) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((r) => (release = r));
    const tail = prev.then(() => mine);
    this.hosts.set(host, tail);
    await prev;
    try {
      return await fn();
    } finally {
      void sleep(this.delayMs).then(() => {
        release();
        if (this.hosts.get(host) === tail) this.hosts.delete(host);
      });
    }
  }

  /** GET with redirects; throws SitrepError for every failure (status, size, timeout, network). */
  async get(address: string, accept = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5'): Promise<Fetched> {
    let url: URL;
    try {
      url = new URL(address);
    } catch {
      throw new SitrepError('BAD_URL', `not a URL: ${address}`);
    }
    for (let hop = 0; ; hop++) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new SitrepError('BAD_URL', `not an http(s) URL: ${url.href}`);
      const current = url;
      const res = await this.politely(current.host, () => this.once(current, accept));
      if (res.status >= 300 && res.status < 400 && res.location !== null) {
        if (hop >= this.maxRedirects) throw new SitrepError('TOO_MANY_REDIRECTS', `more than ${this.maxRedirects} redirects from ${address}`);
        try {
          url = new URL(res.location, current);
        } catch {
          throw new SitrepError('BAD_URL', `redirect to a bad address: ${res.location}`);
        }
        continue;
      }
      if (res.status === 404 || res.status === 410) throw new SitrepError('NOT_FOUND', `HTTP ${res.status} for ${current.href}`);
      if (res.status < 200 || res.status >= 300) throw new SitrepError('HTTP_ERROR', `HTTP ${res.status} for ${current.href}`);
      return { ...res.page, requested: address, url: current.href, status: res.status };
    }
  }

  private async once(url: URL, accept: string): Promise<{ status: number; location: string | null; page: Omit<Fetched, 'requested' | 'url' | 'status'> }> {
    const ctl = new AbortController();
    const timer = setTimeout(() => ctl.abort(), this.timeoutMs);
    try {
      let res: Response;
      try {
        res = await fetch(url, { redirect: 'manual', signal: ctl.signal, headers: { 'user-agent': this.userAgent, accept } });
      } catch (err) {
        if (ctl.signal.aborted) throw new SitrepError('FETCH_TIMEOUT', `no answer from ${url.host} within ${this.timeoutMs} ms`);
        const cause = (err as { cause?: { code?: string; message?: string } }).cause;
        throw new SitrepError('FETCH_FAILED', `cannot fetch ${url.href}: ${cause?.code ?? cause?.message ?? (err as Error).message}`);
      }
      const [type, ...params] = (res.headers.get('content-type') ?? '').split(';');
      const charset = params.map((p) => /^\s*charset\s*=\s*"?([^";\s]+)/i.exec(p)?.[1]).find((c) => !!c) ?? null;
      const page = {
        contentType: type!.trim().toLowerCase(),
        charset,
        lastModified: res.headers.get('last-modified'),
        date: res.headers.get('date'),
        body: new Uint8Array(0) as Uint8Array,
      };
      const location = res.headers.get('location');
      if ((res.status >= 300 && res.status < 400 && location !== null) || res.status < 200 || res.status >= 300) {
        await res.body?.cancel().catch(() => undefined);
        return { status: res.status, location, page };
      }
      const declared = Number(res.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > this.maxBytes) {
        await res.body?.cancel().catch(() => undefined);
        throw tooLarge(url.href, declared, this.maxBytes);
      }
      page.body = await this.readBody(res, url, ctl);
      return { status: res.status, location, page };
    } finally {
      clearTimeout(timer);
    }
  }

  /** Reads the body, stopping as soon as it passes the limit. */
  private async readBody(res: Response, url: URL, ctl: AbortController): Promise<Uint8Array> {
    if (!res.body) return new Uint8Array(0);
    const chunks: Uint8Array[] = [];
    let size = 0;
    const reader = res.body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size > this.maxBytes) {
          await reader.cancel().catch(() => undefined);
          throw tooLarge(url.href, size, this.maxBytes, true);
        }
        chunks.push(value);
      }
    } catch (err) {
      if (err instanceof SitrepError) throw err;
      if (ctl.signal.aborted) throw new SitrepError('FETCH_TIMEOUT', `${url.href} not received within ${this.timeoutMs} ms`);
      throw new SitrepError('FETCH_FAILED', `reading ${url.href}: ${(err as Error).message}`);
    }
    return Buffer.concat(chunks);
  }
}

function tooLarge(url: string, size: number, max: number, partial = false): SitrepError {
  return new SitrepError('INPUT_TOO_LARGE', `${url} is ${partial ? 'over ' : ''}${(size / 1048576).toFixed(1)} MB; the limit is ${(max / 1048576).toFixed(0)} MB`);
}

/** True when the body is a page: an HTML content type, or none and markup that looks like HTML. */
export function isHtml(contentType: string, body: Uint8Array): boolean {
  if (HTML_TYPES.has(contentType)) return true;
  if (contentType !== '' && contentType !== 'application/octet-stream') return false;
  const head = Buffer.from(body.subarray(0, 1024)).toString('latin1').trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || /<(head|body)[\s>]/.test(head);
}

/** True when the body may be a feed or sitemap: an XML content type, or XML markup (gzip allowed). */
export function isXml(contentType: string, body: Uint8Array): boolean {
  if (XML_TYPES.test(contentType)) return true;
  if (body[0] === 0x1f && body[1] === 0x8b) return true;
  const head = Buffer.from(body.subarray(0, 512)).toString('latin1').trimStart();
  return /^(<\?xml|<rss[\s>]|<feed[\s>]|<urlset[\s>]|<sitemapindex[\s>]|<rdf:RDF)/.test(head);
}

/** Bytes of a feed/sitemap → text (gunzips `.xml.gz` sitemaps, within the size limit). */
export function xmlText(body: Uint8Array, maxBytes = MAX_INPUT_BYTES): string {
  let bytes: Uint8Array = body;
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: maxBytes });
    } catch (err) {
      const tooBig = (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || /larger than|maxOutputLength/i.test((err as Error).message);
      throw tooBig ? new SitrepError('INPUT_TOO_LARGE', `the gzipped document is over ${maxBytes / 1048576} MB`) : new SitrepError('BAD_FEED', `cannot gunzip: ${(err as Error).message}`);
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}

/** Page bytes → text: the HTTP charset when given (and no BOM), else the extract stage's detection. */
export function decodePage(body: Uint8Array, charset: string | null): string {
  const bom = (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) || (body[0] === 0xfe && body[1] === 0xff) || (body[0] === 0xff && body[1] === 0xfe);
  if (charset && !bom) {
    try {
      const text = new TextDecoder(charset.toLowerCase()).decode(body);
      if (text.trim() !== '') return text;
    } catch {
      // unknown label: fall through to detection
    }
  }
  return decodeInput(body, { format: 'html' }).content;
}
