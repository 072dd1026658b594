/**
 * Shared set-up for the web UI's browser tests and screenshot script: a temporary SQLite store
 * filled by the real ingest pipeline (the seed page, plus the news-dev pages when ../shared is
 * there), the real server on a free localhost port, and Debian's chromium driven by playwright-core.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { BrowserContext } from 'playwright-core';
import { openStore, type Store } from '../../src/store/store.js';
import { buildServer } from '../../src/api/server.js';
import { ingest } from '../../src/ingest/ingest.js';
import { contentHash, type InputItem } from '../../src/ingest/inputs.js';
import { normalizePublished } from '../../src/ingest/dates.js';
import { publicDir } from '../../src/web/ui.js';
import { REPO_ROOT, SEED_PUBLISHED, seedText, sharedPath } from '../shared-data.js';

export const CHROMIUM = process.env['SITREP_CHROMIUM'] ?? '/usr/bin/chromium';

/** `{ skip }` for node:test when the browser is missing. */
export function needsBrowser(): { skip?: string } {
  return existsSync(CHROMIUM) ? {} : { skip: `chromium not found at ${CHROMIUM}: run scripts/install-browser.sh (or set SITREP_CHROMIUM) to run the browser tests` };
}

/** Builds the UI bundle if `npm run build:web` has not run (e.g. after a bare `tsc`). */
export function ensureWebBuilt(): void {
  if (existsSync(join(publicDir(), 'app.js'))) return;
  const r = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'build-web.mjs')], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('scripts/build-web.mjs failed');
}

export interface Page {
  id: string;
  content: string;
  published: string | null;
}

/** The seed page from ../shared (read when first used: tests that use it have `needsSeed()`). */
export const SEED: Page = {
  id: 'seed/rferl-tajik-base.txt',
  get content() {
    return seedText();
  },
  published: SEED_PUBLISHED,
};

/** The news-dev pages (text + published date from their references), when ../shared is present. */
export function newsDev(limit = Infinity): Page[] {
  const dir = sharedPath('data', 'news-dev');
  if (!existsSync(dir)) return [];
  const out: Page[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    if (out.length >= limit) break;
    const base = f.replace(/\.txt$/, '');
    let published: string | null = null;
    for (const side of [`${base}.gold.json`, `${base}.meta.json`]) {
      const p = join(dir, side);
      if (published || !existsSync(p)) continue;
      const j = JSON.parse(readFileSync(p, 'utf8')) as { published?: string; date?: string };
      const v = j.published ?? j.date;
      if (typeof v === 'string') published = normalizePublished(v);
    }
    out.push({ id: `news-dev/${f}`, content: readFileSync(join(dir, f), 'utf8'), published });
  }
  return out;
}

async function* items(pages: Page[], paceMs: number): AsyncGenerator<InputItem> {
  for (const p of pages) {
    // One-thread extraction runs inline; yield to the event loop between pages (like a slow feed
    // when paceMs > 0) so the server in this same process can answer (`sitrep ingest` is another process).
    await new Promise((resolve) => (paceMs > 0 ? setTimeout(resolve, paceMs) : setImmediate(resolve)));
    yield { input: { id: p.id, content: p.content, meta: { id: p.id, published: p.published, url: null, format: 'text' }, title: null, contentHash: contentHash(p.content) } };
  }
}

/** Ingests pages with the real pipeline, recording progress like `sitrep ingest` does. */
export async function ingestPages(store: Store, pages: Page[], opts: { progressMs?: number; paceMs?: number } = {}): Promise<void> {
  const progressMs = opts.progressMs ?? 0;
  const s = await ingest(items(pages, opts.paceMs ?? 0), store, { threads: 1, total: pages.length, progressMs, onProgress: (p) => void store.recordIngest(p) });
  if (s.failed > 0) throw new Error(`ingest failed: ${JSON.stringify(s.failures)}`);
}

export interface Running {
  store: Store;
  app: FastifyInstance;
  url: string;
  dir: string;
  close(): Promise<void>;
}

/** A temporary SQLite store with the pages, served on a free localhost port. */
export async function serve(pages: Page[]): Promise<Running> {
  ensureWebBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-web-'));
  const store = await openStore(join(dir, 'sitrep.db'));
  await ingestPages(store, pages);
  const app = buildServer(store);
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    store, app, url, dir,
    async close() {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Debian's chromium with a fresh profile; never a browser downloaded by Playwright. */
export async function launchBrowser(viewport = { width: 1360, height: 900 }): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'sitrep-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: ARGS, headless: true, viewport });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
