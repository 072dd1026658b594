/** A quote before its speaker is named: content span, kind, cue and speaker token range. */
import type { QuoteKind, Span } from '../core/types.js';
import type { TokenRange } from './speaker-span.js';

export interface Attribution {
  cue: Span;
  speaker: TokenRange | null;
}

export interface Candidate extends Span {
  kind: QuoteKind;
  attribution: Attribution | null;
  paragraph: number;
  /** Which rule proposed it. */
  rule: string;
}
