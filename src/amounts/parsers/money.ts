/**
 * Money: "$1.2 billion", "US$5m", "€300,000", "500 million rubles", "about $20", ranges
 * "$5 million to $7 million". Value in units of the currency; `unit` is the ISO 4217 code.
 */
import type { AmountCandidate, AmountParser } from '../index.js';
import { amountLexicon } from '../lexicon.js';
import { modifierOf, readNumber } from './common.js';
import { boundWhitespace } from '../../time/candidate.js';

let re: RegExp | null = null;
let reWord: RegExp | null = null;

function patterns(): [RegExp, RegExp] {
  if (!re || !reWord) {
    const x = amountLexicon();
    const amount = () => `(${x.symbol})\\s?(${x.number})(?:\\s?(${x.multiplier})(?![\\p{L}]))?`;
    re = boundWhitespace(new RegExp(
      `(?<![\\p{L}\\d])(?:(${x.modifier})\\s+)?${amount()}(?:\\s*(?:to|-|–|and|or)\\s*(?:${x.symbol})?\\s?(${x.number})(?:\\s?(${x.multiplier})(?![\\p{L}]))?)?`,
      'giud',
    ));
    reWord = boundWhitespace(new RegExp(
      `(?<![\\p{L}\\d,.])(?:(${x.modifier})\\s+)?(${x.number})(?:\\s+(${x.multiplier}))?\\s+(${x.currencyWord})(?![\\p{L}])`,
      'giu',
    ));
  }
  return [re, reWord];
}

export const moneyParser: AmountParser = {
  name: 'money',
  find(text) {
    const out: AmountCandidate[] = [];
    const lex = amountLexicon();
    const [sym, word] = patterns();
    for (const m of text.matchAll(sym)) {
      const unit = lex.currencies.get(m[2]!.toLowerCase()) ?? null;
      const value = readNumber(m[3]!, m[4]);
      if (!Number.isFinite(value) || !unit) continue;
      let valueMax: number | null = null;
      if (m[5]) {
        valueMax = readNumber(m[5], m[6] ?? m[4]);
        if (!Number.isFinite(valueMax) || valueMax <= value) valueMax = null;
      }
      const idx = (m as RegExpMatchArray & { indices: Array<[number, number] | undefined> }).indices;
      // an unreadable range end: keep the first amount only
      const end = m[5] && valueMax === null ? (idx[4] ?? idx[3]!)[1] : m.index! + m[0].length;
      out.push({ start: m.index!, end, value, object: null, modifier: modifierOf(m[1]), unit, ...(valueMax !== null ? { valueMax } : {}), rule: 'money-symbol' });
    }
    for (const m of text.matchAll(word)) {
      const unit = lex.currencies.get(m[4]!.toLowerCase()) ?? null;
      const value = readNumber(m[2]!, m[3]);
      if (!Number.isFinite(value) || !unit) continue;
      out.push({ start: m.index!, end: m.index! + m[0].length, value, object: null, modifier: modifierOf(m[1]), unit, rule: 'money-word' });
    }
    return out;
  },
};
