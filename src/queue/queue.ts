/**
 * Distributed ingest over Redis with BullMQ: `sitrep ingest --queue redis://…` enqueues inputs,
 * `sitrep worker --queue … --db postgres://…` processes them. A job's id is its content hash, so an
 * input enqueued twice is one job; a worker killed mid-job leaves its job stalled, and BullMQ hands
 * it to another worker after the lock expires. The store write is one transaction keyed by content
 * hash, so a retried job never stores an article twice.
 *
 * The queue URL may name the queue: `redis://host:6379?name=sitrep-ingest` (the default name).
 */
import { Queue, Worker, type Job } from 'bullmq';
import { openStore } from '../store/store.js';
import type { InputItem, IngestInput } from '../ingest/inputs.js';
import { extractOne } from '../ingest/run-one.js';

export const DEFAULT_QUEUE = 'sitrep-ingest';

export function queueConnection(url: string): { name: string; connection: { url: string; maxRetriesPerRequest: null } } {
  const u = new URL(url);
  const name = u.searchParams.get('name') ?? DEFAULT_QUEUE;
  u.searchParams.delete('name');
  return { name, connection: { url: u.toString(), maxRetriesPerRequest: null } };
}

/** What a job carries: the input and the store it goes to. */
export interface IngestJob {
  input: IngestInput;
  db: string;
}

export async function enqueueInputs(queueUrl: string, db: string, items: AsyncIterable<InputItem>): Promise<{ enqueued: number; failed: number; failures: Array<{ id: string; code: string; message: string }> }> {
  const { name, connection } = queueConnection(queueUrl);
  const queue = new Queue<IngestJob>(name, { connection });
  let enqueued = 0;
  const failures: Array<{ id: string; code: string; message: string }> = [];
  let batch: Array<{ name: string; data: IngestJob; opts: { jobId: string } }> = [];
  const flush = async () => {
    if (batch.length === 0) return;
    await queue.addBulk(batch.map((b) => ({ ...b, opts: { ...b.opts, attempts: 3, backoff: { type: 'fixed', delay: 500 }, removeOnComplete: 1000, removeOnFail: 1000 } })));
    enqueued += batch.length;
    batch = [];
  };
  try {
    for await (const item of items) {
      if ('error' in item) {
        failures.push(item.error);
        continue;
      }
      batch.push({ name: 'extract', data: { input: item.input, db }, opts: { jobId: item.input.contentHash } });
      if (batch.length >= 500) await flush();
    }
    await flush();
  } finally {
    await queue.close();
  }
  return { enqueued, failed: failures.length, failures };
}

export interface WorkerOptions {
  queueUrl: string;
  db: string;
  concurrency?: number;
  /** How long a job's lock lasts; a killed worker's job is retried after it (default 30 s). */
  lockMs?: number;
  onResult?: (id: string, status: string) => void;
}

/** Starts a worker; resolves to a function that stops it. */
export async function startWorker(o: WorkerOptions): Promise<() => Promise<void>> {
  const { name, connection } = queueConnection(o.queueUrl);
  const store = await openStore(o.db);
  const lockDuration = o.lockMs ?? 30_000;
  const worker = new Worker<IngestJob>(
    name,
    async (job: Job<IngestJob>) => {
      const { input } = job.data;
      if ((await store.findByHash(input.contentHash)) !== null) return { status: 'duplicate' };
      const out = extractOne(input);
      // Input problems are results, not retries: record them on the job and finish it.
      if (!out.ok) return { status: 'failed', error: out.error };
      const put = await store.putResult(out.result, { contentHash: input.contentHash, raw: input.content, rawFormat: input.meta.format ?? 'text' });
      o.onResult?.(input.id, put.status);
      return { status: put.status };
    },
    { connection, concurrency: o.concurrency ?? 1, lockDuration, stalledInterval: Math.max(500, Math.floor(lockDuration / 2)), maxStalledCount: 5 },
  );
  worker.on('error', () => undefined);
  return async () => {
    await worker.close();
    await store.close();
  };
}
