/**
 * Takes the README's screenshots of the web UI (docs/screenshots/*.png): ingests the seed page and
 * the news-dev pages (when ../shared is there) into a temporary store, serves it, and drives
 * Debian's chromium through each view. Run: `npx tsx scripts/screenshots.ts`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../test/shared-data.js';
import { launchBrowser, newsDev, SEED, serve } from '../test/web/harness.js';

const OUT = join(REPO_ROOT, 'docs', 'screenshots');

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const srv = await serve([SEED, ...newsDev()]);
  const browser = await launchBrowser({ width: 1360, height: 860 });
  try {
    const page = await browser.context.newPage();
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
