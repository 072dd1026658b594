/** `sitrep extract` as a user runs it: formats, JSONL batches, and bad inputs that must not stop a batch. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, SEED_FILE, needsSeed } from '../shared-data.js';

const BIN = join(REPO_ROOT, 'bin', 'sitrep.js');
const tmp = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
const sitrep = (args: string[], input?: string) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024 });

test('extract: the seed as JSON has the contract fields', needsSeed(), () => {
  const r = sitrep(['extract', '--published', '2012-10-05', '--format', 'json', SEED_FILE]);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  for (const k of ['article', 'entities', 'places', 'times', 'amounts', 'quotes', 'events', 'facts']) assert.ok(k in out, `field ${k}`);
  for (const k of ['title', 'published', 'url', 'byline', 'language', 'text', 'caption', 'credits']) assert.ok(k in out.article, `article.${k}`);
  assert.equal(out.article.published, '2012-10-05');
});

test('extract: text format is a readable report', needsSeed(), () => {
  const r = sitrep(['extract', '--published', '2012-10-05', '--format', 'text', SEED_FILE]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /## Events/);
  assert.match(r.stdout, /057/);
});

test('extract: bad inputs each get a clear error and the others still come out', () => {
  const empty = join(tmp, 'empty.txt');
  writeFileSync(empty, '');
  const binary = join(tmp, 'image.html');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]));
  const good = join(tmp, 'good.txt');
  writeFileSync(good, 'Russia and Tajikistan have signed an agreement on Friday in Dushanbe.');
  const missing = join(tmp, 'missing.txt');
  const undecodable = join(tmp, 'utf16.txt');
  writeFileSync(undecodable, Buffer.from([0xff, 0xfe, 0x00, 0xd8])); // UTF-16 BOM, then a lone surrogate
  const r = sitrep(['extract', '--format', 'jsonl', empty, binary, good, missing, undecodable]);
  assert.equal(r.status, 1, 'exit code 1 when an input failed');
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 5, 'one line per input');
  assert.equal(lines[4].error.code, 'UNKNOWN_ENCODING', 'undecodable UTF-16');
  assert.equal(lines[0].error.code, 'EMPTY_INPUT', 'empty file');
  assert.equal(lines[1].error.code, 'BINARY_INPUT', 'PNG bytes');
  assert.ok(lines[2].article, 'the good file is extracted');
  assert.equal(lines[3].error.code, 'NOT_FOUND', 'missing file');
});

test('extract: a page over the size limit is refused, not processed', () => {
  const big = join(tmp, 'big.html');
  writeFileSync(big, '<html><body>' + '<p>word word word word word word word.</p>'.repeat(1_400_000) + '</body></html>');
  const r = sitrep(['extract', '--format', 'jsonl', big]);
  assert.equal(r.status, 1);
  assert.equal(JSON.parse(r.stdout).error.code, 'INPUT_TOO_LARGE');
});

test('extract --input-format jsonl: ids kept, bad records reported, batch goes on', () => {
  const input = [
    JSON.stringify({ id: 'a', text: 'NATO said on Monday it would withdraw troops from Afghanistan.', published: '2012-10-05' }),
    'not json',
    JSON.stringify({ id: 'b' }),
    JSON.stringify({ id: 'c', html: '<html><body><p>Russia and Tajikistan signed an agreement.</p></body></html>' }),
  ].join('\n');
  const r = sitrep(['extract', '--input-format', 'jsonl', '-'], input);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 4);
  assert.equal(lines[0].id, 'a');
  assert.ok(lines[0].article);
  assert.equal(lines[1].error.code, 'BAD_INPUT_RECORD');
  assert.equal(lines[2].id, 'b');
  assert.equal(lines[2].error.code, 'BAD_INPUT_RECORD');
  assert.equal(lines[3].id, 'c');
  assert.ok(lines[3].article);
});

test('extract: bad flags are usage errors (exit 2)', () => {
  assert.equal(sitrep(['extract', '--format', 'yaml', 'x.txt']).status, 2);
  assert.equal(sitrep(['extract', '--published', 'yesterday', 'x.txt']).status, 2);
  assert.equal(sitrep(['nonsense']).status, 2);
  const unknown = sitrep(['extract', '--no-such-flag', 'x.txt']);
  assert.equal(unknown.status, 2, 'an unknown flag is a usage error');
  assert.match(unknown.stderr, /no-such-flag/);
});

test('extract --quotes attribution adds the stances a source holds; a bad value is a usage error', () => {
  const file = join(tmp, 'stance.txt');
  writeFileSync(file, 'The senator wants to cut the defence budget by a tenth.\n\nThe mayor said the bridge would reopen in May.\n');
  const speech = JSON.parse(sitrep(['extract', '--format', 'json', file]).stdout);
  const attribution = JSON.parse(sitrep(['extract', '--format', 'json', '--quotes', 'attribution', file]).stdout);
  assert.ok(speech.quotes.some((q: { text: string }) => /bridge/.test(q.text)), 'reported speech in both scopes');
  assert.ok(!speech.quotes.some((q: { text: string }) => /budget/.test(q.text)), 'a stance is not speech');
  assert.ok(attribution.quotes.some((q: { text: string }) => /budget/.test(q.text)), 'a stance is an attribution');
  assert.equal(sitrep(['extract', '--quotes', 'everything', file]).status, 2);
});
