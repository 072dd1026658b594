/**
 * The boilerplate phrase list (`data/extract/boilerplate.tsv`): which lines or blocks are page
 * furniture, and which ones mark the end of the article (`tail`).
 */
import { readTsv } from '../core/data-dir.js';

export type FurnitureRole = 'drop' | 'tail';

interface Rule {
  match: 'line' | 'prefix' | 'contains' | 'regex';
  pattern: string;
  re: RegExp | null;
  role: FurnitureRole;
}

let rules: Rule[] | null = null;
let lineMap: Map<string, FurnitureRole> | null = null;

function load(): Rule[] {
  if (rules) return rules;
  rules = readTsv('extract', 'boilerplate.tsv').map((r) => ({
    match: r['match'] as Rule['match'],
    pattern: r['pattern']!,
    re: r['match'] === 'regex' ? new RegExp(r['pattern']!, 'i') : null,
    role: (r['role'] === 'tail' ? 'tail' : 'drop') as FurnitureRole,
  }));
  lineMap = new Map(rules.filter((r) => r.match === 'line').map((r) => [r.pattern, r.role]));
  return rules;
}

/** Lower-cased, white space collapsed, list markers and bullets removed. */
export function normalizeForMatch(line: string): string {
  return line
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:\d{1,2}[.)]|[•·▪►»*\-–])\s+/, '')
    .trim();
}

/** The furniture role of a line or block, or null when it is not furniture. */
export function furnitureRole(line: string): FurnitureRole | null {
  if (line.length > 1000) return null;
  const all = load();
  const norm = normalizeForMatch(line);
  if (norm.length > 400) return null;
  const exact = lineMap!.get(norm) ?? lineMap!.get(norm.replace(/[:.!]+$/, ''));
  if (exact) return exact;
  let found: FurnitureRole | null = null;
  for (const r of all) {
    let hit = false;
    if (r.match === 'prefix') hit = norm.startsWith(r.pattern);
    else if (r.match === 'contains') hit = norm.includes(r.pattern);
    else if (r.match === 'regex') hit = r.re!.test(norm);
    if (hit) {
      if (r.role === 'tail') return 'tail';
      found = 'drop';
    }
  }
  return found;
}
