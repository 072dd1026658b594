/** Worker thread: receives ingest inputs, sends back extraction outcomes. */
import { parentPort } from 'node:worker_threads';
import { extractOne } from './run-one.js';
import type { IngestInput } from './inputs.js';

parentPort!.on('message', (msg: { seq: number; input: IngestInput }) => {
  parentPort!.postMessage({ seq: msg.seq, outcome: extractOne(msg.input) });
});
