#!/usr/bin/env node
/**
 * Builds the web UI into dist/src/web/public/: the client bundle (esbuild over src/web/client/),
 * the page and stylesheet (src/web/static/), the world basemap (world-atlas TopoJSON) and the
 * CAMEO code labels (data/events/cameo.tsv → cameo.json). Everything is served locally by
 * src/web/ui.ts; nothing is fetched from the internet at run time.
 */
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'src', 'web', 'public');
const require = createRequire(import.meta.url);
mkdirSync(out, { recursive: true });

await build({
  entryPoints: [join(root, 'src', 'web', 'client', 'main.ts')],
  outfile: join(out, 'app.js'),
  bundle: true,
  format: 'esm',
  target: 'es2020',
  minify: process.env.SITREP_WEB_DEV ? false : true,
  sourcemap: true,
  logLevel: 'warning',
  legalComments: 'none',
});

for (const f of ['index.html', 'app.css']) copyFileSync(join(root, 'src', 'web', 'static', f), join(out, f));
copyFileSync(require.resolve('world-atlas/countries-110m.json'), join(out, 'countries-110m.json'));

const cameo = {};
for (const line of readFileSync(join(root, 'data', 'events', 'cameo.tsv'), 'utf8').split('\n')) {
  if (!line || line.startsWith('#') || line.startsWith('code\t')) continue;
  const [code, label, goldstein, quad] = line.split('\t');
  if (code && label) cameo[code] = { label, goldstein: Number(goldstein), quadClass: Number(quad) };
}
writeFileSync(join(out, 'cameo.json'), JSON.stringify(cameo));
process.stderr.write(`web UI built in ${out}\n`);
