/**
 * The span check run after the pipeline: every annotation must point inside the article text.
 * A bad span is a bug in a stage; it is reported as a diagnostic naming the stage, not thrown,
 * so one faulty rule never loses a whole article.
 */
import type { Diagnostic, ExtractResult, Span, StageName } from './types.js';

export function verifySpans(r: ExtractResult): Diagnostic[] {
  const n = r.article.text.length;
  const out: Diagnostic[] = [];
  const check = (stage: StageName, what: string, s: Span | null | undefined) => {
    if (!s) return;
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= n && s.start <= s.end)) {
      out.push({ stage, code: 'BAD_SPAN', message: `${what} has span [${s.start}, ${s.end}) outside the text (length ${n})` });
    }
  };
  r.sentences.forEach((s, i) => check('segment', `sentence ${i}`, s));
  r.times.forEach((t) => check('times', `time "${t.text}"`, t));
  r.amounts.forEach((a) => check('amounts', `amount "${a.text}"`, a));
  r.tone?.scored.forEach((w, i) => check('tone', `scored word ${i}`, w));
  r.entities.forEach((e) => e.mentions.forEach((m) => check('entities', `mention of ${e.name}`, m)));
  r.places.forEach((p) => p.mentions.forEach((m) => check('places', `mention of ${p.name}`, m)));
  r.quotes.forEach((q) => {
    check('quotes', `quote "${q.text.slice(0, 30)}"`, q);
    check('quotes', 'quote cue', q.cue);
    check('quotes', 'quote speaker', q.speaker);
  });
  r.events.forEach((e) => {
    check('events', `event ${e.id} sentence`, e.sentence);
    check('events', `event ${e.id} verb`, e.evidenceSpans.verb);
  });
  r.facts.forEach((f) => f.evidence.forEach((s) => check('facts', `fact ${f.id} ${s.field}`, s)));
  return out;
}

/** Index of the first span starting at or after `pos` in spans sorted by start (binary search). */
export function firstStartingAt(spans: ReadonlyArray<{ start: number }>, pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first span ending after `pos` in spans sorted by start and end (tokens): the token at `pos`. */
export function firstEndingAfter(spans: ReadonlyArray<{ end: number }>, pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Spans of double-quoted passages (straight or curly marks, within one paragraph), quotation
 * marks included. The entities stage skips them for pronouns; the events stage marks what is
 * coded inside them as reported.
 */
export function quotedRanges(text: string): Span[] {
  const out: Span[] = [];
  const re = /["“][^"“”\n]*["”]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
