/**
 * Gazetteers: name lists (`data/ner/gazetteer*.tsv`, columns `name` and `class`) matched over a
 * sentence, longest match first, case-insensitively from a capitalised first word. Each token gets the classes whose entries
 * cover it, with its position in the match (`LOC:B`, `LOC:I`, `LOC:L`, `LOC:U`).
 */
import { existsSync } from 'node:fs';
import { dataPath, readTsv } from '../../core/data-dir.js';

export interface Gazetteer {
  /** Lower-cased first word → entries (lower-cased words) with their classes, longest first. */
  byFirst: Map<string, Array<{ words: string[]; cls: string; lowerStart: boolean }>>;
}

export const GAZETTEER_FILES = ['gazetteer.tsv', 'gazetteer-places.tsv'];

export function buildGazetteer(rows: Iterable<{ name: string; cls: string }>): Gazetteer {
  const byFirst = new Map<string, Array<{ words: string[]; cls: string; lowerStart: boolean }>>();
  const seen = new Set<string>();
  for (const { name, cls } of rows) {
    const words = name.toLowerCase().split(/\s+/).filter((w) => w !== '');
    if (words.length === 0 || words.length > 6) continue;
    const key = cls + '\t' + words.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    let list = byFirst.get(words[0]!);
    if (!list) byFirst.set(words[0]!, (list = []));
    list.push({ words, cls, lowerStart: !/^\P{Ll}/u.test(name.trim()) });
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirst };
}

let cached: Gazetteer | null = null;
/** The committed gazetteers. */
export function loadGazetteer(): Gazetteer {
  if (!cached) {
    const rows: Array<{ name: string; cls: string }> = [];
    for (const f of GAZETTEER_FILES) {
      if (!existsSync(dataPath('ner', f))) continue;
      for (const r of readTsv('ner', f)) if (r['name'] && r['class']) rows.push({ name: r['name'], cls: r['class'] });
    }
    cached = buildGazetteer(rows);
  }
  return cached;
}

/** For each token of the sentence, the gazetteer features that cover it (`LOC:B` …). */
export function matchGazetteer(gaz: Gazetteer, words: readonly string[]): string[][] {
  const out: string[][] = words.map(() => []);
  const lower = words.map((w) => w.toLowerCase());
  // Per class, the end of the last match, so a class's matches do not overlap.
  const covered = new Map<string, number>();
  for (let i = 0; i < lower.length; i++) {
    // Names start with a capital ("us" is not "US", "may" is not "May") unless the entry does ("al Qaeda").
    const capital = /\p{Lu}/u.test(words[i]!);
    const list = gaz.byFirst.get(lower[i]!);
    if (!list) continue;
    for (const { words: ew, cls, lowerStart } of list) {
      if (!capital && !lowerStart) continue;
      if ((covered.get(cls) ?? 0) > i) continue;
      if (i + ew.length > lower.length) continue;
      let ok = true;
      for (let k = 1; k < ew.length; k++) if (lower[i + k] !== ew[k]) { ok = false; break; }
      if (!ok) continue;
      covered.set(cls, i + ew.length);
      if (ew.length === 1) out[i]!.push(cls + ':U');
      else {
        out[i]!.push(cls + ':B');
        for (let k = 1; k < ew.length - 1; k++) out[i + k]!.push(cls + ':I');
        out[i + ew.length - 1]!.push(cls + ':L');
      }
    }
  }
  return out;
}
