/**
 * Settles candidates: indirect content that is mostly quoted material is dropped (the quoted
 * candidate already covers it), duplicates removed, and the rest sorted by position.
 */
import type { Candidate } from './candidate.js';
import type { QuotedRegion } from './marks.js';
import { overlapping, wordCount, type Doc } from './context.js';

function quotedShare(doc: Doc, c: Candidate, regions: QuotedRegion[]): number {
  const total = wordCount(doc.tokens, c.start, c.end);
  if (total === 0) return 1;
  let quoted = 0;
  for (const r of overlapping(regions, c.start, c.end)) {
    const s = Math.max(r.start, c.start);
    const e = Math.min(r.end, c.end);
    if (e > s) quoted += wordCount(doc.tokens, s, e);
  }
  return quoted / total;
}

/**
 * Speech scope: reported speech that quotes some of its words ('said the plan was "dead on
 * arrival"') is a partial quote, which the quoted candidate stands for; only reported speech
 * without quotation marks (or opening with the quote) is indirect.
 */
function quotesInside(c: Candidate, regions: QuotedRegion[]): boolean {
  return overlapping(regions, c.start, c.end).some((r) => r.open > c.start && r.end <= c.end);
}

/**
 * Attribution scope: an attribution reported wholly inside another one's content ('she said [he
 * plans to run]', '"…," he said of what she calls "a war of words"') is part of that content, not a
 * second attribution: the outer source's report is what the text attributes. PolNeAR's annotators
 * mark the outer relation and, far more often than not, leave the inner one out (on the dev half,
 * leaving out the roughly 170 inner relations sitrep proposed cost 18 matches while removing about 150 false alarms). An inner
 * relation whose content runs past the outer content's end is kept: it is not inside it.
 */
function outermost(cands: Candidate[]): Candidate[] {
  const holders = cands.filter((d) => d.attribution);
  const inside = (c: Candidate) =>
    !!c.attribution && holders.some((d) => d !== c && d.start <= c.attribution!.cue.start && c.attribution!.cue.end <= d.end && c.end <= d.end);
  return cands.filter((c) => !inside(c));
}

/** `attitudes`: attribution scope (PolNeAR), where the whole reported clause is the content. */
export function refine(doc: Doc, cands: Candidate[], regions: QuotedRegion[], attitudes = false): Candidate[] {
  // '"…," she said several months later': the cue of a quote before it does not also open
  // reported speech after it.
  const quoteCues = new Map<number, number>();
  for (const c of cands) if (c.kind !== 'indirect' && c.attribution && c.end <= c.attribution.cue.start) quoteCues.set(c.attribution.cue.start, c.end);
  // A cue inside a quotation belongs to the quoted speaker's words, not to the article.
  const insideQuote = (c: Candidate) => !!c.attribution && overlapping(regions, c.attribution.cue.start, c.attribution.cue.end).some((r) => r.start <= c.attribution!.cue.start && c.attribution!.cue.end <= r.end);
  const kept = cands.filter(
    (c) =>
      c.kind !== 'indirect' ||
      (quotedShare(doc, c, regions) < 0.75 && (attitudes || !quotesInside(c, regions)) && !insideQuote(c) && !(c.attribution && c.start > c.attribution.cue.start && quoteCues.has(c.attribution.cue.start))),
  );
  // Speech scope: "According to a video, officers told commanders they would …" / "According
  // to TV, the ministry issued a statement saying …": the report the outlet carries has its own
  // speaker and cue; the outlet's "according to" around it is not a second quote.
  const inner = kept.filter((c) => c.attribution && !c.rule.startsWith('according-to'));
  const nested = (c: Candidate) => !attitudes && c.rule.startsWith('according-to') && inner.some((x) => x.attribution!.cue.start >= c.start && x.start >= c.start && x.end <= c.end);
  const settled = kept.filter((x) => !nested(x));
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const c of (attitudes ? outermost(settled) : settled).sort((a, b) => a.start - b.start || a.end - b.end)) {
    const key = `${c.start}:${c.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  return out;
}
