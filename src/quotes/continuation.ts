/**
 * Continuations: quotes with no attribution of their own take their neighbour's.
 * '"A," he said. "B."': B takes A's attribution. Also across paragraphs when the later paragraph
 * opens with the quote (continued or consecutive quote paragraphs, transcript turns). Short quotes
 * left with no attribution are labels, not speech, and are dropped.
 */
import type { Candidate } from './candidate.js';
import { sentenceOf, tokenFrom, type Doc } from './context.js';
import type { QuotedRegion } from './marks.js';

/** `cands`: direct and partial candidates sorted by start. */
export function inheritAttribution(doc: Doc, cands: Candidate[], regions: QuotedRegion[]): Candidate[] {
  const byStart = new Map(regions.map((r) => [r.start, r] as const));
  const firstOfParagraph = new Map<number, number>();
  for (const x of doc.sentences) if (!firstOfParagraph.has(x.paragraph)) firstOfParagraph.set(x.paragraph, x.start);
  const opensParagraph = (c: Candidate): boolean => {
    const r = byStart.get(c.start);
    const s = r ? sentenceOf(doc, r.open) : null;
    return !!r && !!s && tokenFrom(doc.tokens, r.open) === s.firstToken && firstOfParagraph.get(c.paragraph) === s.start;
  };
  const linked = (a: Candidate, b: Candidate): boolean =>
    a.kind === 'direct' && b.kind === 'direct' && (a.paragraph === b.paragraph || (b.paragraph === a.paragraph + 1 && opensParagraph(b)));
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < cands.length; i++) {
      const c = cands[i]!;
      if (c.attribution) continue;
      const prev = cands[i - 1];
      const next = cands[i + 1];
      if (prev?.attribution && linked(prev, c)) c.attribution = prev.attribution;
      // Backwards only from a quote whose attribution follows it ('"A. ¶ "B," he said.').
      else if (next?.attribution && linked(c, next) && next.attribution.cue.start >= next.end) c.attribution = next.attribution;
    }
  }
  return cands.filter((c) => c.attribution || c.rule !== 'direct-marks-short');
}

/**
 * After indirect speech is known: a direct quote still without attribution continues the
 * speaker of the nearest attribution before it in its own paragraph or the one before
 * ('Erekat said the move was a trap. ¶ "They wanted us on our knees."'). Newswire names the
 * speaker once and lets the next quote paragraph stand alone. `cands` sorted by start.
 */
export function inheritFromReportedSpeech(cands: Candidate[]): void {
  let last: Candidate | null = null;
  for (const c of cands) {
    if (!c.attribution && c.kind === 'direct' && last?.attribution && c.paragraph - last.paragraph <= 1 && last.end <= c.start) {
      c.attribution = last.attribution;
      c.rule += '+continued';
    }
    if (c.attribution?.speaker) last = c;
  }
}
