/** Knowledge tables of the amounts stage (`data/amounts/`), loaded once. */
import { readTsv } from '../core/data-dir.js';
import { multiplierWords, numberWordPattern } from './numbers.js';

export interface AmountLexicon {
  /** data/amounts/object-words.tsv, word → role */
  objectWords: Map<string, string>;
  modifiers: string[];
  currencies: Map<string, string>;
  /** regex sources */
  number: string;
  multiplier: string;
  modifier: string;
  symbol: string;
  currencyWord: string;
}

let cached: AmountLexicon | null = null;

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length).map((x) => esc(x).replace(/ /g, '\\s+')).join('|');

export function amountLexicon(): AmountLexicon {
  if (cached) return cached;
  const modifiers = readTsv('amounts', 'modifiers.tsv').map((r) => r['phrase']!);
  const currencies = new Map(readTsv('amounts', 'currencies.tsv').map((r) => [r['token']!.toLowerCase(), r['code']!]));
  const symbols = [...currencies.keys()].filter((k) => !/^[a-z]+$/.test(k));
  const words = [...currencies.keys()].filter((k) => /^[a-z]+$/.test(k));
  cached = {
    objectWords: new Map(readTsv('amounts', 'object-words.tsv').map((r) => [r['word']!, r['role']!])),
    modifiers,
    currencies,
    number: `(?:\\d{1,3}(?:,\\d{3}){1,5}(?:\\.\\d{1,6})?|\\d{1,15}(?:\\.\\d{1,6})?|${numberWordPattern()})`,
    multiplier: `(?:${alt([...multiplierWords().keys()])})`,
    modifier: `(?:${alt(modifiers)})`,
    symbol: `(?:${symbols.map(esc).sort((a, b) => b.length - a.length).join('|')})`,
    currencyWord: `(?:${alt(words)})`,
  };
  return cached;
}
