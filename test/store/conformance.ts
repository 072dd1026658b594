/**
 * The store conformance suite: every `Store` implementation runs these same tests
 * (`sqlite.test.ts`, `postgres.test.ts`).
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import type { Store } from '../../src/store/store.js';
import { makeResult, sampleResults } from './fixtures.js';

const hash = (s: string) => createHash('sha256').update(s).digest('hex');

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

export function storeConformance(name: string, open: () => Promise<Store>, opts: { skip?: string } = {}): void {
  describe(`store conformance: ${name}`, opts, () => {
    let store: Store;
    before(async () => {
      store = await open();
      for (const r of sampleResults()) await store.putResult(r, { contentHash: hash(r.article.text), raw: r.article.text, rawFormat: 'text' });
    });
    after(async () => {
      await store?.close();
    });

    it('migrates idempotently', async () => {
      await store.migrate();
      assert.equal(await store.countArticles(), 3);
    });

    it('round-trips the stored result', async () => {
      const [a1] = sampleResults();
      assert.deepEqual(await store.getArticle('a1'), a1);
      assert.equal(await store.getArticle('nope'), null);
    });

    it('skips a duplicate by content hash and replaces an article on new content', async () => {
      const [a1] = sampleResults();
      const dup = await store.putResult({ ...a1!, id: 'other' }, { contentHash: hash(a1!.article.text) });
      assert.deepEqual(dup, { status: 'duplicate', id: 'a1' });
      assert.equal(await store.findByHash(hash(a1!.article.text)), 'a1');
      const text = 'A short note about nothing in particular.';
      const tmp = makeResult({ id: 'tmp', text });
      assert.equal((await store.putResult(tmp, { contentHash: hash(text) })).status, 'inserted');
      const text2 = 'Germany condemned the attack on Tuesday.';
      const tmp2 = makeResult({
        id: 'tmp', text: text2,
        events: [{ code: '122', date: '2024-01-02', a1: ['DEU', 'DEU', 'Germany'], a2: null, sentence: text2, verb: 'condemned', quadClass: 3, goldstein: -2 }],
      });
      assert.equal((await store.putResult(tmp2, { contentHash: hash(text2) })).status, 'updated');
      assert.equal((await store.queryEvents({ articleId: 'tmp' })).total, 1);
      assert.deepEqual((await store.queryEvents({ q: 'condemned the attack' })).items.map((e) => e.articleId), ['tmp'], 'evidence index follows a replaced article');
      assert.equal((await store.getArticle('tmp'))?.article.text, text2);
      assert.equal(await store.countArticles(), 4);
      assert.equal((await store.searchArticles({ q: 'nothing particular' })).total, 0, 'the replaced text is gone from the index');
      assert.equal((await store.searchArticles({ q: 'condemned' })).items[0]?.id, 'tmp');
    });

    it('filters events', async () => {
      const ids = async (f: Parameters<Store['queryEvents']>[0]) => (await store.queryEvents(f)).items.map((e) => `${e.articleId}/${e.eventId}`).sort();
      assert.deepEqual(await ids({ actor: 'rus' }), ['a1/ev1', 'a1/ev2', 'a2/ev1', 'a3/ev1']);
      assert.deepEqual(await ids({ code: '043' }), ['a1/ev1', 'a2/ev1', 'a3/ev1']);
      assert.deepEqual(await ids({ root: '19' }), ['a1/ev2']);
      assert.deepEqual(await ids({ quadClass: 4 }), ['a1/ev2']);
      assert.deepEqual(await ids({ country: 'UKR' }), ['a1/ev1', 'a2/ev1', 'a3/ev1']);
      assert.deepEqual(await ids({ country: 'UA' }), ['a1/ev1', 'a2/ev1', 'a3/ev1']);
      assert.deepEqual(await ids({ since: '2024-03-05' }), ['a1/ev2']);
      assert.deepEqual(await ids({ until: '2024-03-04', actor: 'RUS' }), ['a1/ev1', 'a2/ev1', 'a3/ev1']);
      assert.deepEqual(await ids({ bbox: [30, 50, 31, 51] }), ['a1/ev1', 'a2/ev1', 'a3/ev1']);
      assert.deepEqual(await ids({ bbox: [0, 0, 1, 1] }), []);
      assert.deepEqual(await ids({ placeName: 'kyiv' }), ['a1/ev1', 'a2/ev1', 'a3/ev1'], 'place name, any case');
      assert.deepEqual(await ids({ geonameId: 703448 }), ['a1/ev1', 'a2/ev1', 'a3/ev1'], 'place by GeoNames id');
      assert.deepEqual(await ids({ placeName: 'Kharkiv' }), []);
      assert.deepEqual(await ids({ q: 'KREMLIN' }), ['a2/ev1']);
      // Evidence search: whole words, case-insensitive, as a phrase (indexed).
      assert.deepEqual(await ids({ q: 'the kremlin SAID' }), ['a2/ev1']);
      assert.deepEqual(await ids({ q: 'kremlin the' }), [], 'words in order');
      assert.deepEqual(await ids({ q: 'remlin' }), [], 'a word search, not a substring');
      assert.deepEqual(await ids({ q: 'kremlin', actor: 'RUS' }), ['a2/ev1']);
      assert.deepEqual(await ids({ q: 'kremlin', actor: 'USA' }), []);
      assert.deepEqual(await ids({ q: 'no such words' }), []);
      assert.deepEqual(await ids({ q: '"%_' }), [], 'punctuation only: a substring scan');
      const exact = await store.queryEvents({ actor: 'RUS' });
      assert.equal(exact.total, 4);
      assert.equal(exact.totalIsLowerBound, false);
      const beyond = await store.queryEvents({ actor: 'RUS', offset: 10, limit: 5 });
      assert.deepEqual([beyond.total, beyond.items.length, beyond.totalIsLowerBound], [4, 0, false]);
      const page = await store.queryEvents({ actor: 'RUS', sort: 'goldstein', limit: 1, offset: 0 });
      assert.equal(page.total, 4);
      assert.equal(page.items.length, 1);
      assert.equal(page.items[0]!.code, '190');
      const e = (await store.queryEvents({ articleId: 'a1', code: '043' })).items[0]!;
      assert.equal(e.actor1Code, 'RUSGOV');
      assert.equal(e.actor2Country, 'UKR');
      assert.equal(e.placeName, 'Kyiv');
      assert.equal(e.lat, 50.45);
      assert.equal(e.isRoot, true);
      assert.equal(e.mentions, 2);
      assert.equal(e.source, 'reuters.com');
      assert.ok(e.evidence.includes('met'));
    });

    it('iterates events in batches', async () => {
      const all = await collect(store.iterateEvents({ actor: 'RUS' }));
      assert.equal(all.length, 4);
    });

    it('merges events across articles with GDELT counts; wire copies count as one source', async () => {
      const merged = await collect(store.iterateMergedEvents());
      const meeting = merged.find((m) => m.first.code === '043')!;
      assert.equal(meeting.numArticles, 3);
      assert.equal(meeting.numMentions, 4);
      assert.equal(meeting.numSources, 2, 'a3 is a wire copy of a1 (reuters.com); a2 is apnews.com');
      assert.equal(meeting.first.articleId, 'a1');
      const war = merged.find((m) => m.first.code === '190')!;
      assert.deepEqual([war.numArticles, war.numMentions, war.numSources], [1, 1, 1]);
      assert.equal(new Set(merged.map((m) => m.id)).size, merged.length);
    });

    it('searches articles by full text', async () => {
      const r = await store.searchArticles({ q: 'Kremlin' });
      assert.equal(r.total, 1);
      assert.equal(r.items[0]!.id, 'a2');
      assert.match(r.items[0]!.snippet, /Kremlin/);
      const all = await store.searchArticles({ limit: 2 });
      assert.equal(all.total, 4);
      assert.equal(all.items.length, 2);
      assert.equal((await store.searchArticles({ q: 'prisoner exchanges' })).total, 2);
      assert.equal((await store.searchArticles({ q: '"(((' })).total, 4, 'a query of only punctuation lists everything');
    });

    it('lists quotes and entities', async () => {
      const q = await store.queryQuotes({ speaker: 'putin' });
      assert.equal(q.total, 1);
      assert.equal(q.items[0]!.text, 'We will talk again,');
      assert.equal(q.items[0]!.articleId, 'a1');
      const ents = await store.queryEntities({ type: 'person' });
      assert.equal(ents.items[0]!.name, 'Vladimir Putin');
      assert.equal(ents.items[0]!.articles, 3);
      assert.equal(ents.items[0]!.actorCode, 'RUSGOV');
    });

    it('counts a timeline and an actor network', async () => {
      const t = await store.timeline({ interval: 'day', by: 'quadClass', actor: 'RUS' });
      assert.deepEqual(t, [
        { period: '2024-03-04', key: '1', count: 3 },
        { period: '2024-03-05', key: '4', count: 1 },
      ]);
      const w = await store.timeline({ interval: 'week', actor: 'RUS' });
      assert.deepEqual(w, [{ period: '2024-03-04', key: '', count: 4 }]);
      const net = await store.network({});
      assert.deepEqual(net.edges, [{ source: 'RUSGOV', target: 'UKRGOV', count: 3, meanGoldstein: 2.8 }]);
      assert.deepEqual(net.nodes.map((n) => n.code), ['RUSGOV', 'UKRGOV']);
    });

    it('lists stale inputs for reprocessing', async () => {
      const old = makeResult({ id: 'old', text: 'An old article from an older pipeline.', version: '0.0.1' });
      await store.putResult(old, { contentHash: hash(old.article.text), raw: old.article.text, rawFormat: 'text' });
      const stale = await collect(store.staleInputs(sampleResults()[0]!.pipelineVersion));
      assert.deepEqual(stale.map((s) => s.id), ['old']);
      assert.equal(stale[0]!.raw, old.article.text);
      assert.equal(stale[0]!.format, 'text');
    });

    it('bulk-loads synthetic events into merged groups', async () => {
      const base = (await store.queryEvents({ articleId: 'a2' })).items[0]!;
      const { rowId: _r, mergedId: _m, ...row } = base;
      await store.bulkLoadEvents([{ ...row, articleId: 'bulk1' }, { ...row, articleId: 'bulk2', source: 'bulk.example' }]);
      const meeting = (await collect(store.iterateMergedEvents())).find((m) => m.first.code === '043')!;
      assert.equal(meeting.numArticles, 5);
      assert.equal(meeting.numSources, 3);
      assert.equal((await collect(store.iterateResults())).length, 5);
    });

    it('counts event matches exactly up to 10,000, then reports a lower bound', async () => {
      const base = (await store.queryEvents({ articleId: 'a2' })).items[0]!;
      const { rowId: _r, mergedId: _m, ...row } = base;
      const n = 10_050;
      await store.bulkLoadEvents(Array.from({ length: n }, (_, i) => ({ ...row, articleId: `cap${i}`, code: '999', evidence: `Capped row ${i} zqxw.` })));
      const broad = await store.queryEvents({ code: '999', limit: 5 });
      assert.deepEqual([broad.total, broad.totalIsLowerBound, broad.items.length], [10_000, true, 5]);
      const q = await store.queryEvents({ q: 'ZQXW', limit: 3, sort: '-date' });
      assert.deepEqual([q.total, q.totalIsLowerBound, q.items.length], [10_000, true, 3]);
      const deep = await store.queryEvents({ code: '999', offset: 10_020, limit: 50 });
      assert.deepEqual([deep.total, deep.totalIsLowerBound, deep.items.length], [10_050, false, 30], 'counted to the end of the page asked for');
      const narrow = await store.queryEvents({ code: '999', q: 'row 1234' });
      assert.deepEqual([narrow.total, narrow.totalIsLowerBound, narrow.items[0]?.articleId], [1, false, 'cap1234']);
      const day = await store.timeline({ interval: 'day', code: '999' });
      assert.deepEqual(day, [{ period: base.date!, key: '', count: n }]);
    });
  });
}
