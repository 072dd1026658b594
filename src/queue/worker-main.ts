/** Entry point of a worker process (`node dist/src/queue/worker-main.js --queue … --db …`), used by tests and process managers. */
import { run } from '../cli/commands/worker.js';

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`sitrep worker: ${(err as Error).stack ?? err}\n`);
    process.exit(1);
  },
);
