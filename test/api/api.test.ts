import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { openStore, type Store } from '../../src/store/store.js';
import { buildServer } from '../../src/api/server.js';
import { sampleResults } from '../store/fixtures.js';

describe('HTTP API', () => {
  let store: Store;
  let app: FastifyInstance;
  const get = async (url: string) => {
    const res = await app.inject({ method: 'GET', url });
    return { status: res.statusCode, body: res.json() as any, type: String(res.headers['content-type']) };
  };

  before(async () => {
    store = await openStore(':memory:');
    for (const r of sampleResults()) await store.putResult(r, { contentHash: createHash('sha256').update(r.article.text).digest('hex') });
    app = buildServer(store);
    await app.ready();
  });
  after(async () => {
    await app.close();
    await store.close();
  });

  it('serves an OpenAPI 3 document listing every route and its parameters', async () => {
    const { status, body } = await get('/openapi.json');
    assert.equal(status, 200);
    assert.match(body.openapi, /^3\./);
    for (const p of ['/api/articles', '/api/articles/{id}', '/api/events', '/api/events.geojson', '/api/quotes', '/api/entities', '/api/timeline', '/api/network', '/api/ingests']) {
      assert.ok(body.paths[p]?.get, p);
    }
    const names = body.paths['/api/events'].get.parameters.map((p: { name: string }) => p.name);
    for (const n of ['actor', 'country', 'code', 'root', 'quadClass', 'since', 'until', 'bbox', 'place', 'q', 'limit', 'offset', 'sort']) assert.ok(names.includes(n), n);
    assert.equal(body.paths['/api/articles/{id}'].get.parameters[0].in, 'path');
    // The document validates against the OpenAPI specification's own JSON schema.
    const validator = new Validator();
    const result = await validator.validate(body);
    assert.ok(result.valid, `openapi.json is not a valid OpenAPI document: ${JSON.stringify(result.errors)?.slice(0, 500)}`);
  });

  it('searches articles and returns one with all annotations', async () => {
    const s = await get('/api/articles?q=Kremlin');
    assert.equal(s.status, 200);
    assert.deepEqual(s.body.items.map((a: { id: string }) => a.id), ['a2']);
    const a = await get('/api/articles/a1');
    assert.equal(a.status, 200);
    assert.deepEqual(a.body, sampleResults()[0]);
    const missing = await get('/api/articles/nope');
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error.code, 'NOT_FOUND');
  });

  it('filters events and pages them', async () => {
    const r = await get('/api/events?actor=RUS&code=043&since=2024-03-01&until=2024-03-31&bbox=30,50,31,51&limit=2&sort=-date');
    assert.equal(r.status, 200);
    assert.equal(r.body.total, 3);
    assert.equal(r.body.totalIsLowerBound, false, 'the count is exact below 10,000 matches');
    assert.equal(r.body.items.length, 2);
    assert.equal(r.body.items[0].actor1Code, 'RUSGOV');
    assert.equal((await get('/api/events?quadClass=4')).body.total, 1);
    assert.equal((await get('/api/events?root=19&country=RUS')).body.total, 1);
    assert.equal((await get('/api/events?q=kremlin')).body.total, 1);
    const byPlace = await get('/api/events?place=kyiv');
    assert.equal(byPlace.status, 200);
    assert.equal(byPlace.body.total, 3);
    assert.ok(byPlace.body.items.every((e: { placeName: string }) => e.placeName === 'Kyiv'), 'a place name in any case');
    assert.equal((await get('/api/events?place=703448')).body.total, 3, 'a GeoNames id finds the same events');
  });

  it('rejects bad parameters with 400 and the error record', async () => {
    for (const url of ['/api/events?quadClass=9', '/api/events?since=March', '/api/events?sort=up', '/api/events?bbox=1,2,3', '/api/events?limit=-1', '/api/events?bogus=1', '/api/timeline?interval=year', '/api/events?bbox=10,10,0,0']) {
      const r = await get(url);
      assert.equal(r.status, 400, url);
      assert.equal(r.body.error.code, 'BAD_REQUEST', url);
      assert.equal(typeof r.body.error.message, 'string');
    }
    const r = await get('/api/nothing');
    assert.equal(r.status, 404);
    assert.equal(r.body.error.code, 'NOT_FOUND');
  });

  it('serves events as GeoJSON', async () => {
    const r = await get('/api/events.geojson?code=043');
    assert.equal(r.status, 200);
    assert.match(r.type, /application\/geo\+json/);
    assert.equal(r.body.type, 'FeatureCollection');
    assert.equal(r.body.features.length, 3);
    assert.deepEqual([r.body.total, r.body.totalIsLowerBound], [3, false]);
    assert.deepEqual(r.body.features[0].geometry, { type: 'Point', coordinates: [30.52, 50.45] });
  });

  it('lists quotes, entities, a timeline, the network and ingests', async () => {
    const q = await get('/api/quotes?speaker=Putin');
    assert.equal(q.body.items[0].text, 'We will talk again,');
    const e = await get('/api/entities?type=PERSON');
    assert.equal(e.body.items[0].name, 'Vladimir Putin');
    assert.equal(e.body.items[0].articles, 3);
    const t = await get('/api/timeline?interval=day&by=quadClass');
    assert.deepEqual(t.body.buckets, [
      { period: '2024-03-04', key: '1', count: 3 },
      { period: '2024-03-05', key: '4', count: 1 },
    ]);
    const n = await get('/api/network');
    assert.deepEqual(n.body.edges, [{ source: 'RUSGOV', target: 'UKRGOV', count: 3, meanGoldstein: 2.8 }]);
    await store.recordIngest({ id: 'i1', status: 'running', startedAt: new Date().toISOString(), updatedAt: new Date().toISOString(), total: 10, processed: 4, stored: 3, duplicates: 1, failed: 0, rate: 2, etaSeconds: 3 });
    const i = await get('/api/ingests');
    assert.equal(i.body.items[0].id, 'i1');
    assert.equal(i.body.items[0].status, 'running');
    assert.equal(i.body.items[0].processed, 4);
  });
});
