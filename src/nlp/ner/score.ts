/** Exact-span precision/recall/F1, overall and per type (conlleval's chunk counting). */
import type { TokenSpan } from './tags.js';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores {
  overall: Counts;
  byType: Map<string, Counts>;
}

export function emptyScores(): Scores {
  return { overall: { tp: 0, fp: 0, fn: 0 }, byType: new Map() };
}

/** Adds one sentence's (or document's) gold and predicted spans to the counts. */
export function addSpans(scores: Scores, gold: readonly TokenSpan[], pred: readonly TokenSpan[]): void {
  const key = (s: TokenSpan) => `${s.start}:${s.end}:${s.label}`;
  const goldKeys = new Set(gold.map(key));
  const predKeys = new Set(pred.map(key));
  const bump = (label: string, field: keyof Counts) => {
    scores.overall[field]++;
    let c = scores.byType.get(label);
    if (!c) scores.byType.set(label, (c = { tp: 0, fp: 0, fn: 0 }));
    c[field]++;
  };
  for (const s of pred) bump(s.label, goldKeys.has(key(s)) ? 'tp' : 'fp');
  for (const s of gold) if (!predKeys.has(key(s))) bump(s.label, 'fn');
}

export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
