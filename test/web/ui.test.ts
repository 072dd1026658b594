/**
 * The analyst UI in a real browser (Debian's chromium via playwright-core) over the real server
 * and a store filled by the real pipeline: the seed page from ../shared (plus news-dev pages). Skips
 * with a message when chromium is absent (scripts/install-browser.sh installs it) or ../shared is.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Page as BrowserPage } from 'playwright-core';
import { ingestPages, launchBrowser, needsBrowser, newsDev, SEED, serve, type Running } from './harness.js';
import { needsSeed } from '../shared-data.js';

const STORIES = [1, 2, 3, 4, 5, 6].map((n) => ({
  id: `story-${n}.txt`,
  published: `2012-10-0${n}`,
  content: `Officials in Brussels said on Tuesday that talks on trade number ${n} would resume next week.\n\nThe European Union and Japan agreed to meet again in Tokyo, a spokesman said.`,
}));

const SEED_ID = encodeURIComponent(SEED.id);

/** Waits until the view named has rendered (main[data-ready]). */
async function ready(page: BrowserPage, view: string): Promise<void> {
  await page.waitForSelector(`main[data-ready="${view}"]`, { timeout: 15_000 });
}

describe('web UI', { ...needsSeed(), ...needsBrowser() }, () => {
  let srv: Running;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: BrowserPage;
  const errors: string[] = [];

  before(async () => {
    srv = await serve([SEED]);
    browser = await launchBrowser();
    page = await browser.context.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) errors.push(m.text());
    });
  });
  after(async () => {
    await browser?.close();
    await srv?.close();
  });

  it('shows the progress of a running ingest, then its summary', async () => {
    await page.goto(`${srv.url}/`);
    await ready(page, 'articles');
    // A real ingest into the served store: the news-dev pages, else a few short stories.
    const more = newsDev();
    const pages = more.length ? more : STORIES;
    const running = ingestPages(srv.store, pages, { paceMs: Math.ceil(6000 / pages.length) });
    await page.waitForSelector('.ingests .ingest.running progress', { timeout: 20_000 });
    assert.match((await page.locator('.ingests').textContent()) ?? '', new RegExp(`Ingesting: \\d+ of ${pages.length} inputs`));
    await running;
    await page.waitForSelector('.ingests .ingest.done', { timeout: 10_000 });
    assert.match((await page.locator('.ingests').textContent()) ?? '', new RegExp(`Last ingest finished .*${pages.length} inputs, ${pages.length} stored`));
  });

  it('searches "Tajikistan", opens the seed article, and shows Putin’s quote highlighted with its speaker', async () => {
    await page.goto(`${srv.url}/`);
    await ready(page, 'articles');
    await page.fill('#f-q', 'Tajikistan');
    await page.press('#f-q', 'Enter');
    await ready(page, 'articles');
    assert.match(page.url(), /[?&]q=Tajikistan/);
    const item = page.locator('li.result', { hasText: 'Russia Signs Deal To Prolong Troop Presence' });
    await item.click();
    await ready(page, 'article');
    assert.match(page.url(), new RegExp(`id=${SEED_ID.replace(/[.]/g, '\\.')}`));
    assert.equal(await page.locator('.reader h2').textContent(), 'Russia Signs Deal To Prolong Troop Presence At Tajik Military Base');
    assert.match((await page.locator('.reader .tone').textContent()) ?? '', /^Tone -?\d+\.\d \(positive \d+\.\d%, negative \d+\.\d% of \d+ words\)$/);
    const quote = page.locator('.article-text .hl-quote[data-speaker="Vladimir Putin"]', { hasText: 'The key document is the agreement' });
    assert.equal(await quote.count(), 1);
    assert.match((await quote.getAttribute('title')) ?? '', /direct quote · speaker: Vladimir Putin/);
    const listed = page.locator('.quotes li[data-speaker="Vladimir Putin"]', { hasText: 'The key document' });
    assert.equal(await listed.locator('.speaker').textContent(), 'Vladimir Putin');
    // Hovering shows resolved values: a place's GeoNames id and a time's TIMEX value.
    assert.match((await page.locator('.article-text .hl-place', { hasText: 'Dushanbe' }).first().getAttribute('title')) ?? '', /GeoNames 1221874/);
    assert.match((await page.locator('.article-text .hl-time', { hasText: 'October 5' }).first().getAttribute('title')) ?? '', /TIMEX DATE 2012-10-05/);
    // Enter on a place in the side list marks its mentions in the text.
    await page.locator('ul.places li', { hasText: 'Dushanbe' }).focus();
    await page.keyboard.press('Enter');
    const spot = await page.locator('.article-text .spotlight').allTextContents();
    assert.ok(spot.length >= 1 && spot.every((s) => s === 'Dushanbe'), spot.join('|'));
  });

  it('selecting the 057 event highlights its evidence (verb, actors) and lists the facts', async () => {
    await page.click('.reader-events li[data-code="057"]');
    await page.waitForSelector('.event-detail');
    assert.match(page.url(), /[?&]event=V1/);
    const evidence = await page.locator('.event-detail blockquote.evidence').textContent();
    assert.match(evidence ?? '', /^Russia and Tajikistan have signed an agreement allowing Russian troops to stay at a military base in Tajikistan until 2042\./);
    assert.equal(await page.locator('.article-text .hl-verb').textContent(), 'signed');
    assert.equal(await page.locator('.article-text .hl-actor1').textContent(), 'Russia');
    assert.equal(await page.locator('.article-text .hl-actor2').textContent(), 'Tajikistan');
    assert.equal((await page.locator('.article-text .hl-sentence').allTextContents()).join(''), evidence);
    assert.ok((await page.locator('.event-detail .fact').count()) >= 1, 'facts listed');
    assert.match((await page.locator('.event-detail').textContent()) ?? '', /agreement/);
  });

  it('filters events to actor RUS, then brushes the timeline to a range', async () => {
    await page.goto(`${srv.url}/?view=events`);
    await ready(page, 'events');
    await page.fill('#f-actor', 'RUS');
    await page.click('form.filters button[type=submit]');
    await ready(page, 'events');
    assert.match(page.url(), /actor=RUS/);
    const labels = await page.locator('li.event-item').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    assert.ok(labels.length > 0);
    for (const l of labels) assert.match(l, /\(RUS[A-Z]*\)/, l);
    assert.ok((await page.locator('svg.timeline g.bar').count()) > 0);
    // Drag across the bar holding 2012-10-05 (the seed's events).
    const target = (await page.locator('svg.timeline g.bar').evaluateAll((els) => els.findIndex((e) => (e.getAttribute('data-since') ?? '') <= '2012-10-05' && '2012-10-05' <= (e.getAttribute('data-until') ?? ''))));
    assert.ok(target >= 0, 'a bar covers 2012-10-05');
    const box = (await page.locator('svg.timeline g.bar .hit').nth(target).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 1, box.y + box.height / 2);
    await page.mouse.up();
    await page.waitForURL(/since=/);
    await ready(page, 'events');
    const url = new URL(page.url());
    const since = url.searchParams.get('since')!;
    const until = url.searchParams.get('until')!;
    assert.ok(since <= '2012-10-05' && '2012-10-05' <= until, `${since}..${until}`);
    assert.equal(url.searchParams.get('actor'), 'RUS');
    const dates = await page.locator('li.event-item .date').allTextContents();
    assert.ok(dates.includes('2012-10-05'));
    for (const d of dates) assert.ok(d >= since.slice(0, d.length) && d.slice(0, until.length) <= until, d);
    // The state is in the URL: reloading shows the same filtered view.
    await page.reload();
    await ready(page, 'events');
    assert.equal(await page.inputValue('#f-actor'), 'RUS');
    assert.equal(await page.inputValue('#f-since'), since);
  });

  it('shows a Dushanbe marker on the map that lists its events and links to the article', async () => {
    await page.goto(`${srv.url}/?view=map&actor=RUS`);
    await ready(page, 'map');
    assert.ok((await page.locator('svg.map path.country').count()) > 150, 'basemap drawn');
    const marker = page.locator('svg.map g.marker[data-places*="Dushanbe"]');
    assert.equal(await marker.count(), 1);
    await marker.focus();
    await page.keyboard.press('Enter');
    const first = page.locator('.map-side li.event-item').first();
    await first.waitFor();
    assert.match((await page.locator('.map-side h3').textContent()) ?? '', /Dushanbe/);
    // One place under the marker: its button filters the event list to that place (by GeoNames id).
    await page.locator('.map-side button', { hasText: 'Filter events to this place' }).click();
    await ready(page, 'events');
    assert.match(page.url(), /place=1221874/);
    const places = await page.locator('li.event-item').allTextContents();
    assert.ok(places.length > 0 && places.every((t) => /Dushanbe/.test(t)), 'only Dushanbe events listed');
    await page.goto(`${srv.url}/?view=map&actor=RUS`);
    await ready(page, 'map');
    await marker.focus();
    await page.keyboard.press('Enter');
    await first.waitFor();
    await first.focus();
    await page.keyboard.press('Enter');
    await ready(page, 'article');
    assert.match(page.url(), /view=article/);
    assert.ok((await page.locator('.event-detail').count()) === 1);
  });

  it('draws the actor network and filters events by an actor on Enter', async () => {
    await page.goto(`${srv.url}/?view=network`);
    await ready(page, 'network');
    assert.ok((await page.locator('svg.network line.edge').count()) > 0);
    const node = page.locator('svg.network g.node[data-code="TJK"]');
    assert.match((await node.locator('title').textContent()) ?? '', /TJK/);
    await node.focus();
    await page.keyboard.press('Enter');
    await ready(page, 'events');
    assert.match(page.url(), /view=events.*actor=TJK/);
  });

  it('works from the keyboard: Tab to a result, Enter opens it; labels on every input', async () => {
    await page.goto(`${srv.url}/?view=articles&q=Tajik%20military%20base`);
    await ready(page, 'articles');
    const unlabelled = await page.locator('input, select').evaluateAll((els) => els.filter((e) => !(e.id && document.querySelector(`label[for="${e.id}"]`)) && !e.closest('label')).length);
    assert.equal(unlabelled, 0);
    await page.locator('li.result').first().focus();
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'LI');
    await page.keyboard.press('Enter');
    await ready(page, 'article');
    await page.goBack();
    await ready(page, 'articles');
  });

  it('shows ingest progress and explains empty and error states in words', async () => {
    await page.goto(`${srv.url}/?view=articles&q=zzyzx%20nothing`);
    await ready(page, 'articles');
    assert.match((await page.locator('main .state').textContent()) ?? '', /No article matches/);
    await page.goto(`${srv.url}/?view=events&since=2100-01-01`);
    await ready(page, 'events');
    assert.match((await page.locator('main').textContent()) ?? '', /No event matches these filters/);
    await page.goto(`${srv.url}/?view=article&id=missing`);
    await ready(page, 'article');
    assert.match((await page.locator('main [role=alert]').textContent()) ?? '', /Not found/);
    await page.goto(`${srv.url}/?view=events&actor=R1`);
    await ready(page, 'events');
    assert.match((await page.locator('main [role=alert]').textContent()) ?? '', /rejected a filter/);
    assert.deepEqual(errors, []);
  });
});

const HOSTILE = `Russia warns Tajikistan <script>window.__pwned=1</script> over base <img src=x onerror="window.__pwned=1">

MOSCOW -- Russia and Tajikistan signed an agreement in Dushanbe on Friday, officials said. <script>window.__pwned=1</script>

"<img src=x onerror='window.__pwned=1'> The base will stay," Russian President Vladimir Putin said. <a href="javascript:window.__pwned=1">click</a>`;

describe('web UI against hostile pages', needsBrowser(), () => {
  let srv: Running;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  before(async () => {
    srv = await serve([{ id: 'hostile.txt', content: HOSTILE, published: '2012-10-05' }]);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await srv?.close();
  });

  it('renders markup from articles as text and runs none of it', async () => {
    const page = await browser.context.newPage();
    for (const [path, view] of [['?view=articles', 'articles'], ['?view=articles&q=Tajikistan', 'articles'], ['?view=events', 'events'], ['?view=map', 'map'], ['?view=network', 'network'], ['?view=article&id=hostile.txt&event=V1', 'article']] as const) {
      await page.goto(`${srv.url}/${path}`);
      await ready(page, view);
      await page.waitForTimeout(100);
      assert.equal(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned), undefined, path);
      assert.equal(await page.locator('#view script, #view img, #view a[href^="javascript:"]').count(), 0, path);
    }
    // The reader shows the markup literally, as text.
    const text = (await page.locator('.article-text').textContent()) ?? '';
    assert.ok(text.includes('<script>window.__pwned=1</script>'), text);
    assert.ok((await page.locator('.reader h2').textContent())?.includes('<img src=x onerror="window.__pwned=1">'));
    assert.ok(((await page.locator('.event-detail blockquote.evidence').textContent()) ?? '').includes('<script>window.__pwned=1</script>'));
    await page.goto(`${srv.url}/?view=articles`);
    await ready(page, 'articles');
    assert.ok(((await page.locator('li.result .title').first().textContent()) ?? '').includes('<script>'));
    assert.equal(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned), undefined);
  });
});
