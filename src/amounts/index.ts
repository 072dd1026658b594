/**
 * Amounts stage: numbers with their counted object ("About 7,000 troops").
 * OWNER: time/amounts work (issue 6). Signature is a contract used by src/core/pipeline.ts.
 */
import type { Amount, Segmentation } from '../core/types.js';

export function findAmounts(text: string, seg: Segmentation): Amount[] {
  void text; void seg;
  return [];
}
