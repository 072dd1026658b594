/**
 * Drops candidates that the surrounding characters show are not times: inside a URL, an e-mail
 * address or a longer alphanumeric code ("A-1993"), and empty or whitespace-edged spans.
 */
import type { Candidate } from '../candidate.js';

export function filterCandidates(text: string, cands: Candidate[]): Candidate[] {
  return cands.filter((c) => {
    if (c.end <= c.start) return false;
    const s = text.slice(c.start, c.end);
    if (s.trim() !== s) return false;
    const left = text.slice(Math.max(0, c.start - 30), c.start);
    if (/(?:https?:\/\/|www\.)\S*$/.test(left)) return false;
    if (/[@\/]$/.test(left) && /\w/.test(text[c.end] ?? '')) return false;
    return true;
  });
}
