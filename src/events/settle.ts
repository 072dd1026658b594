/**
 * One event per happening: events with the same CAMEO code, the same dyad (either order for a
 * symmetric code) and the same date are merged into the first, which keeps every sentence as a
 * mention. Two different people making the same kind of visit stay two events: actors that are
 * people must be the same entity to merge.
 */
import type { Actor, SitrepEvent } from '../core/types.js';
import { readTsv } from '../core/data-dir.js';

let symmetricRoots: Set<string> | null = null;
function isSymmetric(code: string): boolean {
  symmetricRoots ??= new Set(readTsv('events', 'symmetric-codes.tsv').map((r) => r['code']!));
  return symmetricRoots.has(code) || symmetricRoots.has(code.slice(0, 3));
}

function sameActor(a: Actor | null, b: Actor | null): boolean {
  if (!a || !b) return a === b;
  if (a.countryCode !== b.countryCode || a.knownGroup !== b.knownGroup) return false;
  // Person-level actors merge only with the same person or a country-level mention.
  const personA = a.entityId && a.types.length > 0 && a.name.includes(' ');
  const personB = b.entityId && b.types.length > 0 && b.name.includes(' ');
  if (personA && personB) return a.entityId === b.entityId;
  return true;
}

export function settleEvents(events: SitrepEvent[]): SitrepEvent[] {
  const out: SitrepEvent[] = [];
  for (const e of events) {
    const twin = out.find(
      (o) =>
        o.code === e.code &&
        o.date === e.date &&
        ((sameActor(o.actor1, e.actor1) && sameActor(o.actor2, e.actor2)) ||
          (isSymmetric(e.code) && sameActor(o.actor1, e.actor2) && sameActor(o.actor2, e.actor1))),
    );
    if (twin) {
      twin.mentions.push(...e.mentions);
      if (!twin.place && e.place) twin.place = e.place;
      if (twin.dateSource === 'implied' && e.dateSource === 'stated') twin.dateSource = 'stated';
      twin.confidence = Math.min(1, Math.max(twin.confidence, e.confidence) + 0.05);
      continue;
    }
    out.push(e);
  }
  return out.map((e, i) => ({ ...e, id: `V${i + 1}` }));
}
