/** Helpers of the geo tests: run the places stage on a bare text. */
import type { Place } from '../../src/core/types.js';
import { placesOfText } from '../../src/geo/eval/run-places.js';

export function places(text: string): Place[] {
  return placesOfText(text);
}

/** The place one of whose mentions is exactly `surface`, if any. */
export function placeNamed(text: string, surface: string): Place | undefined {
  return places(text).find((p) => p.mentions.some((m) => m.text === surface));
}

export function describe(ps: Place[]): string {
  return ps.map((p) => `${p.name}→${p.geonameId ?? '?'}/${p.countryCode}/${p.featureCode}`).join(', ') || '(none)';
}
