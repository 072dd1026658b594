/** Parses and validates event filters given as strings (CLI flags, HTTP query). Throws BAD_REQUEST. */
import { SitrepError } from '../core/errors.js';
import { EVENT_SORTS, type EventFilter, type EventSort } from './types.js';

export interface RawEventFilter {
  actor?: string | undefined;
  country?: string | undefined;
  code?: string | undefined;
  root?: string | undefined;
  quadClass?: string | number | undefined;
  since?: string | undefined;
  until?: string | undefined;
  bbox?: string | undefined;
  /** A place name ("Dushanbe") or a GeoNames id ("1221874"). */
  place?: string | undefined;
  q?: string | undefined;
  limit?: string | number | undefined;
  offset?: string | number | undefined;
  sort?: string | undefined;
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function int(name: string, v: string | number, min: number, max: number): number {
  const n = typeof v === 'number' ? v : Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new SitrepError('BAD_REQUEST', `${name} must be an integer from ${min} to ${max}, got "${v}"`);
  return n;
}

export function parseEventFilter(raw: RawEventFilter): EventFilter {
  const f: EventFilter = {};
  if (raw.actor) {
    if (!/^[A-Za-z]{3,15}$/.test(raw.actor)) throw new SitrepError('BAD_REQUEST', `actor must be a CAMEO actor code (letters), got "${raw.actor}"`);
    f.actor = raw.actor.toUpperCase();
  }
  if (raw.country) {
    if (!/^[A-Za-z]{2,3}$/.test(raw.country)) throw new SitrepError('BAD_REQUEST', `country must be an ISO alpha-2 or alpha-3 code, got "${raw.country}"`);
    f.country = raw.country.toUpperCase();
  }
  if (raw.code) {
    if (!/^\d{2,4}$/.test(raw.code)) throw new SitrepError('BAD_REQUEST', `code must be a CAMEO event code (2 to 4 digits), got "${raw.code}"`);
    f.code = raw.code;
  }
  if (raw.root) {
    if (!/^\d{1,2}$/.test(raw.root) || Number(raw.root) < 1 || Number(raw.root) > 20) throw new SitrepError('BAD_REQUEST', `root must be a CAMEO root code 01 to 20, got "${raw.root}"`);
    f.root = raw.root.padStart(2, '0');
  }
  if (raw.quadClass !== undefined && raw.quadClass !== '') f.quadClass = int('quadClass', raw.quadClass, 1, 4);
  for (const k of ['since', 'until'] as const) {
    const v = raw[k];
    if (!v) continue;
    if (!DATE.test(v)) throw new SitrepError('BAD_REQUEST', `${k} must be YYYY-MM-DD, got "${v}"`);
    f[k] = v;
  }
  if (raw.bbox) {
    const parts = raw.bbox.split(',').map(Number);
    const [minLon, minLat, maxLon, maxLat] = parts as [number, number, number, number];
    if (parts.length !== 4 || parts.some((x) => !Number.isFinite(x)) || minLon > maxLon || minLat > maxLat || Math.abs(minLat) > 90 || Math.abs(maxLat) > 90 || Math.abs(minLon) > 180 || Math.abs(maxLon) > 180) {
      throw new SitrepError('BAD_REQUEST', `bbox must be minLon,minLat,maxLon,maxLat, got "${raw.bbox}"`);
    }
    f.bbox = [minLon, minLat, maxLon, maxLat];
  }
  if (raw.place !== undefined && raw.place.trim() !== '') {
    const place = raw.place.trim();
    if (/^\d+$/.test(place)) f.geonameId = int('place', place, 1, 2 ** 31 - 1);
    else if (place.length > 200 || /[\u0000-\u001f]/.test(place)) throw new SitrepError('BAD_REQUEST', `place must be a place name or a GeoNames id, got "${place.slice(0, 40)}"`);
    else f.placeName = place;
  }
  if (raw.q) f.q = raw.q;
  if (raw.limit !== undefined && raw.limit !== '') f.limit = int('limit', raw.limit, 0, 1000);
  if (raw.offset !== undefined && raw.offset !== '') f.offset = int('offset', raw.offset, 0, 1e9);
  if (raw.sort) {
    if (!EVENT_SORTS.includes(raw.sort as EventSort)) throw new SitrepError('BAD_REQUEST', `sort must be one of ${EVENT_SORTS.join(', ')}, got "${raw.sort}"`);
    f.sort = raw.sort as EventSort;
  }
  return f;
}
