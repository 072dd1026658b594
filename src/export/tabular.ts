/** CSV (RFC 4180) and GeoJSON renderings of event rows. */
import type { EventRow } from '../store/types.js';

export const CSV_COLUMNS: ReadonlyArray<keyof EventRow> = [
  'rowId', 'articleId', 'eventId', 'mergedId', 'date', 'code', 'baseCode', 'rootCode', 'quadClass', 'goldstein', 'isRoot',
  'actor1Code', 'actor1Name', 'actor1Country', 'actor2Code', 'actor2Name', 'actor2Country',
  'placeName', 'placeCountry', 'lat', 'lon', 'geonameId', 'sentenceStart', 'sentenceEnd', 'confidence', 'source', 'url', 'evidence',
];

export function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'boolean' ? (v ? '1' : '0') : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(e: EventRow): string {
  return CSV_COLUMNS.map((c) => csvCell(e[c])).join(',') + '\r\n';
}

export function geoFeature(e: EventRow): object | null {
  if (e.lat === null || e.lon === null) return null;
  const { lat, lon, ...props } = e;
  return { type: 'Feature', id: e.rowId, geometry: { type: 'Point', coordinates: [lon, lat] }, properties: props };
}
