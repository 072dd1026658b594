/**
 * `sitrep worker --queue redis://… --db postgres://… [--concurrency N] [--lock-ms 30000]`: processes
 * inputs enqueued by `sitrep ingest --queue`, until stopped (SIGINT/SIGTERM). Run one per core.
 */
import { parseCommandArgs } from '../args.js';
import { startWorker } from '../../queue/queue.js';

export const summary = 'process inputs queued by `ingest --queue` (BullMQ on Redis) into a store';

const HELP = 'usage: sitrep worker --queue redis://host:6379[?name=Q] --db postgres://… [--concurrency 1] [--lock-ms 30000]\n';

export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(argv, {
    name: 'worker',
    help: HELP,
    options: {
      queue: { type: 'string' }, db: { type: 'string', default: 'sitrep.db' }, concurrency: { type: 'string', default: '1' },
      'lock-ms': { type: 'string', default: '30000' },
    },
  });
  if (typeof parsed === 'number') return parsed;
  const v = parsed.values;
  if (!v.queue) return process.stderr.write(HELP), 2;
  const stop = await startWorker({ queueUrl: v.queue, db: v.db!, concurrency: Number(v.concurrency), lockMs: Number(v['lock-ms']) });
  process.stderr.write(`sitrep worker ${process.pid} on ${v.queue} → ${v.db}\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await stop();
  return 0;
}
