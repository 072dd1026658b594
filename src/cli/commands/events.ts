/**
 * `sitrep events [--db sitrep.db] [--actor RUS] [--country UKR] [--code 057] [--root 05] [--quad-class 4]
 *                [--since DATE] [--until DATE] [--bbox minLon,minLat,maxLon,maxLat] [--q TEXT]
 *                [--limit N] [--offset N] [--sort date|-date|goldstein|-goldstein] [--format table|json]`
 */
import { parseCommandArgs } from '../args.js';
import { openStore } from '../../store/store.js';
import { parseEventFilter } from '../../store/filter-parse.js';
import { SitrepError } from '../../core/errors.js';
import type { EventRow } from '../../store/types.js';

export const summary = 'list stored events (filters: actor, code, root, dates, place)';

const HELP = `usage: sitrep events [options]
  --db PATH|URL       store (default sitrep.db)
  --actor CODE        CAMEO actor code prefix, either actor (RUS matches RUSGOV)
  --country CODE      ISO country of either actor or of the place
  --code CODE         CAMEO event code (057)        --root RR   root code (05)
  --quad-class N      1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
  --since DATE --until DATE                         event date bounds (inclusive)
  --bbox minLon,minLat,maxLon,maxLat                --q TEXT    words in the evidence
  --place NAME|GEONAMEID   the event's place ("Dushanbe", or 1221874)
  --limit N (default 50)  --offset N  --sort date|-date|goldstein|-goldstein
  --format table|json (default: table on a terminal, json otherwise)
`;

function cell(s: string | null | undefined, w: number): string {
  const v = (s ?? '-').replace(/\s+/g, ' ');
  return v.length > w ? v.slice(0, w - 1) + '…' : v.padEnd(w);
}

export function eventTable(rows: EventRow[]): string {
  const head = `${cell('DATE', 10)} ${cell('CODE', 4)} ${cell('Q', 1)} ${cell('GS', 5)} ${cell('ACTOR1', 10)} ${cell('ACTOR2', 10)} ${cell('PLACE', 14)} ${cell('ARTICLE', 18)} EVIDENCE`;
  const lines = rows.map((e) =>
    `${cell(e.date, 10)} ${cell(e.code, 4)} ${e.quadClass} ${cell(e.goldstein.toFixed(1), 5)} ${cell(e.actor1Code, 10)} ${cell(e.actor2Code, 10)} ${cell(e.placeName, 14)} ${cell(e.articleId, 18)} ${cell(e.evidence, 80).trimEnd()}`,
  );
  return [head, ...lines].join('\n');
}

export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(argv, {
    name: 'events',
    help: HELP,
    options: {
      db: { type: 'string', default: 'sitrep.db' },
      actor: { type: 'string' }, country: { type: 'string' }, code: { type: 'string' }, root: { type: 'string' },
      'quad-class': { type: 'string' }, since: { type: 'string' }, until: { type: 'string' }, bbox: { type: 'string' }, place: { type: 'string' },
      q: { type: 'string' }, limit: { type: 'string' }, offset: { type: 'string' }, sort: { type: 'string' },
      format: { type: 'string' },
    },
  });
  if (typeof parsed === 'number') return parsed;
  const v = parsed.values;
  const format = v.format ?? (process.stdout.isTTY ? 'table' : 'json');
  if (format !== 'table' && format !== 'json') {
    process.stderr.write(`sitrep events: --format must be table or json\n`);
    return 2;
  }
  let filter;
  try {
    filter = parseEventFilter({ ...v, quadClass: v['quad-class'] });
  } catch (err) {
    if (err instanceof SitrepError) {
      process.stderr.write(`sitrep events: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  const store = await openStore(v.db);
  try {
    const page = await store.queryEvents(filter);
    if (format === 'json') process.stdout.write(JSON.stringify(page, null, 2) + '\n');
    else process.stdout.write(`${eventTable(page.items)}\n${page.items.length} of ${page.total}${page.totalIsLowerBound ? "+" : ""} events\n`);
    return 0;
  } finally {
    await store.close();
  }
}
