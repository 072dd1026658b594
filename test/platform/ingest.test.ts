import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { openStore, type Store } from '../../src/store/store.js';
import { ingest } from '../../src/ingest/ingest.js';
import { expandArgs, globToRegExp, readInputs, withTitle } from '../../src/ingest/inputs.js';
import { countInputs } from '../../src/ingest/count.js';
import { normalizePublished } from '../../src/ingest/dates.js';
import { reprocess } from '../../src/cli/commands/reprocess.js';
import { PIPELINE_VERSION } from '../../src/core/version.js';

const STORY = (n: number) =>
  `Officials in Brussels said on Tuesday that talks on trade number ${n} would resume next week. ` +
  `The European Union and Japan agreed to meet again in Tokyo, a spokesman said.`;

describe('ingest', () => {
  let dir: string;
  let store: Store;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sitrep-ingest-'));
    mkdirSync(join(dir, 'pages'));
    writeFileSync(join(dir, 'pages', 'one.txt'), STORY(1));
    writeFileSync(join(dir, 'pages', 'two.html'), `<html><head><title>Two</title></head><body><article><p>${STORY(2)}</p></article></body></html>`);
    writeFileSync(join(dir, 'pages', 'empty.txt'), '   ');
    writeFileSync(join(dir, 'pages', 'notes.md'), 'ignored');
    writeFileSync(
      join(dir, 'bulk.jsonl'),
      [
        JSON.stringify({ id: 'j1', title: 'Trade talks', text: STORY(3), published: '2024-05-06' }),
        '{not json',
        JSON.stringify({ id: 'j2', text: STORY(1) }),
        JSON.stringify({ text: 'no id' }),
        JSON.stringify({ id: 'j4', title: 'Reuters style', text: STORY(5), published: '26-FEB-1987 16:20:50.93' }),
        JSON.stringify({ id: 'j3', title: 'Trade talks resume', text: 'Trade talks resume\n\n' + STORY(4) }),
        '',
      ].join('\n'),
    );
    store = await openStore(':memory:');
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('expands folders and globs', async () => {
    const { files } = expandArgs([join(dir, 'pages')]);
    assert.deepEqual(files.map((f) => f.slice(dir.length + 1)), ['pages/empty.txt', 'pages/one.txt', 'pages/two.html']);
    assert.ok(globToRegExp('a/**/*.txt').test('a/b/c/d.txt'));
    assert.ok(globToRegExp('a/**/*.txt').test('a/d.txt'));
    assert.ok(!globToRegExp('a/*.txt').test('a/b/d.txt'));
    const g = expandArgs([`${dir}/**/*.html`]);
    assert.deepEqual(g.files.map((f) => f.slice(dir.length + 1)), ['pages/two.html']);
    assert.equal(await countInputs([join(dir, 'pages'), join(dir, 'bulk.jsonl')]), 9);
  });

  it('reads the publication dates feeds write', () => {
    assert.equal(normalizePublished('26-FEB-1987 16:20:50.93'), '1987-02-26');
    assert.equal(normalizePublished('Thu, 26 Feb 1987 10:00:00 GMT'), '1987-02-26');
    assert.equal(normalizePublished('February 26, 1987'), '1987-02-26');
    assert.equal(normalizePublished('2024-05-06T10:00:00Z'), '2024-05-06');
    assert.equal(normalizePublished('2024-02-30'), null);
    assert.equal(normalizePublished('soon'), null);
  });

  it('prepends a JSONL title unless the text starts with it', () => {
    assert.equal(withTitle('Body.', 'Title'), 'Title\n\nBody.');
    assert.equal(withTitle('Title\n\nBody.', 'Title'), 'Title\n\nBody.');
  });

  it('stores good inputs, counts duplicates and failures, and goes on', async () => {
    const progress: number[] = [];
    const s = await ingest(readInputs([join(dir, 'pages'), join(dir, 'bulk.jsonl'), join(dir, 'missing.txt')]), store, {
      threads: 2,
      total: 10,
      progressMs: 0,
      onProgress: (p) => progress.push(p.processed),
    });
    assert.equal(s.stored, 5);
    assert.equal(s.duplicates, 1, 'j2 has the text of one.txt');
    assert.equal(s.failed, 4);
    assert.deepEqual(s.failures.map((f) => f.code).sort(), ['BAD_INPUT_RECORD', 'BAD_INPUT_RECORD', 'EMPTY_INPUT', 'NOT_FOUND']);
    assert.equal(progress[progress.length - 1], 10);
    const j1 = await store.getArticle('j1');
    assert.equal(j1?.article.title, 'Trade talks');
    assert.ok(j1?.article.text.includes('talks on trade number 3'));
    assert.equal(j1?.article.published, '2024-05-06');
    assert.equal((await store.getArticle('j3'))?.article.title, 'Trade talks resume');
    assert.equal((await store.getArticle('j4'))?.article.published, '1987-02-26');
  });

  it('is idempotent: a second run stores nothing new', async () => {
    const s = await ingest(readInputs([join(dir, 'pages'), join(dir, 'bulk.jsonl')]), store, { threads: 1 });
    assert.equal(s.stored, 0);
    assert.equal(s.duplicates, 6);
    assert.equal(await store.countArticles(), 5);
  });

  it('reprocesses articles from an older pipeline version', async () => {
    const old = await store.getArticle('j1');
    await store.putResult({ ...old!, id: 'j1', pipelineVersion: '0.0.0-old' }, { contentHash: 'h-old', raw: old!.article.text, rawFormat: 'text' });
    const s = await reprocess(store, 1);
    assert.deepEqual(s, { reprocessed: 1, failed: [] });
    assert.equal((await store.getArticle('j1'))?.pipelineVersion, PIPELINE_VERSION);
  });
});
