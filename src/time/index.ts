/**
 * Times stage: temporal expressions normalised to TIMEX3 against the publication date.
 * OWNER: time work (issue 6). Signature is a contract used by src/core/pipeline.ts.
 */
import type { Segmentation, TimeExpression } from '../core/types.js';

export function findTimes(text: string, seg: Segmentation, published: string | null): TimeExpression[] {
  void text; void seg; void published;
  return [];
}
