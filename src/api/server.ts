/**
 * The HTTP API: a thin Fastify layer over a `Store`. Every route lives under `/api/`; `/` and
 * `/assets/` are the web UI's (registered from `src/web/ui.ts`). Errors are `{error: {code, message}}`
 * with the catalogue's codes.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import type { Store } from '../store/store.js';
import { SitrepError, toErrorRecord } from '../core/errors.js';
import { ROUTES } from './routes.js';
import { openApiDocument } from './openapi.js';
import { registerWebUi } from '../web/ui.js';

const STATUS: Record<string, number> = { BAD_REQUEST: 400, NOT_FOUND: 404 };

/** The API over `store`, plus the web UI at `/` (from `src/web/`) unless `web: false`. */
export function buildServer(store: Store, opts: { logger?: boolean; web?: boolean } = {}): FastifyInstance {
  const app = Fastify({ logger: opts.logger ?? false, ajv: { customOptions: { coerceTypes: true, removeAdditional: false, allErrors: false } } });

  app.setErrorHandler((err, _req, reply) => {
    const e = err as Error & { validation?: unknown; statusCode?: number; code?: string };
    if (e.validation) return reply.status(400).send({ error: { code: 'BAD_REQUEST', message: e.message } });
    if (err instanceof SitrepError) return reply.status(STATUS[err.code] ?? 500).send({ error: { code: err.code, message: err.message } });
    if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) return reply.status(e.statusCode).send({ error: { code: 'BAD_REQUEST', message: e.message } });
    const rec = toErrorRecord(err);
    return reply.status(500).send({ error: { code: rec.code === 'NOT_FOUND' ? 'INTERNAL' : rec.code, message: rec.message } });
  });
  app.setNotFoundHandler((req, reply) => reply.status(404).send({ error: { code: 'NOT_FOUND', message: `no route ${req.method} ${req.url}` } }));

  const doc = openApiDocument(ROUTES);
  app.get('/openapi.json', async () => doc);
  for (const r of ROUTES) {
    app.route({
      method: 'GET',
      url: r.url,
      schema: { ...(r.querystring ? { querystring: r.querystring } : {}), ...(r.params ? { params: r.params } : {}) },
      handler: (req, reply) => r.handler(store, req, reply),
    });
  }
  if (opts.web !== false) registerWebUi(app);
  return app;
}
