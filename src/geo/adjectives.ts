/**
 * Adjectival toponyms ("Georgian", "South Ossetian", "Iraqi", "Europeans"): a country, region or
 * continent named through its adjective or demonym. Rules first (strip the ending and look the
 * name up: "Georgian" → "Georgia", with all of its senses so context still decides between the
 * country and the US state), then data/geo/adjectives.tsv for irregular forms ("Dutch", "Swiss").
 */
import { readTsv } from '../core/data-dir.js';
import { countryEntry, lookup, type GazEntry } from './gazetteer.js';

let table: Map<string, string> | null = null;

const BIG_KINDS = new Set(['country', 'admin', 'region', 'continent']);

function fromTable(word: string): GazEntry[] {
  table ??= new Map(readTsv('geo', 'adjectives.tsv').map((r) => [r['adjective']!, r['target']!]));
  const t = table.get(word);
  if (!t) return [];
  if (t.startsWith('region:')) return lookup(t.slice(7)).filter((e) => BIG_KINDS.has(e.kind));
  const e = countryEntry(t);
  return e ? [e] : [];
}

/** Senses named by an adjective or demonym, or [] when `word` is not one. */
export function adjectiveSenses(word: string): GazEntry[] {
  const forms = [word];
  if (/(?:an|i)s$/.test(word)) forms.push(word.slice(0, -1)); // plural demonyms: "Palestinians", "Iraqis"
  for (const w of forms) {
    if (w.endsWith('n')) {
      const s = lookup(w.slice(0, -1)).filter((e) => BIG_KINDS.has(e.kind));
      if (s.length > 0) return s;
    }
    if (w.endsWith('i')) {
      const s = lookup(w.slice(0, -1)).filter((e) => e.kind === 'country');
      if (s.length > 0) return s;
    }
    const t = fromTable(w);
    if (t.length > 0) return t;
  }
  return [];
}
