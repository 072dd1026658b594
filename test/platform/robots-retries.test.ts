/**
 * Polite fetching beyond one request: robots.txt rules and Crawl-delay, and retries of transient
 * failures (503, 429 with Retry-After, no answer). Every request goes to servers this test starts on
 * 127.0.0.1.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Fetcher } from '../../src/ingest/fetch.js';
import { robotsRules, productToken } from '../../src/ingest/robots.js';
import { SitrepError } from '../../src/core/errors.js';

const PAGE = '<!doctype html><html><body><p>A page.</p></body></html>';
const ROBOTS = ['User-agent: sitrep', 'Disallow: /private/', 'Crawl-delay: 0.3', '', 'User-agent: *', 'Disallow: /'].join('\n');

async function listen(handler: (path: string, res: ServerResponse) => void): Promise<{ server: Server; base: string; log: Array<{ path: string; at: number }> }> {
  const log: Array<{ path: string; at: number }> = [];
  const server = createServer((req, res) => {
    log.push({ path: req.url ?? '', at: Date.now() });
    handler(req.url ?? '', res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, log };
}
const close = (s: Server) => new Promise<void>((r) => (s.closeAllConnections(), s.close(() => r())));
const html = (res: ServerResponse) => (res.writeHead(200, { 'content-type': 'text/html' }), res.end(PAGE));
async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (err) {
    assert.ok(err instanceof SitrepError, String(err));
    return err.code;
  }
}

describe('fetch: robots.txt and retries', () => {
  let site: Awaited<ReturnType<typeof listen>>;
  let closed: Awaited<ReturnType<typeof listen>>;
  const hits = new Map<string, number>();

  before(async () => {
    site = await listen((path, res) => {
      const n = (hits.get(path) ?? 0) + 1;
      hits.set(path, n);
      if (path === '/robots.txt') return res.writeHead(200, { 'content-type': 'text/plain' }), res.end(ROBOTS);
      if (path === '/flaky.html' && n === 1) return res.writeHead(503), res.end();
      if (path === '/limited.html' && n === 1) return res.writeHead(429, { 'retry-after': '0' }), res.end();
      if (path === '/down.html') return res.writeHead(500), res.end();
      return html(res);
    });
    // A site whose robots.txt itself fails with a server error: closed to crawlers.
    closed = await listen((path, res) => (path === '/robots.txt' ? (res.writeHead(503), res.end()) : html(res)));
  });
  after(async () => {
    await close(site.server);
    await close(closed.server);
  });

  it('obeys the group for our product token, reads robots.txt once, and honours Crawl-delay', async () => {
    const f = new Fetcher({ delayMs: 0, retries: 2, retryBaseMs: 10 });
    assert.equal(await code(f.get(`${site.base}/ok.html`)), 'ok');
    assert.equal(await code(f.get(`${site.base}/private/secret.html`)), 'ROBOTS_DISALLOWED');
    assert.equal(await code(f.get(`${site.base}/other.html`)), 'ok');
    assert.equal(site.log.filter((e) => e.path === '/robots.txt').length, 1, 'robots.txt fetched once per site');
    assert.ok(!site.log.some((e) => e.path.startsWith('/private/')), 'a disallowed page is never requested');
    const pages = site.log.filter((e) => e.path === '/ok.html' || e.path === '/other.html');
    assert.ok(pages[1]!.at - pages[0]!.at >= 290, `Crawl-delay 0.3 s respected (gap ${pages[1]!.at - pages[0]!.at} ms)`);
  });

  it('retries 503 and 429 (with Retry-After) and gives up with HTTP_ERROR after its tries', async () => {
    const f = new Fetcher({ delayMs: 0, retries: 2, retryBaseMs: 10, respectRobots: false });
    assert.equal(await code(f.get(`${site.base}/flaky.html`)), 'ok');
    assert.equal(hits.get('/flaky.html'), 2);
    assert.equal(await code(f.get(`${site.base}/limited.html`)), 'ok');
    assert.equal(hits.get('/limited.html'), 2);
    assert.equal(await code(f.get(`${site.base}/down.html`)), 'HTTP_ERROR');
    assert.equal(hits.get('/down.html'), 3, 'one try and two retries');
  });

  it('--ignore-robots (respectRobots: false) fetches what robots.txt refuses', async () => {
    const f = new Fetcher({ delayMs: 0, respectRobots: false });
    assert.equal(await code(f.get(`${site.base}/private/secret.html`)), 'ok');
  });

  it('a robots.txt answering 5xx closes the site; a host that does not answer is a network error', async () => {
    const f = new Fetcher({ delayMs: 0, retries: 1, retryBaseMs: 10 });
    assert.equal(await code(f.get(`${closed.base}/page.html`)), 'ROBOTS_DISALLOWED');
    assert.ok(!closed.log.some((e) => e.path === '/page.html'));
    const tmp = createServer();
    await new Promise<void>((r) => tmp.listen(0, '127.0.0.1', r));
    const dead = `http://127.0.0.1:${(tmp.address() as AddressInfo).port}/x.html`;
    await new Promise<void>((r) => tmp.close(() => r()));
    assert.equal(await code(f.get(dead)), 'FETCH_FAILED');
  });

  it('backoff: Retry-After in seconds or as a date wins over doubling, within a cap', () => {
    const f = new Fetcher({ retryBaseMs: 100 });
    assert.equal(f.backoffMs(0, null), 100);
    assert.equal(f.backoffMs(2, null), 400);
    assert.equal(f.backoffMs(0, '3'), 3000);
    assert.equal(f.backoffMs(0, '100000'), 60_000);
    const soon = f.backoffMs(0, new Date(Date.now() + 5000).toUTCString());
    assert.ok(soon > 3000 && soon <= 5000, String(soon));
  });

  it('rules: 4xx allows all, wildcards and $ anchors match, product token comes from the user agent', () => {
    const token = productToken('sitrep/0.1.0 (news-to-events pipeline)');
    assert.equal(token, 'sitrep');
    const none = robotsRules('http://x.test/robots.txt', { status: 404, body: '' }, token);
    assert.ok(none.allowed('http://x.test/anything'));
    const r = robotsRules('http://x.test/robots.txt', { status: 200, body: 'User-agent: *\nDisallow: /*.pdf$\nAllow: /a/\nDisallow: /a/b' }, token);
    assert.ok(!r.allowed('http://x.test/doc.pdf'));
    assert.ok(r.allowed('http://x.test/doc.pdf.html'));
    assert.ok(!r.allowed('http://x.test/a/b/c'));
    assert.ok(r.allowed('http://x.test/a/c'));
    assert.equal(r.crawlDelayMs, undefined);
  });
});
