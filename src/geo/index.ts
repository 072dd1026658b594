/**
 * Places stage: toponyms recognised and resolved to GeoNames.
 * OWNER: geo work (issue 5). Signature is a contract used by src/core/pipeline.ts.
 */
import type { Article, Entity, NamedSpan, Place, Segmentation } from '../core/types.js';

export interface PlacesInput {
  article: Article;
  seg: Segmentation;
  /** Recogniser output; LOC spans are the main candidates. */
  named: NamedSpan[];
  /** Entities already resolved (countries as GPE, people, organisations) for context and metonymy. */
  entities: Entity[];
}

export function resolvePlaces(input: PlacesInput): Place[] {
  void input;
  return [];
}
