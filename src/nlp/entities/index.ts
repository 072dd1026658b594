/**
 * Entities stage: people, organisations, countries with roles, countries and actor codes;
 * name variants, nominals and pronouns resolved within the article.
 */
import type { Article, Entity, NamedSpan, Segmentation } from '../../core/types.js';

export function resolveEntities(article: Article, seg: Segmentation, named: NamedSpan[]): Entity[] {
  void article; void seg; void named;
  return [];
}
