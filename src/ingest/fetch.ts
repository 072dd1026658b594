/**
 * Polite HTTP fetching for `sitrep ingest URL…`: a user agent naming sitrep, a timeout per request,
 * the pipeline's size limit (20 MB, enforced while the body streams in), a bounded number of
 * redirects, per-host politeness (at most one request at a time per host, with a pause after each,
 * longer when the site's robots.txt sets a Crawl-delay), robots.txt rules (`./robots.ts`), and
 * retries of transient failures (no connection, timeouts, HTTP 429 and 5xx) with exponential backoff
 * or the server's Retry-After. Problems are `SitrepError`s with a stable code; the caller turns them
 * into failure records.
 */
import { gunzipSync } from 'node:zlib';
import { MAX_INPUT_BYTES } from '../core/pipeline.js';
import { PIPELINE_VERSION } from '../core/version.js';
import { SitrepError } from '../core/errors.js';
import { decodeInput } from '../extract/index.js';
import { productToken, robotsRules, type RobotsRules } from './robots.js';

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
  /** Obey each site's robots.txt (rules and Crawl-delay). Default true. */
  respectRobots?: boolean;
  /** Further tries after a transient failure (no connection, timeout, 429, 5xx). Default 2. */
  retries?: number;
  /** First backoff pause, ms, doubled at each retry (a Retry-After header wins). Default 1,000. */
  retryBaseMs?: number;
}

/** Statuses worth asking again: rate limiting and server trouble that usually passes. */
const TRANSIENT_STATUS = new Set([408, 429, 500, 502, 503, 504]);
/** Longest pause between two tries, whatever Retry-After asks for. */
export const MAX_RETRY_WAIT_MS = 60_000;

interface RawResponse {
  status: number;
  location: string | null;
  retryAfter: string | null;
  page: Omit<Fetched, 'requested' | 'url' | 'status'>;
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
  readonly respectRobots: boolean;
  readonly retries: number;
  readonly retryBaseMs: number;
  /** Each origin's robots.txt rules, fetched once per run. */
  private readonly robots = new Map<string, Promise<RobotsRules>>();
  /** Pause after each request to a host whose robots.txt asks for more than `delayMs`. */
  private readonly hostDelay = new Map<string, number>();
  /** The tail of each host's chain of requests (removed when the host goes idle). */
  private readonly hosts = new Map<string, Promise<void>>();

  constructor(o: FetchOptions = {}) {
    this.timeoutMs = o.timeoutMs ?? 30_000;
    this.delayMs = o.delayMs ?? 500;
    this.maxBytes = o.maxBytes ?? MAX_INPUT_BYTES;
    this.maxRedirects = o.maxRedirects ?? 5;
    this.concurrency = Math.max(1, o.concurrency ?? 8);
    this.userAgent = o.userAgent ?? USER_AGENT;
    this.respectRobots = o.respectRobots ?? true;
    this.retries = Math.max(0, o.retries ?? 2);
    this.retryBaseMs = o.retryBaseMs ?? 1000;
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
      void sleep(this.hostDelay.get(host) ?? this.delayMs).then(() => {
        release();
        if (this.hosts.get(host) === tail) this.hosts.delete(host);
      });
    }
  }

  /** GET with redirects; throws SitrepError for every failure (robots, status, size, timeout, network). */
  async get(address: string, accept = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5'): Promise<Fetched> {
    const { res, url } = await this.follow(address, accept, this.respectRobots);
    if (res.status === 404 || res.status === 410) throw new SitrepError('NOT_FOUND', `HTTP ${res.status} for ${url.href}`);
    if (res.status < 200 || res.status >= 300) throw new SitrepError('HTTP_ERROR', `HTTP ${res.status} for ${url.href}`);
    return { ...res.page, requested: address, url: url.href, status: res.status };
  }

  /** Follows redirects (each hop checked against robots.txt when asked) to a final response of any status. */
  private async follow(address: string, accept: string, obeyRobots: boolean): Promise<{ res: RawResponse; url: URL }> {
    let url: URL;
    try {
      url = new URL(address);
    } catch {
      throw new SitrepError('BAD_URL', `not a URL: ${address}`);
    }
    for (let hop = 0; ; hop++) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new SitrepError('BAD_URL', `not an http(s) URL: ${url.href}`);
      const current = url;
      if (obeyRobots) await this.checkRobots(current);
      const res = await this.withRetries(current, accept);
      if (res.status >= 300 && res.status < 400 && res.location !== null) {
        if (hop >= this.maxRedirects) throw new SitrepError('TOO_MANY_REDIRECTS', `more than ${this.maxRedirects} redirects from ${address}`);
        try {
          url = new URL(res.location, current);
        } catch {
          throw new SitrepError('BAD_URL', `redirect to a bad address: ${res.location}`);
        }
        continue;
      }
      return { res, url: current };
    }
  }

  /** One request, asked again after a transient failure while tries remain. */
  private async withRetries(url: URL, accept: string): Promise<RawResponse> {
    for (let attempt = 0; ; attempt++) {
      let res: RawResponse;
      try {
        res = await this.politely(url.host, () => this.once(url, accept));
      } catch (err) {
        const transient = err instanceof SitrepError && (err.code === 'FETCH_FAILED' || err.code === 'FETCH_TIMEOUT');
        if (!transient || attempt >= this.retries) throw err;
        await sleep(this.backoffMs(attempt, null));
        continue;
      }
      if (!TRANSIENT_STATUS.has(res.status) || attempt >= this.retries) return res;
      await sleep(this.backoffMs(attempt, res.retryAfter));
    }
  }

  /** Retry-After (seconds or an HTTP date) when the server gives one, else base × 2^attempt; capped. */
  backoffMs(attempt: number, retryAfter: string | null): number {
    let ms = this.retryBaseMs * 2 ** attempt;
    if (retryAfter !== null && retryAfter.trim() !== '') {
      const seconds = Number(retryAfter);
      const at = Date.parse(retryAfter);
      if (Number.isFinite(seconds) && seconds >= 0) ms = seconds * 1000;
      else if (Number.isFinite(at)) ms = Math.max(0, at - Date.now());
    }
    return Math.min(ms, MAX_RETRY_WAIT_MS);
  }

  /**
   * Throws ROBOTS_DISALLOWED when the site's robots.txt refuses the URL to our user agent. A host that
   * does not answer at all fails with the network error itself (clearer than a robots refusal), and
   * is asked again for the next URL rather than written off for the run.
   */
  private async checkRobots(url: URL): Promise<void> {
    let rules = this.robots.get(url.origin);
    if (!rules) {
      rules = this.loadRobots(url);
      this.robots.set(url.origin, rules);
      rules.catch(() => this.robots.delete(url.origin));
    }
    const r = await rules;
    if (r.crawlDelayMs !== undefined && r.crawlDelayMs > this.delayMs) this.hostDelay.set(url.host, r.crawlDelayMs);
    if (r.refusal !== null) throw new SitrepError('ROBOTS_DISALLOWED', r.refusal);
    if (!r.allowed(url.href)) throw new SitrepError('ROBOTS_DISALLOWED', `${url.href} is disallowed for ${productToken(this.userAgent)} by ${url.origin}/robots.txt`);
  }

  private async loadRobots(url: URL): Promise<RobotsRules> {
    const robotsUrl = new URL('/robots.txt', url.origin).href;
    let status: number;
    let body = '';
    try {
      const { res } = await this.follow(robotsUrl, 'text/plain,*/*;q=0.5', false);
      status = res.status;
      if (status >= 200 && status < 300) body = new TextDecoder('utf-8').decode(res.page.body);
    } catch (err) {
      if (!(err instanceof SitrepError) || err.code === 'FETCH_FAILED' || err.code === 'FETCH_TIMEOUT') throw err;
      // Too many redirects or a robots.txt over the size limit: RFC 9309 lets a crawler treat the
      // file as unavailable (like a 4xx: everything allowed).
      status = 404;
    }
    return robotsRules(robotsUrl, { status, body }, productToken(this.userAgent));
  }

  private async once(url: URL, accept: string): Promise<RawResponse> {
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
      const retryAfter = res.headers.get('retry-after');
      if ((res.status >= 300 && res.status < 400 && location !== null) || res.status < 200 || res.status >= 300) {
        await res.body?.cancel().catch(() => undefined);
        return { status: res.status, location, retryAfter, page };
      }
      const declared = Number(res.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > this.maxBytes) {
        await res.body?.cancel().catch(() => undefined);
        throw tooLarge(url.href, declared, this.maxBytes);
      }
      page.body = await this.readBody(res, url, ctl);
      return { status: res.status, location, retryAfter, page };
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
