/**
 * GDELT 2.0 Event table: one tab-separated row of 61 columns per merged event, in codebook order.
 * Geo country codes are FIPS 10-4. AvgTone is the mean tone of the articles reporting the event (the
 * tone stage). Actor geo is where the text places each actor (`Actor.geo`), action geo the event's
 * place. Fields sitrep does not produce (ethnic, religion) are empty, or 0 where the codebook wants a
 * number.
 */
import type { ActorGeoRow, EventRow, MergedEventRow } from '../store/types.js';
import { isoToFips } from './fips.js';
import { tsvCell } from './sink.js';

const ACTOR = ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'];
const GEO = ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'];

export const GDELT_EVENT_COLUMNS: readonly string[] = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  ...ACTOR.map((c) => `Actor1${c}`), ...ACTOR.map((c) => `Actor2${c}`),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...GEO.map((c) => `Actor1Geo_${c}`), ...GEO.map((c) => `Actor2Geo_${c}`), ...GEO.map((c) => `ActionGeo_${c}`),
  'DATEADDED', 'SOURCEURL',
];
if (GDELT_EVENT_COLUMNS.length !== 61) throw new Error(`GDELT event table must have 61 columns, has ${GDELT_EVENT_COLUMNS.length}`);

/** CAMEO role codes, used to split an actor code into country / known group / types. */
const ROLES = new Set(['GOV', 'MIL', 'REB', 'OPP', 'PTY', 'COP', 'JUD', 'SPY', 'IGO', 'MED', 'EDU', 'BUS', 'CRM', 'CVL', 'LEG', 'ELI', 'HLH', 'HRI', 'LAB', 'REF', 'MOD', 'RAD', 'AGR', 'ENV', 'NGO', 'SEP', 'INS', 'UAF', 'REL', 'SET', 'MNC', 'NGM', 'CHR', 'JEW', 'MOS', 'BUD', 'HIN']);

/** Splits `RUSGOVMIL` (country RUS) into known group and up to three type codes. */
export function splitActorCode(code: string | null, country: string | null): { knownGroup: string; types: string[] } {
  if (!code) return { knownGroup: '', types: [] };
  let rest = country && code.startsWith(country) ? code.slice(country.length) : code;
  let knownGroup = '';
  const types: string[] = [];
  while (rest.length >= 3) {
    const chunk = rest.slice(0, 3);
    rest = rest.slice(3);
    if (ROLES.has(chunk)) types.push(chunk);
    else if (!knownGroup && chunk !== country) knownGroup = chunk;
  }
  return { knownGroup, types: types.slice(0, 3) };
}

/**
 * `YYYY-MM-DD` (or shorter) → GDELT's integer date parts; partial dates take the first day. An
 * undated event takes its article's publication date, else the day it was added (as GDELT does).
 */
export function dateParts(date: string | null, fallbackIso: string): { sqlDate: string; monthYear: string; year: string; fraction: string } {
  const d = date && /^\d{4}/.test(date) ? date : fallbackIso.slice(0, 10);
  const y = d.slice(0, 4);
  const m = d.length >= 7 ? d.slice(5, 7) : '01';
  const day = d.length >= 10 ? d.slice(8, 10) : '01';
  const start = Date.UTC(Number(y), 0, 1);
  const doy = Math.floor((Date.UTC(Number(y), Number(m) - 1, Number(day)) - start) / 86400000) + 1;
  return { sqlDate: `${y}${m}${day}`, monthYear: `${y}${m}`, year: y, fraction: (Number(y) + doy / 365).toFixed(4) };
}

/** GDELT geo type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (ADM1). */
export function geoType(feature: string | null, countryIso2: string | null): number {
  if (!feature && !countryIso2) return 0;
  const us = countryIso2 === 'US';
  if (feature && /^PCL/.test(feature)) return 1;
  if (feature === 'ADM1') return us ? 2 : 5;
  if (!feature) return 1;
  return us ? 3 : 4;
}

/** A place in the shape both the event place and an actor's place can take. */
interface GeoFields {
  name: string | null;
  countryIso2: string | null;
  feature: string | null;
  lat: number | null;
  lon: number | null;
  geonameId: number | null;
}

/**
 * GDELT's eight geo cells. ADM1Code is the FIPS country code (sitrep does not resolve FIPS
 * first-level codes); FeatureID is the GeoNames id, or the FIPS country code for a country, as GDELT
 * writes it.
 */
function geoCells(g: GeoFields | null): Array<string | number> {
  if (!g || (g.name === null && g.countryIso2 === null)) return [0, '', '', '', '', '', '', ''];
  const fips = isoToFips(g.countryIso2);
  const type = geoType(g.feature, g.countryIso2);
  return [type, g.name ?? '', fips, fips, '', g.lat ?? '', g.lon ?? '', g.geonameId ?? (type === 1 ? fips : '')];
}

const eventGeo = (e: EventRow): GeoFields => ({ name: e.placeName, countryIso2: e.placeCountry, feature: e.placeFeature, lat: e.lat, lon: e.lon, geonameId: e.geonameId });
const actorGeo = (g: ActorGeoRow | null | undefined): GeoFields | null =>
  g ? { name: g.name, countryIso2: g.countryCode, feature: g.featureCode, lat: g.lat, lon: g.lon, geonameId: g.geonameId } : null;

function actorCells(code: string | null, name: string | null, country: string | null): Array<string | number> {
  const { knownGroup, types } = splitActorCode(code, country);
  return [code ?? '', (name ?? '').toUpperCase(), country ?? '', knownGroup, '', '', '', types[0] ?? '', types[1] ?? '', types[2] ?? ''];
}

/** GDELT timestamp `YYYYMMDDHHMMSS` of an ISO time. */
export function gdeltStamp(iso: string): string {
  return iso.replace(/[-:T]/g, '').slice(0, 14).padEnd(14, '0');
}

export function gdeltEventRow(m: MergedEventRow): string {
  const e = m.first;
  const d = dateParts(e.date ?? e.published, m.dateAdded);
  const cells: Array<string | number> = [
    m.id, d.sqlDate, d.monthYear, d.year, d.fraction,
    ...actorCells(e.actor1Code, e.actor1Name, e.actor1Country),
    ...actorCells(e.actor2Code, e.actor2Name, e.actor2Country),
    e.isRoot ? 1 : 0, e.code, e.baseCode, e.rootCode, e.quadClass, e.goldstein,
    m.numMentions, m.numSources, m.numArticles, m.avgTone ?? '',
    ...geoCells(actorGeo(e.actor1Geo)), ...geoCells(actorGeo(e.actor2Geo)), ...geoCells(eventGeo(e)),
    gdeltStamp(m.dateAdded), e.url ?? e.articleId,
  ];
  return cells.map(tsvCell).join('\t');
}
