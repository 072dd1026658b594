/**
 * Places stage: toponyms recognised and resolved to GeoNames.
 * Candidates (recogniser LOC spans + gazetteer matches) → document context → one sense per
 * candidate → one Place per distinct location with all its mentions; metonymic capitals and
 * countries ("Washington said") keep their Place but point to the actor entity.
 * Signature is a contract used by src/core/pipeline.ts.
 */
import type { Article, Entity, Mention, NamedSpan, Place, Segmentation } from '../core/types.js';
import { findCandidates } from './candidates.js';
import { buildContext } from './context.js';
import type { GazEntry } from './gazetteer.js';
import { isMetonymicMention } from './metonymy.js';
import { resolveCandidates } from './resolve.js';

export { isMetonymicMention } from './metonymy.js';
export { getGazetteer } from './gazetteer.js';

export interface PlacesInput {
  article: Article;
  seg: Segmentation;
  /** Recogniser output; LOC spans are the main candidates. */
  named: NamedSpan[];
  /** Entities already resolved (countries as GPE, people, organisations) for context and metonymy. */
  entities: Entity[];
}

function placeKind(e: GazEntry): string {
  return e.kind;
}

/** The actor entity a metonymic place stands for: an entity mentioned at the same span, or a
 *  GPE named like the place, or (for a capital) the GPE of its country. */
function actorFor(entities: Entity[], m: Mention, e: GazEntry | null, name: string): string | null {
  const overlap = entities.find((en) => en.mentions.some((x) => x.start < m.end && m.start < x.end) && en.type !== 'PERSON');
  if (overlap) return overlap.id;
  const sameName = entities.find((en) => (en.type === 'GPE' || en.type === 'LOC') && en.name.toLowerCase() === name.toLowerCase());
  if (sameName) return sameName.id;
  if (e && e.cc) {
    const cc = e.cc;
    const byCountry = entities.find((en) => en.type === 'GPE' && en.country !== null && en.country.slice(0, 2) === cc && en.name !== name);
    if (byCountry) return byCountry.id;
  }
  return null;
}

export interface PlacesOptions {
  /** Read adjectives and demonyms ("Georgian", "Iraqis") as mentions (kind `demonym`) of their
   *  country or region. Off in the pipeline: a demonym names people or things, not a location. */
  adjectives?: boolean;
}

export function resolvePlaces(input: PlacesInput): Place[] {
  return resolvePlacesWith(input, {});
}

export function resolvePlacesWith(input: PlacesInput, options: PlacesOptions): Place[] {
  const { article, seg, named, entities } = input;
  const text = article.text;
  const people = [
    ...named.filter((n) => n.label === 'PER'),
    ...entities.filter((e) => e.type === 'PERSON').flatMap((e) => e.mentions.filter((m) => m.kind !== 'pronoun' && m.kind !== 'nominal')),
  ];
  const candidates = findCandidates(text, seg, { named, people, adjectives: options.adjectives ?? false });
  const ctx = buildContext(article, candidates, entities);
  const resolved = resolveCandidates(candidates, seg, ctx);

  const places: Place[] = [];
  const byKey = new Map<string, Place>();
  const senseOf = new Map<Place, GazEntry | null>();
  for (const r of resolved) {
    const { candidate: c, sense } = r;
    if (!sense && c.source !== 'ner') continue;
    const key = sense ? `${sense.geonameId ?? sense.name}|${sense.lat}|${sense.lon}` : `unresolved|${c.text.toLowerCase()}`;
    const mention: Mention = { start: c.start, end: c.end, text: c.text, kind: c.source === 'abbrev' ? 'alias' : c.source === 'adjective' ? 'demonym' : 'name' };
    let p = byKey.get(key);
    if (!p) {
      p = {
        id: `place-${places.length + 1}`,
        name: c.text,
        geonameId: sense?.geonameId ?? null,
        lat: sense?.lat ?? null,
        lon: sense?.lon ?? null,
        countryCode: sense?.cc || null,
        featureCode: sense?.featureCode ?? null,
        admin1: sense?.admin1 ?? null,
        population: sense && sense.kind === 'city' ? sense.population : null,
        kind: sense ? placeKind(sense) : 'feature',
        mentions: [],
        entityId: null,
      };
      byKey.set(key, p);
      senseOf.set(p, sense);
      places.push(p);
    }
    p.mentions.push(mention);
  }
  for (const p of places) {
    const e = senseOf.get(p) ?? null;
    const governs = e && (e.kind === 'country' || e.featureCode === 'PPLC' || e.kind === 'admin');
    if (!governs) continue;
    const meto = p.mentions.find((m) => isMetonymicMention(text, m));
    if (meto) p.entityId = actorFor(entities, meto, e, p.name);
  }
  return places;
}
