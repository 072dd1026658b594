/**
 * Takes the README's screenshots of the web UI (docs/screenshots/*.png): ingests the seed page and
 * the news-dev pages (when ../shared is there) into a temporary store, serves it, and drives
 * Debian's chromium through each view. Run: `npx tsx scripts/screenshots.ts`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../test/shared-data.js';
import { ingestPages, launchBrowser, newsDev, SEED, serve } from '../test/web/harness.js';

const OUT = join(REPO_ROOT, 'docs', 'screenshots');

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const srv = await serve([SEED]);
  const browser = await launchBrowser({ width: 1360, height: 860 });
  try {
    const page = await browser.context.newPage();
    // The header while the news-dev pages are being ingested (a real ingest, paced like a slow feed).
    const more = newsDev();
    if (more.length) {
      await page.goto(`${srv.url}/?view=articles`);
      const running = ingestPages(srv.store, more, { paceMs: 300 });
      await page.waitForSelector('.ingests .ingest.running progress', { timeout: 30_000 });
      await page.waitForTimeout(1500);
      await page.screenshot({ path: join(OUT, 'ingest.png'), clip: { x: 0, y: 0, width: 1360, height: 240 } });
      process.stderr.write('docs/screenshots/ingest.png\n');
      await running;
    }
    const shot = async (path: string, name: string, ready: string, fullPage = false) => {
      await page.goto(`${srv.url}/${path}`);
      await page.waitForSelector(`main[data-ready="${ready}"]`);
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(OUT, `${name}.png`), ...(fullPage ? { fullPage, clip: { x: 0, y: 0, width: 1360, height: 1500 } } : {}) });
      process.stderr.write(`docs/screenshots/${name}.png\n`);
    };
    const seed = encodeURIComponent(SEED.id);
    await shot('?view=articles&q=Tajikistan', 'articles', 'articles');
    await shot(`?view=article&id=${seed}&event=V1`, 'reader', 'article', true);
    await shot('?view=events&actor=RUS', 'events', 'events');
    await shot('?view=map', 'map', 'map');
    await page.click('svg.map .marker[data-places*="Dushanbe"]');
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(OUT, 'map-marker.png') });
    process.stderr.write('docs/screenshots/map-marker.png\n');
    await shot('?view=network', 'network', 'network');
  } finally {
    await browser.close();
    await srv.close();
  }
}

main().catch((err) => {
  process.stderr.write(`${err?.stack ?? err}\n`);
  process.exitCode = 1;
});
