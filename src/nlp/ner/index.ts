/**
 * Named-entity recogniser (CoNLL labels PER/ORG/LOC/MISC) over the segmented article.
 * OWNER: NER work (issue 4). Signature is a contract used by src/core/pipeline.ts.
 */
import type { NamedSpan, Segmentation } from '../../core/types.js';

export function recognize(text: string, seg: Segmentation): NamedSpan[] {
  void text; void seg;
  return [];
}
