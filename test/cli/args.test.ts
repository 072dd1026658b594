/** Every command reads its flags the same way: --help exits 0, an unknown flag or a missing argument exits 2 with the help. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '../shared-data.js';
import { parseCommandArgs } from '../../src/cli/args.js';

const BIN = join(REPO_ROOT, 'bin', 'sitrep.js');
const sitrep = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });

test('args: parsed flags come back typed; help and usage errors come back as exit codes', () => {
  const spec = { name: 'demo', help: 'usage: demo\n', options: { db: { type: 'string', default: 'x.db' } } } as const;
  const ok = parseCommandArgs(['--db', 'y.db'], spec);
  assert.ok(typeof ok !== 'number');
  assert.equal(ok.values.db, 'y.db');
  const silence = (fn: () => unknown) => {
    const out = process.stdout.write, err = process.stderr.write;
    process.stdout.write = process.stderr.write = (() => true) as typeof process.stdout.write;
    try { return fn(); } finally { process.stdout.write = out; process.stderr.write = err; }
  };
  assert.equal(silence(() => parseCommandArgs(['--help'], spec)), 0);
  assert.equal(silence(() => parseCommandArgs(['--nope'], spec)), 2);
  assert.equal(silence(() => parseCommandArgs(['stray'], spec)), 2, 'a command without positionals refuses one');
  assert.equal(silence(() => parseCommandArgs([], { ...spec, minPositionals: 1 })), 2);
});

for (const command of ['extract', 'ingest', 'events', 'export', 'serve', 'worker', 'reprocess', 'tag']) {
  test(`args: sitrep ${command} --help prints usage; an unknown flag is a usage error`, () => {
    const help = sitrep([command, '--help']);
    assert.equal(help.status, 0, help.stderr);
    assert.match(help.stdout, /usage: sitrep/);
    const bad = sitrep([command, '--no-such-flag']);
    assert.equal(bad.status, 2, bad.stderr);
    assert.match(bad.stderr, /no-such-flag/);
  });
}
