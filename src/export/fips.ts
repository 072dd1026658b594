/** ISO 3166 alpha-2 → FIPS 10-4 country codes (GDELT's geo fields), from `data/export/iso2-fips.tsv`. */
import { readTsv } from '../core/data-dir.js';

let table: Map<string, string> | null = null;

export function isoToFips(iso2: string | null | undefined): string {
  if (!iso2) return '';
  table ??= new Map(readTsv('export', 'iso2-fips.tsv').map((r) => [r['iso2']!, r['fips']!]));
  return table.get(iso2.toUpperCase()) ?? '';
}
