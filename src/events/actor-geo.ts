/**
 * Where the text places each actor of an event: GDELT's Actor1Geo / Actor2Geo blocks.
 *
 * GDELT takes the location mentioned closest to the actor. sitrep keeps that idea but only accepts
 * a place the sentence ties to the actor, from the most to the least specific:
 *   1. `actor`    the actor is itself a place name ("Moscow said", "Russia signed") or names a
 *                 town ("the Kabul police chief");
 *   2. `located`  a place right after the actor with a locative word: "Tajik President Rahmon in
 *                 Dushanbe", "Russian troops in Syria" (any country: the troops are in Syria);
 *   3. `sentence` the nearest place of the sentence that lies in the actor's own country (a
 *                 Russian official and "Moscow" in one sentence), never one inside the other
 *                 actor's name;
 *   4. `country`  the actor's country, at its centroid (GDELT geo type 1).
 * An actor without a country (an unplaced armed group) gets no geo unless 1–3 find one.
 */
import type { Actor, EventPlace, Span } from '../core/types.js';
import { actorKnowledge } from '../nlp/entities/index.js';
import { placeOfLocation, type LocationMention } from './actors.js';

/** Words that place what stands before them at what follows: "troops in Syria". */
const LOCATIVE = /^(?:in|at|inside|near|from)$/i;
/** Participles that may stand between an actor and its locative: "troops based in Kant". */
const POSTED = /^(?:based|stationed|deployed|living|speaking|visiting|headquartered)$/i;
/** How far after the actor a locative phrase may start (characters: "troops stationed in"). */
const LOCATIVE_REACH = 24;

/**
 * The words between an actor and a place make it the actor's location: "X in Y", "X, based in Y".
 * A verb in between ("X signed the deal in Y") places the action, not the actor (events' own place).
 */
function locatedBy(between: string): boolean {
  if (/[.;:!?]/.test(between)) return false;
  const words = between.trim().split(/[\s,]+/).filter(Boolean);
  if (words.length === 0 || !LOCATIVE.test(words[words.length - 1]!)) return false;
  return words.slice(0, -1).every((w) => POSTED.test(w));
}

/**
 * The location as a place; a country or capital the entities stage knows but the places stage did
 * not resolve stands at its country's centroid.
 */
function fromLocation(l: LocationMention, source: string): EventPlace {
  const place = placeOfLocation(l, source);
  const country = !l.place && l.countryCode ? countryPlace(l.countryCode) : null;
  return country ? { ...place, lat: country.lat, lon: country.lon, countryCode: country.countryCode, featureCode: country.featureCode } : place;
}

/** The actor's country as a country-level place (alpha-3 → the country's centroid). */
function countryPlace(iso3: string): EventPlace | null {
  const c = actorKnowledge().countries.get(iso3);
  if (!c) return null;
  return { name: c.name, placeId: null, geonameId: null, lat: c.lat, lon: c.lon, countryCode: c.iso2, featureCode: 'PCLI', source: 'country' };
}

const inside = (l: Span, s: Span | null | undefined) => !!s && l.start >= s.start && l.end <= s.end;

/**
 * `locations` are the location mentions of the event's sentence, `other` the span of the event's
 * other actor (its places are not this actor's).
 */
export function actorGeo(actor: Actor | null, text: string, locations: LocationMention[], other: Span | null | undefined): EventPlace | null {
  if (!actor) return null;
  const span = actor.span ?? null;
  if (span) {
    // "Moscow said": the actor is the place; "the Kabul police chief": a town inside its name.
    const own = locations.find((l) => l.start <= span.start && span.end <= l.end) ?? locations.find((l) => inside(l, span) && l.place && l.place.kind !== 'country');
    if (own) return fromLocation(own, 'actor');
    const after = locations
      .filter((l) => l.start >= span.end && l.start - span.end <= LOCATIVE_REACH && !inside(l, other))
      .sort((a, b) => a.start - b.start)[0];
    if (after && locatedBy(text.slice(span.end, after.start))) return fromLocation(after, 'located');
    if (actor.countryCode) {
      const mine = locations
        .filter((l) => l.place && l.place.kind !== 'country' && l.countryCode === actor.countryCode && !inside(l, other))
        .sort((a, b) => distance(a, span) - distance(b, span))[0];
      if (mine) return fromLocation(mine, 'sentence');
    }
  }
  return actor.countryCode ? countryPlace(actor.countryCode) : null;
}

function distance(l: Span, s: Span): number {
  return l.start >= s.end ? l.start - s.end : s.start >= l.end ? s.start - l.end : 0;
}
