/**
 * The tag set of the tagger (BILOU over the four CoNLL types), which tag may follow which, and the
 * conversions between tag sequences and typed spans.
 */
export const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityLabel = (typeof TYPES)[number];

/** `O` first, then B/I/L/U for each type. */
export const TAGS: readonly string[] = ['O', ...TYPES.flatMap((t) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${t}`))];
export const TAG_INDEX: ReadonlyMap<string, number> = new Map(TAGS.map((t, i) => [t, i]));
export const N_TAGS = TAGS.length;

export function prefixOf(tag: string): string {
  return tag === 'O' ? 'O' : tag[0]!;
}
export function typeOf(tag: string): string {
  return tag === 'O' ? 'O' : tag.slice(2);
}

/** True when `next` may follow `prev` (`prev` null at sentence start) in a well-formed BILOU sequence. */
export function allowed(prev: string | null, next: string): boolean {
  const open = prev !== null && (prefixOf(prev) === 'B' || prefixOf(prev) === 'I');
  const p = prefixOf(next);
  if (open) return (p === 'I' || p === 'L') && typeOf(next) === typeOf(prev!);
  return p === 'O' || p === 'B' || p === 'U';
}

/** `ALLOWED[prev + 1][next]`: the transition table, row 0 for sentence start. */
export const ALLOWED: readonly boolean[][] = [null, ...TAGS].map((prev) => TAGS.map((next) => allowed(prev, next)));

/** Tag allowed to end a sentence. */
export function canEnd(tag: string): boolean {
  const p = prefixOf(tag);
  return p === 'O' || p === 'L' || p === 'U';
}

export interface TokenSpan {
  /** Index of the first token. */
  start: number;
  /** Index one past the last token. */
  end: number;
  label: string;
}

/** Typed spans from IOB1 or IOB2 tags (conlleval's chunk rules: a chunk starts at B-X, or at I-X after O or another type). */
export function spansFromIob(tags: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let cur: TokenSpan | null = null;
  tags.forEach((tag, i) => {
    const type = typeOf(tag);
    const p = prefixOf(tag);
    const continues = cur !== null && type === cur.label && p === 'I';
    if (!continues) {
      if (cur) spans.push(cur);
      cur = type === 'O' ? null : { start: i, end: i + 1, label: type };
    } else cur!.end = i + 1;
  });
  if (cur) spans.push(cur);
  return spans;
}

/** Typed spans from BILOU tags; a broken sequence still yields spans (an unclosed B… ends where its type ends). */
export function spansFromBilou(tags: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let cur: TokenSpan | null = null;
  tags.forEach((tag, i) => {
    const type = typeOf(tag);
    const p = prefixOf(tag);
    if (cur && (type !== cur.label || p === 'B' || p === 'U')) {
      spans.push(cur);
      cur = null;
    }
    if (type === 'O') return;
    if (!cur) cur = { start: i, end: i + 1, label: type };
    else cur.end = i + 1;
    if (p === 'L' || p === 'U') {
      spans.push(cur);
      cur = null;
    }
  });
  if (cur) spans.push(cur);
  return spans;
}

/** BILOU tags for `n` tokens from typed spans. */
export function bilouFromSpans(n: number, spans: readonly TokenSpan[]): string[] {
  const tags = new Array<string>(n).fill('O');
  for (const s of spans) {
    if (s.end - s.start === 1) tags[s.start] = `U-${s.label}`;
    else {
      tags[s.start] = `B-${s.label}`;
      for (let i = s.start + 1; i < s.end - 1; i++) tags[i] = `I-${s.label}`;
      tags[s.end - 1] = `L-${s.label}`;
    }
  }
  return tags;
}

/** IOB1 tags (CoNLL-2003 style: I- everywhere, B- only where a chunk directly follows one of the same type). */
export function iob1FromSpans(n: number, spans: readonly TokenSpan[]): string[] {
  const tags = new Array<string>(n).fill('O');
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let prev: TokenSpan | null = null;
  for (const s of sorted) {
    for (let i = s.start; i < s.end; i++) tags[i] = `I-${s.label}`;
    if (prev && prev.end === s.start && prev.label === s.label) tags[s.start] = `B-${s.label}`;
    prev = s;
  }
  return tags;
}
