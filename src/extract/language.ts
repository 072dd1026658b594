/**
 * Language guess from function words (`data/extract/stopwords.tsv`): the language whose list
 * covers the most tokens of the first 20,000 characters, or null when none covers 5 %.
 */
import { readTsv } from '../core/data-dir.js';

let lists: Array<[string, Set<string>]> | null = null;

function load(): Array<[string, Set<string>]> {
  lists ??= readTsv('extract', 'stopwords.tsv').map((r) => [r['lang']!, new Set(r['words']!.split(/\s+/))]);
  return lists;
}

export function guessLanguage(text: string): string | null {
  const tokens = text.slice(0, 20000).toLowerCase().match(/[\p{L}]+/gu);
  if (!tokens || tokens.length < 3) return null;
  let best: string | null = null;
  let bestCount = 0;
  for (const [lang, words] of load()) {
    let count = 0;
    for (const t of tokens) if (words.has(t)) count++;
    if (count > bestCount) (best = lang), (bestCount = count);
  }
  return bestCount * 20 >= tokens.length ? best : null;
}
