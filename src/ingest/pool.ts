/**
 * A pool of worker threads running `extract`. With one thread the work runs inline (no copying
 * of inputs and results between threads). A crashed worker fails its task and is replaced.
 */
import { Worker } from 'node:worker_threads';
import { extractOne, type OneOutcome } from './run-one.js';
import type { IngestInput } from './inputs.js';

interface Slot {
  worker: Worker;
  busy: Map<number, (o: OneOutcome) => void>;
}

const FROM_SOURCE = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(`./extract-worker${FROM_SOURCE ? '.ts' : '.js'}`, import.meta.url);

/** A worker on the compiled `.js`, or (run from source under tsx) one that loads tsx first. */
function newWorker(): Worker {
  if (!FROM_SOURCE) return new Worker(WORKER_URL);
  const api = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const boot = `import(${api}).then((a) => { a.register(); return import(${JSON.stringify(WORKER_URL.href)}); })`;
  return new Worker(boot, { eval: true });
}

export class ExtractPool {
  private readonly slots: Slot[] = [];
  private seq = 0;
  private next = 0;

  constructor(readonly threads: number) {
    if (threads > 1) for (let i = 0; i < threads; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const slot: Slot = { worker: newWorker(), busy: new Map() };
    slot.worker.on('message', (m: { seq: number; outcome: OneOutcome }) => {
      const done = slot.busy.get(m.seq);
      slot.busy.delete(m.seq);
      done?.(m.outcome);
    });
    const fail = (err: unknown) => {
      for (const done of slot.busy.values()) done({ ok: false, error: { code: 'INTERNAL', message: `worker died: ${String((err as Error)?.message ?? err)}` } });
      slot.busy.clear();
      const i = this.slots.indexOf(slot);
      if (i >= 0 && !this.closed) this.slots[i] = this.spawn();
    };
    slot.worker.on('error', fail);
    slot.worker.on('exit', (code) => {
      if (!this.closed) fail(new Error(`exit code ${code}`));
    });
    return slot;
  }

  private closed = false;

  /** Extracts one input on the least busy worker (or inline with one thread). */
  extract(input: IngestInput): Promise<OneOutcome> {
    if (this.slots.length === 0) {
      return new Promise((resolve) => setImmediate(() => resolve(extractOne(input))));
    }
    let slot = this.slots[this.next++ % this.slots.length]!;
    for (const s of this.slots) if (s.busy.size < slot.busy.size) slot = s;
    const seq = ++this.seq;
    return new Promise((resolve) => {
      slot.busy.set(seq, resolve);
      slot.worker.postMessage({ seq, input });
    });
  }

  /** Loads the pipeline (models, gazetteers) on every thread by extracting a small text on each. */
  async warm(): Promise<void> {
    const text = 'Officials in Paris said on Monday that France and Germany agreed to hold talks in Berlin.';
    const input: IngestInput = { id: 'warm-up', content: text, meta: { format: 'text' }, title: null, contentHash: '' };
    await Promise.all(Array.from({ length: Math.max(1, this.slots.length) }, () => this.extract(input)));
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
