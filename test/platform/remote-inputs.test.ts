/**
 * Remote and archive inputs of `sitrep ingest`: URLs, URL lists, RSS/Atom feeds, sitemaps (and a
 * sitemap index), redirects, failures (404, non-HTML, too large, timeout, refused, malformed), and
 * WARC/WARC.gz files. Every request goes to a server this test starts on 127.0.0.1 and stops.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT } from '../shared-data.js';
import { openStore, type Store } from '../../src/store/store.js';
import { ingest } from '../../src/ingest/ingest.js';
import { readInputs, type InputItem } from '../../src/ingest/inputs.js';
import { countInputs } from '../../src/ingest/count.js';
import { parseFeed } from '../../src/ingest/feeds.js';
import { readWarc, parseHttpResponse } from '../../src/ingest/warc.js';

const STORY = (n: number) =>
  `Officials in Brussels said that talks on fishing quota number ${n} would resume next week. ` +
  `The European Union and Norway agreed to meet again in Oslo, a spokesman said.`;
const PAGE = (n: number, head = '') =>
  `<!doctype html><html><head><title>Story ${n}</title>${head}</head><body><article><p>${STORY(n)}</p></article></body></html>`;

const LIMIT = 50_000;

function warcRecord(headers: Record<string, string>, block: Buffer): Buffer {
  const head = ['WARC/1.0', ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`), `Content-Length: ${block.length}`].join('\r\n');
  return Buffer.concat([Buffer.from(head + '\r\n\r\n'), block, Buffer.from('\r\n\r\n')]);
}
const httpBlock = (status: string, type: string, body: string | Buffer, extra = '') =>
  Buffer.concat([Buffer.from(`HTTP/1.1 ${status}\r\nContent-Type: ${type}\r\n${extra}\r\n`), Buffer.from(body)]);

const FROM_SOURCE = import.meta.url.endsWith('.ts');
const RUNNER = fileURLToPath(new URL(`./run-cli${FROM_SOURCE ? '.ts' : '.js'}`, import.meta.url));
function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const args = [...(FROM_SOURCE ? ['--import', 'tsx'] : []), RUNNER, ...argv];
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd: REPO_ROOT, timeout: 60_000, env: { ...process.env, SITREP_CLI_RUNNER: '1' } }, (error, out, err) => {
      resolve({ code: error ? Number((error as { code?: unknown }).code ?? 1) : 0, out, err });
    });
  });
}

async function collect(it: AsyncIterable<InputItem>): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe('ingest: URLs, feeds, sitemaps, WARC', () => {
  let server: Server;
  let dead: string;
  let base: string;
  let dir: string;
  let store: Store;
  const log: Array<{ path: string; start: number; end: number; ua: string }> = [];
  let inFlight = 0;
  let maxInFlight = 0;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sitrep-remote-'));
    store = await openStore(':memory:');
    server = createServer((req, res) => {
      const entry = { path: req.url ?? '', start: Date.now(), end: 0, ua: String(req.headers['user-agent'] ?? '') };
      log.push(entry);
      maxInFlight = Math.max(maxInFlight, ++inFlight);
      res.on('close', () => {
        inFlight--;
        entry.end = Date.now();
      });
      const html = (body: string, headers: Record<string, string> = {}) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers });
        res.end(body);
      };
      const xml = (body: string) => {
        res.writeHead(200, { 'content-type': 'application/xml' });
        res.end(body);
      };
      switch (req.url) {
        case '/a.html':
          return html(PAGE(1, '<meta property="article:published_time" content="2024-03-01">'));
        case '/b.html':
          return html(PAGE(2), { 'last-modified': 'Wed, 06 Mar 2024 10:00:00 GMT' });
        case '/c.html':
          return html(PAGE(3));
        case '/d.html':
          return html(PAGE(4));
        case '/e.html':
          return html(PAGE(5));
        case '/g.html':
          return html(PAGE(6));
        case '/news/2024/06/07/h.html':
          return html(PAGE(7), { 'last-modified': 'Wed, 01 Jan 2020 10:00:00 GMT' });
        case '/redirect':
          res.writeHead(302, { location: '/g.html' });
          return res.end();
        case '/loop':
          res.writeHead(301, { location: '/loop' });
          return res.end();
        case '/missing':
          res.writeHead(404, { 'content-type': 'text/html' });
          return res.end('<html><body>gone</body></html>');
        case '/image.png':
          res.writeHead(200, { 'content-type': 'image/png' });
          return res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
        case '/big':
          return html('<html><body><p>' + 'x'.repeat(LIMIT * 2) + '</p></body></html>');
        case '/big-stream': {
          res.writeHead(200, { 'content-type': 'text/html' }); // chunked: no length stated
          const chunk = 'y'.repeat(8192);
          let sent = 0;
          const pump = () => {
            while (sent < LIMIT * 3 && !res.destroyed) {
              sent += chunk.length;
              if (!res.write(chunk)) return void res.once('drain', pump);
            }
            res.end();
          };
          return pump();
        }
        case '/slow': {
          const t = setTimeout(() => html(PAGE(99)), 3000);
          res.on('close', () => clearTimeout(t));
          return;
        }
        case '/feed.xml':
          return xml(
            `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title><image><url>${base}/logo.png</url></image>` +
              `<item><title>One</title><link>${base}/a.html</link><pubDate>Mon, 01 Jan 2024 08:00:00 GMT</pubDate></item>` +
              `<item><title>Three</title><link>/c.html</link><pubDate>Tue, 02 Apr 2024 08:00:00 GMT</pubDate></item>` +
              `<item><title>Gone</title><link>${base}/missing</link></item>` +
              `</channel></rss>`,
          );
        case '/atom.xml':
          return xml(
            `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title>` +
              `<entry><title>Five</title><link rel="self" href="${base}/self/5"/><link href="${base}/e.html"/><updated>2024-08-09T10:00:00Z</updated></entry>` +
              `</feed>`,
          );
        case '/sitemap-index.xml':
          return xml(`<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${base}/sitemap.xml</loc></sitemap></sitemapindex>`);
        case '/sitemap.xml':
          return xml(
            `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` +
              `<url><loc>${base}/d.html</loc><lastmod>2024-05-03</lastmod></url><url><loc>${base}/big</loc></url>` +
              `</urlset>`,
          );
        case '/notfeed.xml':
          return xml('<?xml version="1.0"?><catalog><book>x</book></catalog>');
        default:
          res.writeHead(404);
          return res.end();
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // A port nothing listens on: open a server, note its port, close it.
    const tmp = createServer();
    await new Promise<void>((r) => tmp.listen(0, '127.0.0.1', r));
    dead = `http://127.0.0.1:${(tmp.address() as AddressInfo).port}/x.html`;
    await new Promise<void>((r) => tmp.close(() => r()));

    writeFileSync(join(dir, 'list.urls'), [`# a comment`, `${base}/redirect`, '', `${base}/news/2024/06/07/h.html`, `${base}/missing`, `${base}/image.png`, `${base}/big-stream`, `${base}/slow`, `${base}/loop`, dead, 'not a url', `${base}/notfeed.xml`].join('\n') + '\n');
    writeFileSync(join(dir, 'more.txt'), `${base}/sitemap-index.xml\n`);
    writeFileSync(
      join(dir, 'local.rss'),
      `<?xml version="1.0"?><rss version="2.0"><channel><item><link>${base}/a.html</link></item></channel></rss>`,
    );
    writeFileSync(join(dir, 'broken.rss'), 'this is not a feed at all');

    // CC-NEWS style: one gzip member per record.
    const warc = [
      warcRecord({ 'WARC-Type': 'warcinfo', 'WARC-Date': '2024-07-08T00:00:00Z' }, Buffer.from('software: test\r\n')),
      warcRecord(
        { 'WARC-Type': 'response', 'WARC-Target-URI': 'https://news.example/story-8', 'WARC-Date': '2024-07-08T12:00:00Z' },
        httpBlock('200 OK', 'text/html; charset=utf-8', PAGE(8)),
      ),
      warcRecord(
        { 'WARC-Type': 'response', 'WARC-Target-URI': 'https://news.example/logo.png', 'WARC-Date': '2024-07-08T12:00:01Z' },
        httpBlock('200 OK', 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3])),
      ),
    ];
    writeFileSync(join(dir, 'news.warc.gz'), Buffer.concat(warc.map((r) => gzipSync(r))));
    writeFileSync(
      join(dir, 'bad.warc'),
      Buffer.concat([
        Buffer.from('GARBAGE LINE\r\nmore garbage\r\n\r\n'),
        warcRecord({ 'WARC-Type': 'response', 'WARC-Target-URI': 'https://news.example/404', 'WARC-Date': '2024-07-08T12:00:00Z' }, httpBlock('404 Not Found', 'text/html', '<html>no</html>')),
        warcRecord(
          { 'WARC-Type': 'response', 'WARC-Target-URI': 'https://news.example/story-9', 'WARC-Date': '2024-07-09T12:00:00Z' },
          httpBlock('200 OK', 'text/html', Buffer.from(Buffer.from(PAGE(9)).length.toString(16) + '\r\n' + PAGE(9) + '\r\n0\r\n\r\n'), 'Transfer-Encoding: chunked\r\n'),
        ),
        Buffer.from('WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 500\r\n\r\ncut short'),
      ]),
    );
  });

  after(async () => {
    await store.close();
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads RSS, Atom, sitemaps and sitemap indexes', () => {
    const rss = parseFeed(`<rss><channel><image><url>http://x/logo</url></image><item><link>http://x/1</link><pubDate>Tue, 02 Apr 2024 08:00:00 GMT</pubDate></item></channel></rss>`);
    assert.deepEqual(rss, { kind: 'rss', entries: [{ url: 'http://x/1', published: '2024-04-02', modified: null, title: null }] });
    const rdf = parseFeed(`<rdf:RDF><channel/><item rdf:about="http://x/2"><title>T</title><dc:date>2024-01-02</dc:date></item></rdf:RDF>`);
    assert.ok(rdf.kind === 'rss');
    assert.deepEqual(rdf.entries[0], { url: 'http://x/2', published: '2024-01-02', modified: null, title: 'T' });
    const atom = parseFeed(`<feed><entry><link rel="self" href="/s"/><link rel="alternate" href="/p"/><published>2024-02-03T23:00:00-05:00</published></entry></feed>`, 'http://x/feed');
    assert.deepEqual(atom.kind === 'atom' && atom.entries[0]?.url, 'http://x/p');
    assert.equal(atom.kind === 'atom' && atom.entries[0]?.published, '2024-02-03');
    const idx = parseFeed(`<sitemapindex><sitemap><loc>http://x/s1.xml</loc></sitemap></sitemapindex>`);
    assert.deepEqual(idx, { kind: 'sitemapindex', sitemaps: [{ url: 'http://x/s1.xml', published: null, modified: null, title: null }] });
    assert.throws(() => parseFeed('<html><body>x</body></html>'), { code: 'BAD_FEED' });
    assert.throws(() => parseFeed('plain text'), { code: 'BAD_FEED' });
  });

  it('reads WARC records: HTML 200 responses only, malformed records are failures', async () => {
    const good = await collect(readWarc(join(dir, 'news.warc.gz')));
    assert.equal(good.length, 1, 'warcinfo and the PNG response are skipped');
    const first = good[0]!;
    assert.ok('input' in first);
    assert.equal(first.input.id, 'https://news.example/story-8');
    assert.equal(first.input.meta.url, 'https://news.example/story-8');
    assert.equal(first.input.fallbackDates?.server, '2024-07-08');
    const bad = await collect(readWarc(join(dir, 'bad.warc')));
    const codes = bad.map((x) => ('error' in x ? x.error.code : x.input.id));
    assert.deepEqual(codes, ['BAD_WARC_RECORD', 'https://news.example/story-9', 'BAD_WARC_RECORD']);
    const chunked = bad[1]!;
    assert.ok('input' in chunked && chunked.input.content.includes('quota number 9'), 'chunked body undone');
    assert.equal(parseHttpResponse(httpBlock('301 Moved', 'text/html', '')).status, 301);
    // A record over the limit is skipped unread and reported; the next one is read.
    const big = join(dir, 'big.warc');
    writeFileSync(
      big,
      Buffer.concat([
        warcRecord({ 'WARC-Type': 'response', 'WARC-Target-URI': 'https://news.example/huge' }, httpBlock('200 OK', 'text/html', '<html><body><p>' + 'z'.repeat(200_000) + '</p></body></html>')),
        warcRecord({ 'WARC-Type': 'response', 'WARC-Target-URI': 'https://news.example/story-10' }, httpBlock('200 OK', 'text/html', PAGE(10))),
      ]),
    );
    const limited = await collect(readWarc(big, 1000));
    assert.deepEqual(limited.map((x) => ('error' in x ? `${x.error.id} ${x.error.code}` : x.input.id)), ['https://news.example/huge INPUT_TOO_LARGE', 'https://news.example/story-10']);
  });

  it('fetches, expands and stores every kind; failures have codes; one request at a time per host', async () => {
    const args = [
      `${base}/b.html`,
      `${base}/feed.xml`,
      `${base}/atom.xml`,
      join(dir, 'list.urls'),
      join(dir, 'more.txt'),
      join(dir, 'local.rss'),
      join(dir, 'broken.rss'),
      join(dir, 'news.warc.gz'),
    ];
    const t0 = Date.now();
    const s = await ingest(readInputs(args, { fetch: { delayMs: 20, timeoutMs: 600, maxBytes: LIMIT, concurrency: 4, retries: 0 } }), store, { threads: 1 });
    const failures = s.failures.map((f) => `${f.id.replace(base, '')} ${f.code}`).sort();
    assert.deepEqual(failures, [
      '/big INPUT_TOO_LARGE',
      '/big-stream INPUT_TOO_LARGE',
      '/image.png NOT_HTML',
      '/loop TOO_MANY_REDIRECTS',
      '/missing NOT_FOUND',
      '/missing NOT_FOUND',
      '/notfeed.xml BAD_FEED',
      '/slow FETCH_TIMEOUT',
      `${dead.replace(base, '')} FETCH_FAILED`,
      `${join(dir, 'broken.rss')} BAD_FEED`,
      `${join(dir, 'list.urls')}:11 BAD_URL`,
    ].sort());
    assert.equal(s.stored, 8, JSON.stringify(s));
    assert.equal(s.duplicates, 1, 'local.rss lists a.html again');
    const pub = async (id: string) => (await store.getArticle(id))?.article.published;
    assert.equal(await pub(`${base}/a.html`), '2024-03-01', "the page's own date beats the feed's");
    assert.equal((await store.getArticle(`${base}/a.html`))?.article.url, `${base}/a.html`);
    assert.equal(await pub(`${base}/b.html`), '2024-03-06', 'Last-Modified when nothing else');
    assert.equal(await pub(`${base}/c.html`), '2024-04-02', 'RSS pubDate');
    assert.equal(await pub(`${base}/d.html`), '2024-05-03', 'sitemap lastmod (via the sitemap index)');
    assert.equal(await pub(`${base}/e.html`), '2024-08-09', 'Atom updated');
    assert.ok((await store.getArticle(`${base}/g.html`))?.article.text.includes('quota number 6'), 'redirect followed');
    assert.equal(await pub(`${base}/news/2024/06/07/h.html`), '2024-06-07', 'the address beats Last-Modified');
    assert.equal(await pub('https://news.example/story-8'), '2024-07-08', 'WARC-Date');
    assert.equal((await store.getArticle(`${base}/c.html`))?.article.title, 'Story 3');

    assert.equal(maxInFlight, 1, 'one request at a time to one host');
    const ordered = log.filter((e) => e.end > 0).sort((x, y) => x.start - y.start);
    for (let i = 1; i < ordered.length; i++) assert.ok(ordered[i]!.start >= ordered[i - 1]!.end, 'no overlap');
    assert.ok(log.every((e) => /^sitrep\//.test(e.ua)), 'user agent names sitrep');
    assert.ok(Date.now() - t0 < 15_000);

    // Idempotent: the same inputs again store nothing new.
    const again = await ingest(readInputs([`${base}/b.html`, join(dir, 'news.warc.gz')], { fetch: { delayMs: 0 } }), store, { threads: 1 });
    assert.equal(again.stored, 0);
    assert.equal(again.duplicates, 2);
  });

  it('CLI: ingest URLs with the fetch flags; bad flag values are usage errors', async () => {
    const db = join(dir, 'cli.db');
    const r = await cli('ingest', `${base}/e.html`, `${base}/missing`, '--db', db, '--threads', '1', '--fetch-delay', '0', '--fetch-timeout', '5000', '--fetch-concurrency', '2', '--json');
    assert.equal(r.code, 1, r.err);
    const summary = JSON.parse(r.out);
    assert.equal(summary.stored, 1);
    assert.deepEqual(summary.failures.map((f: { code: string }) => f.code), ['NOT_FOUND']);
    const bad = await cli('ingest', `${base}/e.html`, '--db', db, '--fetch-delay=-1');
    assert.equal(bad.code, 2);
    assert.match(bad.err, /--fetch-delay must be a non-negative integer/);
  });

  it('counts URL-list lines ahead of time', async () => {
    assert.equal(await countInputs([join(dir, 'list.urls'), `${base}/a.html`, join(dir, 'news.warc.gz')]), 12 + 1 + 1);
  });
});
