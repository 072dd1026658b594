/**
 * Quotes stage: direct, partial and indirect speech with cue and speaker.
 * OWNER: quotes work (issue 7). Signature is a contract used by src/core/pipeline.ts.
 */
import type { Article, Entity, Quote, Segmentation } from '../core/types.js';

export interface QuotesInput {
  article: Article;
  seg: Segmentation;
  /** Entities with all their mentions (names, aliases, pronouns, nominals) resolved in the article. */
  entities: Entity[];
}

export function findQuotes(input: QuotesInput): Quote[] {
  void input;
  return [];
}
