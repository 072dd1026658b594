/** `sitrep serve [--db sitrep.db] [--port 8080] [--host 127.0.0.1]`: the HTTP API (OpenAPI at /openapi.json). */
import { parseCommandArgs } from '../args.js';
import { openStore } from '../../store/store.js';
import { buildServer } from '../../api/server.js';

export const summary = 'serve the HTTP API over a store (/api/…, /openapi.json)';

const HELP = `usage: sitrep serve [--db sitrep.db] [--port 8080] [--host 127.0.0.1]\n  serves the HTTP API under /api/ (OpenAPI at /openapi.json) and the analyst's web UI at /\n`;

export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(argv, {
    name: 'serve',
    help: HELP,
    options: {
      db: { type: 'string', default: 'sitrep.db' }, port: { type: 'string', default: '8080' },
      host: { type: 'string', default: '127.0.0.1' },
    },
  });
  if (typeof parsed === 'number') return parsed;
  const v = parsed.values;
  const port = Number(v.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`sitrep serve: --port must be 0 to 65535\n`);
    return 2;
  }
  const store = await openStore(v.db);
  const app = buildServer(store);
  const address = await app.listen({ port, host: v.host! });
  process.stderr.write(`sitrep API on ${address} (OpenAPI: ${address}/openapi.json)\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await app.close();
  await store.close();
  return 0;
}
