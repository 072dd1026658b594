/**
 * Settles overlapping candidates: the longest span wins (it holds more of what the text states:
 * "last month" over "month", "nearly a year" over "a year"); on equal length the parser listed
 * first wins. Output is sorted by position.
 */
import type { Candidate } from '../candidate.js';

export function removeOverlaps(cands: Array<Candidate & { order: number }>): Candidate[] {
  const ranked = [...cands].sort((a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of ranked) {
    if (kept.some((k) => c.start < k.end && k.start < c.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
