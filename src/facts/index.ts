/** Facts stage: agreements and deployments assembled from events, times, amounts and places. */
import type { Fact } from '../core/types.js';
import type { EventsInput } from '../events/index.js';

export function findFacts(input: EventsInput & { events: import('../core/types.js').SitrepEvent[] }): Fact[] {
  void input;
  return [];
}
