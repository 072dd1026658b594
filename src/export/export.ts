/**
 * Streaming exports of a store: rows are read in batches and written as they come, so memory stays
 * flat whatever the store's size.
 */
import type { Writable } from 'node:stream';
import type { Store } from '../store/store.js';
import type { EventFilter } from '../store/types.js';
import { Sink } from './sink.js';
import { gdeltEventRow } from './gdelt-events.js';
import { gdeltMentionRow } from './gdelt-mentions.js';
import { gkgRow } from './gkg.js';
import { CSV_COLUMNS, csvRow, geoFeature } from './tabular.js';

export const EXPORT_FORMATS = ['gdelt-events', 'gdelt-mentions', 'gkg', 'jsonl', 'csv', 'geojson'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Writes the export; returns the number of records written. GDELT tables have no header (as GDELT's own files). */
export async function exportStore(store: Store, format: ExportFormat, out: Writable, filter: EventFilter = {}): Promise<number> {
  const sink = new Sink(out);
  let n = 0;
  const now = new Date().toISOString();
  switch (format) {
    case 'gdelt-events':
      for await (const m of store.iterateMergedEvents()) await sink.write(gdeltEventRow(m) + '\n'), n++;
      break;
    case 'gdelt-mentions': {
      const added = new Map<number, string>();
      for await (const m of store.iterateMergedEvents()) added.set(m.id, m.dateAdded);
      for await (const e of store.iterateEvents(filter)) await sink.write(gdeltMentionRow(e, added.get(e.mergedId) ?? now) + '\n'), n++;
      break;
    }
    case 'gkg':
      for await (const r of store.iterateResults()) await sink.write(gkgRow(r, ++n, now) + '\n');
      break;
    case 'jsonl':
      for await (const r of store.iterateResults()) await sink.write(JSON.stringify(r) + '\n'), n++;
      break;
    case 'csv':
      await sink.write(CSV_COLUMNS.join(',') + '\r\n');
      for await (const e of store.iterateEvents(filter)) await sink.write(csvRow(e)), n++;
      break;
    case 'geojson':
      await sink.write('{"type":"FeatureCollection","features":[');
      for await (const e of store.iterateEvents(filter)) {
        const f = geoFeature(e);
        if (f) await sink.write((n++ ? ',\n' : '\n') + JSON.stringify(f));
      }
      await sink.write('\n]}\n');
      break;
  }
  return n;
}
