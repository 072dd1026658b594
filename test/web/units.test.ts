/** The UI's pure parts (no browser): span segmentation, URL state, clustering, layout, timeline bars, basemap rings; and the server's UI routes. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { segments, marksFor, type Mark } from '../../src/web/client/highlight.js';
import { readState, writeState, eventParams } from '../../src/web/client/state.js';
import { clusterPoints, project, ringPaths } from '../../src/web/client/geo.js';
import { forceLayout } from '../../src/web/client/layout.js';
import { bars } from '../../src/web/client/timeline.js';
import { openStore } from '../../src/store/store.js';
import { buildServer } from '../../src/api/server.js';
import { extract } from '../../src/index.js';
import { ensureWebBuilt, SEED } from './harness.js';
import { needsSeed } from '../shared-data.js';

const mark = (start: number, end: number, kind: Mark['kind'] = 'entity'): Mark => ({ start, end, kind, title: kind });

describe('highlight segments', () => {
  it('cuts the text at every boundary and keeps overlapping marks', () => {
    const segs = segments(10, [mark(0, 6, 'quote'), mark(2, 4), mark(3, 8, 'time')]);
    assert.deepEqual(segs.map((s) => [s.start, s.end, s.marks.map((m) => m.kind).join('+')]), [
      [0, 2, 'quote'], [2, 3, 'quote+entity'], [3, 4, 'quote+entity+time'], [4, 6, 'quote+time'], [6, 8, 'time'], [8, 10, ''],
    ]);
  });
  it('ignores empty, reversed and out-of-range spans', () => {
    assert.deepEqual(segments(5, [mark(3, 3), mark(4, 2), mark(-1, 2), mark(2, 9)]), [{ start: 0, end: 5, marks: [] }]);
    assert.deepEqual(segments(0, []), []);
  });
  it('marks the seed article: quotes with speakers, places with GeoNames ids, the selected event', needsSeed(), () => {
    const r = extract(SEED.content, { published: SEED.published });
    const marks = marksFor(r, 'V1');
    const putin = marks.filter((m) => m.kind === 'quote' && m.data?.['speaker'] === 'Vladimir Putin');
    assert.ok(putin.some((m) => r.article.text.slice(m.start, m.end).startsWith('The key document')));
    assert.ok(marks.some((m) => m.kind === 'place' && /GeoNames 1221874/.test(m.title)));
    const v1 = r.events.find((e) => e.id === 'V1')!;
    assert.equal(v1.code, '057');
    const verb = marks.find((m) => m.kind === 'verb')!;
    assert.equal(r.article.text.slice(verb.start, verb.end), 'signed');
    assert.ok(marks.some((m) => m.kind === 'sentence' && m.start === v1.sentence.start));
    // The pieces rebuild the text exactly.
    assert.equal(segments(r.article.text.length, marks).map((s) => r.article.text.slice(s.start, s.end)).join(''), r.article.text);
  });
});

describe('URL state', () => {
  it('round-trips and maps the evidence filter to the API', () => {
    const s = readState('?view=events&q=Tajikistan&actor=RUS&since=2012-10-01&until=2012-10-31&eq=signed&page=2');
    assert.equal(s.view, 'events');
    assert.equal(s.page, 2);
    assert.deepEqual(readState(writeState(s)), s);
    assert.equal(eventParams(s).toString(), 'actor=RUS&since=2012-10-01&until=2012-10-31&q=signed');
    assert.equal(readState('?id=a%2Fb.txt').view, 'article');
    assert.equal(readState('?view=bogus').view, 'articles');
  });
});

describe('map geometry', () => {
  it('projects equirectangularly and clusters close points', () => {
    assert.deepEqual(project(0, 0), [480, 240]);
    assert.deepEqual(project(-180, 90), [0, 0]);
    const pts = [{ x: 0, y: 0, item: 'a' }, { x: 3, y: 4, item: 'b' }, { x: 100, y: 100, item: 'c' }];
    assert.deepEqual(clusterPoints(pts, 6).map((c) => c.items), [['a', 'b'], ['c']]);
    assert.deepEqual(clusterPoints(pts, 4).map((c) => c.items), [['a'], ['b'], ['c']]);
  });
  it('draws a ring crossing the antimeridian twice instead of across the world', () => {
    const d = ringPaths([[179, 10], [-179, 10], [-179, 12], [179, 12]]);
    assert.equal(d.split('M').length - 1, 2);
    assert.ok(!/M(?:[0-9.]+),[0-9.]+L(?:[0-9]|[1-8][0-9])\./.test(d.split('Z')[0]!), d);
  });
});

describe('network layout', () => {
  it('is deterministic and stays in the box', () => {
    const ids = ['RUS', 'TJK', 'USA', 'AFG'];
    const edges = [{ source: 'RUS', target: 'TJK', weight: 5 }, { source: 'USA', target: 'AFG', weight: 1 }];
    const a = forceLayout(ids, edges, 900, 560);
    assert.deepEqual(a, forceLayout(ids, edges, 900, 560));
    for (const p of a.values()) assert.ok(p.x >= 0 && p.x <= 900 && p.y >= 0 && p.y <= 560);
    const d = (x: string, y: string) => Math.hypot(a.get(x)!.x - a.get(y)!.x, a.get(x)!.y - a.get(y)!.y);
    assert.ok(d('RUS', 'TJK') < d('RUS', 'USA'));
  });
});

describe('timeline bars', () => {
  it('fills gaps, stacks QuadClasses and picks a unit from the span', () => {
    const day = bars([{ period: '2012-10-03', key: '1', count: 2 }, { period: '2012-10-05', key: '4', count: 1 }, { period: '2012-10-05', key: '1', count: 3 }, { period: '2012-10', key: '1', count: 9 }]);
    assert.equal(day.unit, 'day');
    assert.deepEqual(day.bars.map((b) => [b.since, b.total]), [['2012-10-03', 2], ['2012-10-04', 0], ['2012-10-05', 4]]);
    assert.deepEqual(day.bars[2]!.counts, { 1: 3, 4: 1 });
    const month = bars([{ period: '2008-01-15', key: '1', count: 1 }, { period: '2012-10-05', key: '2', count: 1 }]);
    assert.equal(month.unit, 'month');
    assert.deepEqual([month.bars.at(-1)!.since, month.bars.at(-1)!.until], ['2012-10-01', '2012-10-31']);
    assert.equal(bars([]).bars.length, 0);
  });
});

describe('UI routes', () => {
  it('serves the page and its assets with a strict Content-Security-Policy', async () => {
    ensureWebBuilt();
    const store = await openStore(':memory:');
    const app = buildServer(store);
    try {
      const page = await app.inject({ method: 'GET', url: '/?view=events&actor=RUS' });
      assert.equal(page.statusCode, 200);
      assert.match(String(page.headers['content-type']), /text\/html/);
      assert.match(page.body, /<script type="module" src="\/assets\/app.js">/);
      assert.match(String(page.headers['content-security-policy']), /script-src 'self'/);
      for (const a of ['app.js', 'app.css', 'countries-110m.json', 'cameo.json']) assert.equal((await app.inject({ method: 'GET', url: `/assets/${a}` })).statusCode, 200, a);
      assert.equal((await app.inject({ method: 'GET', url: '/assets/..%2Fpackage.json' })).statusCode, 404);
      assert.equal((await app.inject({ method: 'GET', url: '/api/events' })).statusCode, 200);
      const cameo = (await app.inject({ method: 'GET', url: '/assets/cameo.json' })).json() as Record<string, { label: string }>;
      assert.match(cameo['057']!.label, /agreement/i);
    } finally {
      await app.close();
      await store.close();
    }
  });
});
