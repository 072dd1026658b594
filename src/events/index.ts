/** Events stage: CAMEO-coded events with actors, date, place and evidence. */
import type { Amount, Article, Entity, Place, Quote, Segmentation, SitrepEvent, TimeExpression } from '../core/types.js';

export interface EventsInput {
  article: Article;
  seg: Segmentation;
  entities: Entity[];
  places: Place[];
  times: TimeExpression[];
  amounts: Amount[];
  quotes: Quote[];
}

export function codeEvents(input: EventsInput): SitrepEvent[] {
  void input;
  return [];
}
