/**
 * Distributed ingest: two worker processes share a BullMQ queue; one is killed mid-run and every
 * article still ends up stored exactly once. Needs SITREP_TEST_PG and SITREP_TEST_REDIS.
 */
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { openStore, type Store } from '../../src/store/store.js';
import { enqueueInputs } from '../../src/queue/queue.js';
import { contentHash, type InputItem } from '../../src/ingest/inputs.js';
import { dropPgSchema, pgTestUrl, redisTestUrl, RUN_ID } from './env.js';
import { REPO_ROOT } from '../shared-data.js';

const pg = pgTestUrl('queue');
const redis = redisTestUrl();
const skip = !pg ? 'SITREP_TEST_PG is not set' : !redis ? 'SITREP_TEST_REDIS is not set (e.g. redis://127.0.0.1:6379)' : undefined;

const N = 24;
const CITIES = ['Paris', 'Berlin', 'Madrid', 'Rome', 'Vienna', 'Warsaw'];
function text(i: number): string {
  return `Officials in ${CITIES[i % CITIES.length]} said on Monday that talks number ${i} with Germany would resume. ` +
    `France and Spain agreed to send ${i + 10} observers, a spokesman said on Tuesday after meeting ${i} ended.`;
}

async function* items(): AsyncGenerator<InputItem> {
  for (let i = 0; i < N; i++) {
    const t = text(i);
    yield { input: { id: `q${i}`, content: t, meta: { id: `q${i}`, format: 'text' }, title: null, contentHash: contentHash(t) } };
  }
}

function startWorker(queueUrl: string, db: string): ChildProcess {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = fileURLToPath(new URL(`../../src/queue/worker-main${fromSource ? '.ts' : '.js'}`, import.meta.url));
  const args = [...(fromSource ? ['--import', 'tsx'] : []), entry, '--queue', queueUrl, '--db', db, '--lock-ms', '2000'];
  return spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
}

async function waitFor(cond: () => Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await cond()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

describe('distributed ingest', { skip }, () => {
  const workers: ChildProcess[] = [];
  let store: Store | undefined;
  after(async () => {
    for (const w of workers) if (w.exitCode === null && w.signalCode === null) w.kill('SIGTERM');
    await store?.close();
    if (pg) await dropPgSchema(pg);
    if (redis) {
      const { Queue } = await import('bullmq');
      const { name, connection } = (await import('../../src/queue/queue.js')).queueConnection(`${redis}?name=sitrep-test-${RUN_ID}`);
      const q = new Queue(name, { connection });
      await q.obliterate({ force: true }).catch(() => undefined);
      await q.close();
    }
  });

  it('stores every article exactly once when a worker is killed mid-run', async () => {
    const queueUrl = `${redis}?name=sitrep-test-${RUN_ID}`;
    store = await openStore(pg!);
    const q = await enqueueInputs(queueUrl, pg!, items());
    assert.equal(q.enqueued, N);
    assert.equal((await enqueueInputs(queueUrl, pg!, items())).enqueued, N, 'a second enqueue adds the same job ids');
    workers.push(startWorker(queueUrl, pg!), startWorker(queueUrl, pg!));
    const s = store;
    assert.ok(await waitFor(async () => (await s.countArticles()) >= 3, 60_000), 'workers started storing');
    workers[0]!.kill('SIGKILL');
    assert.ok(await waitFor(async () => (await s.countArticles()) >= N, 60_000), `all ${N} stored (have ${await s.countArticles()})`);
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(await s.countArticles(), N);
    const ids = new Set<string>();
    for await (const r of s.iterateResults()) {
      assert.ok(!ids.has(r.id), `${r.id} stored once`);
      ids.add(r.id);
    }
    assert.deepEqual([...ids].sort(), Array.from({ length: N }, (_, i) => `q${i}`).sort());
  });
});
