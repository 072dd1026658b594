/**
 * `sitrep eval plover FILE [--verbose]`: codes each sentence of a PLOVER gold-standard file
 * (JSON records with `text`, `source`, `target`, `event`) and prints recall, precision and F1.
 * A record counts as found when one produced event has its PLOVER type (or a CAMEO code whose
 * root maps to that type) and the right source and target countries (either order when the
 * record marks both sides as SRC/TAR). Older PLOVER labels are mapped: DEMAND→REQUEST,
 * DISAPPROVE→ACCUSE, INVESTIGATE→ACCUSE, FIGHT→ASSAULT.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { extract } from '../index.js';
import type { Actor, SitrepEvent } from '../core/types.js';
import { cameoTable } from '../events/cameo.js';
import { readTsv } from '../core/data-dir.js';

interface PloverActor { actorText?: string; code?: string; sector?: string }
interface PloverRecord {
  id: string;
  event: string;
  text?: string;
  source?: PloverActor[] | string;
  target?: PloverActor[] | string;
  textInfo?: { markup?: string };
}

const OLD_LABELS: Record<string, string> = { DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE', INVESTIGATE: 'ACCUSE', FIGHT: 'ASSAULT' };
const label = (s: string) => OLD_LABELS[s] ?? s;

function actorCodes(a: PloverRecord['source']): string[] {
  return Array.isArray(a) ? a.map((x) => x.code ?? '').filter(Boolean) : [];
}

function actorIs(ours: Actor | null, codes: string[]): boolean {
  if (codes.length === 0) return true;
  if (!ours) return false;
  // PLOVER codes non-state actors by kind: IGO (UN, EU…), NGO, IMG (international militarized
  // group such as al-Qaeda); a known group of that kind matches.
  const kind = ours.knownGroup ? groupKind(ours.knownGroup) : null;
  return codes.some(
    (c) =>
      c === ours.countryCode ||
      (!!ours.knownGroup && c.endsWith(ours.knownGroup)) ||
      (c === 'IGO' && kind === 'IGO') ||
      (c === 'NGO' && kind === 'NGO') ||
      (c === 'IMG' && (kind === 'INS' || kind === 'REB')),
  );
}

let kinds: Map<string, string> | null = null;
function groupKind(code: string): string | null {
  kinds ??= new Map(readTsv('actors', 'organizations.tsv').map((r) => [r['code']!, r['type']!]));
  return kinds.get(code) ?? null;
}

function eventTypes(e: SitrepEvent): string[] {
  const table = cameoTable();
  const types = new Set<string>();
  if (e.plover) types.add(e.plover.event);
  const root = table.get(e.rootCode)?.ploverEvent;
  if (root) types.add(root);
  return [...types].map(label);
}

export function recordMatched(rec: PloverRecord, events: SitrepEvent[]): boolean {
  const want = label(rec.event);
  const src = actorCodes(rec.source);
  const tar = actorCodes(rec.target);
  const symmetric = /SRC\/TAR/.test(rec.textInfo?.markup ?? '');
  return events.some((e) => {
    if (!eventTypes(e).includes(want)) return false;
    if (actorIs(e.actor1, src) && actorIs(e.actor2, tar)) return true;
    if (symmetric && actorIs(e.actor1, src) && actorIs(e.actor2, src)) return true;
    return actorIs(e.actor2, src) && actorIs(e.actor1, tar) && symmetric;
  });
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { verbose: { type: 'boolean', short: 'v' } } });
  const file = positionals[0];
  if (!file) {
    process.stderr.write('usage: sitrep eval plover FILE.json [--verbose]\n');
    return 2;
  }
  const records = (JSON.parse(readFileSync(file, 'utf8')) as PloverRecord[]).filter((r) => r.text && r.event !== 'DOCUMENT');
  let tp = 0;
  let fp = 0;
  const byType = new Map<string, { n: number; hit: number }>();
  for (const rec of records) {
    const events = extract(rec.text!, { published: null, format: 'text' }).events;
    const hit = recordMatched(rec, events);
    const t = byType.get(label(rec.event)) ?? { n: 0, hit: 0 };
    t.n++;
    if (hit) {
      tp++;
      t.hit++;
    } else if (events.length > 0) fp++;
    byType.set(label(rec.event), t);
    if (values.verbose && !hit) {
      process.stdout.write(`${rec.id} want ${label(rec.event)} ${actorCodes(rec.source).join('+')}→${actorCodes(rec.target).join('+')}; got ${events.map((e) => `${e.code}/${eventTypes(e).join('|')} ${e.actor1?.code}→${e.actor2?.code}`).join(', ') || 'nothing'}\n    ${rec.text}\n`);
    }
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = records.length === 0 ? 0 : tp / records.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const lines = ['type         records  found'];
  for (const [t, c] of [...byType].sort()) lines.push(`${t.padEnd(12)} ${String(c.n).padStart(7)} ${String(c.hit).padStart(6)}`);
  lines.push('', `records: ${records.length}  found: ${tp}  wrong or extra: ${fp}`, `recall ${recall.toFixed(3)}  precision ${precision.toFixed(3)}  F1 ${f1.toFixed(3)}`);
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}
