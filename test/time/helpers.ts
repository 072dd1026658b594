/** Runs the times stage on a short text the way the pipeline does (paragraphs from blank lines). */
import type { TimeExpression } from '../../src/core/types.js';
import { segment } from '../../src/nlp/segment.js';
import { findTimes } from '../../src/time/index.js';
import { paragraphsOf } from '../../src/eval/timeml.js';

export function timesOf(text: string, published: string | null): TimeExpression[] {
  return findTimes(text, segment(text, paragraphsOf(text)), published);
}

export function describe(times: TimeExpression[]): string {
  return JSON.stringify(times.map((t) => `${t.text}=${t.value}${t.mod ? '/' + t.mod : ''} (${t.type}, ${t.rule})`));
}
