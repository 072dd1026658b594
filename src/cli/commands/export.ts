/**
 * `sitrep export [--db sitrep.db] --format gdelt-events|gdelt-mentions|gkg|jsonl|csv|geojson [--out FILE]`
 * Streams the store out; event filters (--actor, --since…) apply to csv, geojson and gdelt-mentions.
 */
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { parseCommandArgs } from '../args.js';
import { openStore } from '../../store/store.js';
import { parseEventFilter } from '../../store/filter-parse.js';
import { EXPORT_FORMATS, exportStore, type ExportFormat } from '../../export/export.js';

export const summary = 'stream the store as GDELT events/mentions, GKG, JSONL, CSV or GeoJSON';

const HELP = `usage: sitrep export --format ${EXPORT_FORMATS.join('|')} [--db sitrep.db] [--out FILE]
  event filters for csv, geojson, gdelt-mentions: --actor --country --code --root --since --until --bbox --place
`;

export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(argv, {
    name: 'export',
    help: HELP,
    options: {
      db: { type: 'string', default: 'sitrep.db' }, format: { type: 'string' }, out: { type: 'string' },
      actor: { type: 'string' }, country: { type: 'string' }, code: { type: 'string' }, root: { type: 'string' },
      since: { type: 'string' }, until: { type: 'string' }, bbox: { type: 'string' }, place: { type: 'string' },
    },
  });
  if (typeof parsed === 'number') return parsed;
  const v = parsed.values;
  if (!v.format || !(EXPORT_FORMATS as readonly string[]).includes(v.format)) {
    process.stderr.write(`sitrep export: --format must be one of ${EXPORT_FORMATS.join(', ')}\n`);
    return 2;
  }
  let filter;
  try {
    filter = parseEventFilter(v);
  } catch (err) {
    process.stderr.write(`sitrep export: ${(err as Error).message}\n`);
    return 2;
  }
  const store = await openStore(v.db);
  // A closed pipe (`sitrep export … | head`) ends the export quietly.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  try {
    const out = v.out ? createWriteStream(v.out) : process.stdout;
    const n = await exportStore(store, v.format as ExportFormat, out, filter);
    if (v.out) {
      out.end();
      await finished(out);
    }
    process.stderr.write(`exported ${n} ${v.format} records${v.out ? ` to ${v.out}` : ''}\n`);
    return 0;
  } finally {
    await store.close();
  }
}
