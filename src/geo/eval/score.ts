/**
 * Geoparsing scores as the literature reports them: tagging precision/recall/F1 (a predicted
 * mention matches a gold toponym when the spans overlap, each used once), and on matched
 * toponyms accuracy within 161 km, mean and median error, AUC of the log error curve
 * (0 best, 1 worst; as in Gritta et al.), and the exact GeoNames id rate.
 */
import { distanceKm } from '../resolve.js';
import type { GoldToponym, PredictedToponym } from './corpora.js';

/** Half the Earth's circumference: the error given to a matched toponym without coordinates. */
const MAX_ERROR_KM = 20039;

export interface GeoTally {
  gold: number;
  predicted: number;
  matched: number;
  errors: number[];
  idGold: number;
  idSame: number;
}

export function emptyTally(): GeoTally {
  return { gold: 0, predicted: 0, matched: 0, errors: [], idGold: 0, idSame: 0 };
}

export function scoreDocument(t: GeoTally, gold: GoldToponym[], predAll: PredictedToponym[], neutral: Array<{ start: number; end: number }> = []): void {
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
  const pred = predAll.filter((p) => gold.some((g) => overlaps(g, p)) || !neutral.some((n) => overlaps(n, p)));
  t.gold += gold.length;
  t.predicted += pred.length;
  const used = new Set<number>();
  for (const g of gold) {
    let best = -1;
    let bestOverlap = 0;
    pred.forEach((p, i) => {
      if (used.has(i)) return;
      const ov = Math.min(g.end, p.end) - Math.max(g.start, p.start);
      if (ov > bestOverlap) { bestOverlap = ov; best = i; }
    });
    if (best < 0) continue;
    used.add(best);
    const p = pred[best]!;
    t.matched++;
    t.errors.push(p.lat === null || p.lon === null ? MAX_ERROR_KM : distanceKm(g.lat, g.lon, p.lat, p.lon));
    if (g.geonameId !== null) {
      t.idGold++;
      if (p.geonameId === g.geonameId) t.idSame++;
    }
  }
}

export interface GeoScores {
  precision: number;
  recall: number;
  f1: number;
  acc161: number;
  meanKm: number;
  medianKm: number;
  auc: number;
  idRate: number | null;
  matched: number;
  gold: number;
  predicted: number;
}

export function summarize(t: GeoTally): GeoScores {
  const precision = t.predicted ? t.matched / t.predicted : 0;
  const recall = t.gold ? t.matched / t.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const errs = [...t.errors].sort((a, b) => a - b);
  const n = errs.length;
  const acc161 = n ? errs.filter((e) => e <= 161).length / n : 0;
  const meanKm = n ? errs.reduce((a, b) => a + b, 0) / n : 0;
  const medianKm = n ? (n % 2 ? errs[(n - 1) / 2]! : (errs[n / 2 - 1]! + errs[n / 2]!) / 2) : 0;
  // Area under the sorted curve of ln(1 + error) / ln(max error), trapezoid rule over [0, 1].
  let auc = 0;
  if (n > 1) {
    const ys = errs.map((e) => Math.log(1 + e) / Math.log(MAX_ERROR_KM));
    for (let i = 1; i < n; i++) auc += (ys[i - 1]! + ys[i]!) / 2;
    auc /= n - 1;
  } else if (n === 1) auc = Math.log(1 + errs[0]!) / Math.log(MAX_ERROR_KM);
  return { precision, recall, f1, acc161, meanKm, medianKm, auc, idRate: t.idGold ? t.idSame / t.idGold : null, matched: t.matched, gold: t.gold, predicted: t.predicted };
}
