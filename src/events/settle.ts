/**
 * One event per happening: events with the same CAMEO code, the same dyad (either order for a
 * symmetric code), the same date and no two different places are merged into the first, which
 * keeps every sentence as a mention (a claim the writer also states becomes asserted). An actor that is a person merges only with the same person:
 * two people making the same kind of visit stay two events, and a leader's threat is not the state's.
 */
import type { Actor, SitrepEvent } from '../core/types.js';
import { readTsv } from '../core/data-dir.js';

let symmetricRoots: Set<string> | null = null;
function isSymmetric(code: string): boolean {
  symmetricRoots ??= new Set(readTsv('events', 'symmetric-codes.tsv').map((r) => r['code']!));
  return symmetricRoots.has(code) || symmetricRoots.has(code.slice(0, 3));
}

export function settleEvents(events: SitrepEvent[], personIds: ReadonlySet<string> = new Set()): SitrepEvent[] {
  const isPerson = (a: Actor) => !!a.entityId && personIds.has(a.entityId);
  const sameActor = (a: Actor | null, b: Actor | null): boolean => {
    if (!a || !b) return a === b;
    if (a.countryCode !== b.countryCode || a.knownGroup !== b.knownGroup) return false;
    // A person merges only with the same person; two different people are two events, and a
    // person is not the state ("Kim has threatened …" vs "North Korea threatened …").
    if (isPerson(a) || isPerson(b)) return a.entityId === b.entityId;
    return true;
  };
  const out: SitrepEvent[] = [];
  for (const e of events) {
    const twin = out.find(
      (o) =>
        o.code === e.code &&
        o.date === e.date &&
        // Two places named for the two statements mean two happenings.
        (!o.place || !e.place || o.place.name === e.place.name) &&
        ((sameActor(o.actor1, e.actor1) && sameActor(o.actor2, e.actor2)) ||
          (isSymmetric(e.code) && sameActor(o.actor1, e.actor2) && sameActor(o.actor2, e.actor1))),
    );
    if (twin) {
      twin.mentions.push(...e.mentions);
      if (!twin.place && e.place) twin.place = e.place;
      if (twin.dateSource === 'implied' && e.dateSource === 'stated') twin.dateSource = 'stated';
      // Claimed by a source, then stated by the writer: the writer's assertion stands.
      if (twin.modality === 'reported' && e.modality === 'asserted') twin.modality = 'asserted';
      twin.confidence = Math.min(1, Math.max(twin.confidence, e.confidence) + 0.05);
      continue;
    }
    out.push(e);
  }
  return out.map((e, i) => ({ ...e, id: `V${i + 1}` }));
}
