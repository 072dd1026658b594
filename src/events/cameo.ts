/** CAMEO code table (`data/events/cameo.tsv`): label, Goldstein value, QuadClass, PLOVER type. */
import { readTsv } from '../core/data-dir.js';

export interface CameoCode {
  code: string;
  label: string;
  goldstein: number;
  quadClass: number;
  ploverEvent: string | null;
  ploverMode: string | null;
}

let table: Map<string, CameoCode> | null = null;

export function cameoTable(): Map<string, CameoCode> {
  if (!table) {
    table = new Map();
    for (const r of readTsv('events', 'cameo.tsv')) {
      table.set(r['code']!, {
        code: r['code']!,
        label: r['label']!,
        goldstein: Number(r['goldstein']),
        quadClass: Number(r['quadclass']),
        ploverEvent: r['plover_event'] || null,
        ploverMode: r['plover_mode'] || null,
      });
    }
  }
  return table;
}

/** The entry for a code; throws for a code the table does not know (a bad pattern file). */
export function cameo(code: string): CameoCode {
  const c = cameoTable().get(code);
  if (!c) throw new Error(`sitrep: unknown CAMEO code "${code}" (data/events/verb-patterns.tsv must use codes from data/events/cameo.tsv)`);
  return c;
}

/** Root (two digits) and base (three digits) of a code. */
export function rootOf(code: string): string {
  return code.slice(0, 2);
}
export function baseOf(code: string): string {
  return code.slice(0, 3);
}
