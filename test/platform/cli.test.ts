/** The thin CLI layers over the store, run in process: ingest → events → export → reprocess. */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT } from '../shared-data.js';

const FROM_SOURCE = import.meta.url.endsWith('.ts');
const RUNNER = fileURLToPath(new URL(`./run-cli${FROM_SOURCE ? '.ts' : '.js'}`, import.meta.url));

/** Runs the CLI in a child process (stdout is the test reporter's channel here), capturing its output. */
function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const args = [...(FROM_SOURCE ? ['--import', 'tsx'] : []), RUNNER, ...argv];
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd: REPO_ROOT, env: { ...process.env, SITREP_CLI_RUNNER: '1' } }, (error, out, err) => {
      resolve({ code: error ? Number((error as { code?: unknown }).code ?? 1) : 0, out, err });
    });
  });
}

describe('CLI: ingest, events, export, reprocess', () => {
  let dir: string;
  let db: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
    db = join(dir, 'test.db');
    writeFileSync(
      join(dir, 'in.jsonl'),
      [
        JSON.stringify({ id: 'c1', title: 'Talks', published: '2024-05-06', text: 'German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Monday.' }),
        JSON.stringify({ id: 'c2', text: '' }),
        '',
      ].join('\n'),
    );
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('ingests, reports the failure, and exits 1', async () => {
    const r = await cli('ingest', join(dir, 'in.jsonl'), '--db', db, '--threads', '1');
    assert.equal(r.code, 1);
    assert.match(r.out, /1 stored, 0 updated, 0 duplicates skipped, 1 failed/);
    assert.match(r.out, /c2: (EMPTY_INPUT|BAD_INPUT_RECORD)/);
    const again = await cli('ingest', join(dir, 'in.jsonl'), '--db', db, '--threads', '1', '--json');
    assert.equal(JSON.parse(again.out).duplicates, 1);
  });

  it('lists events as JSON and rejects bad filters', async () => {
    const r = await cli('events', '--db', db, '--format', 'json', '--since', '2000-01-01');
    assert.equal(r.code, 0);
    const page = JSON.parse(r.out);
    assert.equal(typeof page.total, 'number');
    assert.ok(Array.isArray(page.items));
    const bad = await cli('events', '--db', db, '--root', '99');
    assert.equal(bad.code, 2);
    assert.match(bad.err, /root must be/);
  });

  it('exports to a file and refuses unknown formats', async () => {
    const out = join(dir, 'out.jsonl');
    const r = await cli('export', '--db', db, '--format', 'jsonl', '--out', out);
    assert.equal(r.code, 0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    assert.equal(lines.length, 1);
    assert.equal(JSON.parse(lines[0]!).id, 'c1');
    assert.equal((await cli('export', '--db', db, '--format', 'xml')).code, 2);
  });

  it('reprocesses nothing when every article is current', async () => {
    const r = await cli('reprocess', '--db', db, '--threads', '1');
    assert.equal(r.code, 0);
    assert.match(r.out, /reprocessed 0 articles/);
  });
});
