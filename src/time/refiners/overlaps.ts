/**
 * Settles overlapping candidates: the longest span wins (it holds more of what the text states:
 * "last month" over "month", "nearly a year" over "a year"); on equal length the parser listed
 * first wins. Output is sorted by position. Also used by the amounts stage.
 */
import type { Span } from '../../core/types.js';
import type { Candidate } from '../candidate.js';

/**
 * Keeps, in the given priority order, each span that overlaps none kept before it.
 * The kept spans never overlap, so they stay sorted by start and by end: binary search keeps
 * this O(n log n) on long texts.
 */
export function keepNonOverlapping<T extends Span>(ranked: readonly T[]): T[] {
  const kept: T[] = [];
  for (const c of ranked) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid]!.start < c.start) lo = mid + 1;
      else hi = mid;
    }
    const prev = kept[lo - 1];
    const next = kept[lo];
    if ((prev && prev.end > c.start) || (next && next.start < c.end)) continue;
    kept.splice(lo, 0, c);
  }
  return kept;
}

export function removeOverlaps(cands: Array<Candidate & { order: number }>): Candidate[] {
  const ranked = [...cands].sort((a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order || a.start - b.start);
  return keepNonOverlapping(ranked);
}
