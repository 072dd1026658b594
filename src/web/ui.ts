/**
 * Serves the analyst's web UI at `/`: the page, its bundle, stylesheet, basemap and CAMEO labels,
 * all built by `npm run build:web` into `dist/src/web/public/` (see scripts/build-web.mjs).
 * Only the files named in ASSETS are served. A strict Content-Security-Policy forbids inline
 * scripts, so markup inside a hostile article can never run even if it reached the DOM.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply } from 'fastify';

const ASSETS: Record<string, string> = {
  'app.js': 'text/javascript; charset=utf-8',
  'app.js.map': 'application/json; charset=utf-8',
  'app.css': 'text/css; charset=utf-8',
  'countries-110m.json': 'application/json; charset=utf-8',
  'cameo.json': 'application/json; charset=utf-8',
};

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** The folder holding the built UI: beside this module once compiled, else the repository's dist. */
export function publicDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, 'public'), join(here, '..', '..', 'dist', 'src', 'web', 'public')];
  return candidates.find((d) => existsSync(join(d, 'app.js'))) ?? candidates[0]!;
}

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>sitrep</title>
<p>The web UI is not built. Run <code>npm run build:web</code> (or <code>npm run build</code>), then reload.
The HTTP API is served under <a href="/openapi.json">/api/</a>.</p>`;

function secure(reply: FastifyReply, type: string): FastifyReply {
  return reply.type(type).header('content-security-policy', CSP).header('x-content-type-options', 'nosniff').header('referrer-policy', 'no-referrer');
}

export function registerWebUi(app: FastifyInstance, opts: { dir?: string } = {}): void {
  const dir = opts.dir ?? publicDir();
  const cache = new Map<string, Buffer>();
  const read = (name: string): Buffer | null => {
    const hit = cache.get(name);
    if (hit) return hit;
    const p = join(dir, name);
    if (!existsSync(p)) return null;
    const buf = readFileSync(p);
    cache.set(name, buf);
    return buf;
  };

  app.get('/', async (_req, reply) => {
    const page = read('index.html');
    return secure(reply, 'text/html; charset=utf-8').header('cache-control', 'no-cache').send(page ?? NOT_BUILT);
  });
  app.get('/assets/:file', async (req, reply) => {
    const { file } = req.params as { file: string };
    const type = ASSETS[file];
    const body = type ? read(file) : null;
    if (!type || !body) return reply.status(404).send({ error: { code: 'NOT_FOUND', message: `no asset "${file}"` } });
    return secure(reply, type).header('cache-control', 'no-cache').send(body);
  });
}
