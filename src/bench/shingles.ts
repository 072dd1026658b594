/**
 * The article-extraction benchmark's metric: per page, 4-gram shingles of `\w+` tokens, counted
 * with multiplicity; tp/fp/fn normalised by their sum; precision and recall per page, averaged
 * over pages; F1 from the two averages.
 */

/** `\w+` as Python's `re` reads it on text (Unicode letters, digits, underscore). */
const WORD = /[\p{L}\p{N}\p{M}_]+/gu;

export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = text.match(WORD) ?? [];
  const out = new Map<string, number>();
  const count = Math.max(1, tokens.length - n + 1);
  if (tokens.length === 0) return out;
  for (let i = 0; i < count; i++) {
    const key = tokens.slice(i, i + n).join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export function scorePage(truth: string, predicted: string): PageScore {
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, tc] of t) {
    const pc = p.get(k) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [k, pc] of p) fp += Math.max(0, pc - (t.get(k) ?? 0));
  const s = tp + fp + fn;
  if (s > 0) (tp /= s), (fp /= s), (fn /= s);
  const precision = fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp);
  const recall = fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn);
  return { tp, fp, fn, precision, recall };
}

export function aggregate(scores: PageScore[]): { precision: number; recall: number; f1: number } {
  const n = Math.max(1, scores.length);
  const precision = scores.reduce((a, s) => a + s.precision, 0) / n;
  const recall = scores.reduce((a, s) => a + s.recall, 0) / n;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
