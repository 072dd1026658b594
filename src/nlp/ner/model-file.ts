/**
 * The committed model file (`data/ner/model.bin.gz`): gzip of a small JSON header, the feature
 * names (one a line), and the weights quantised to 16-bit integers (`weight = q * scale`).
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { N_TAGS, TAGS } from './tags.js';
import type { LinearModel } from './decode.js';

interface Header {
  format: 'sitrep-ner-1';
  tags: string[];
  features: number;
  featureBytes: number;
  scale: number;
}

export function encodeModel(model: LinearModel): Buffer {
  const names: string[] = [];
  for (const [name, row] of model.index) names[row] = name;
  let maxAbs = 0;
  for (const v of model.w) maxAbs = Math.max(maxAbs, Math.abs(v));
  const scale = maxAbs / 32767 || 1;
  const q = new Int16Array(model.w.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round(model.w[i]! / scale);
  const featureBuf = Buffer.from(names.join('\n'), 'utf8');
  const header: Header = { format: 'sitrep-ner-1', tags: [...TAGS], features: names.length, featureBytes: featureBuf.length, scale };
  const headerBuf = Buffer.from(JSON.stringify(header) + '\n', 'utf8');
  return gzipSync(Buffer.concat([headerBuf, featureBuf, Buffer.from(q.buffer, q.byteOffset, q.byteLength)]), { level: 9 });
}

export function decodeModel(gz: Buffer): LinearModel {
  const buf = gunzipSync(gz);
  const nl = buf.indexOf(10);
  const header = JSON.parse(buf.subarray(0, nl).toString('utf8')) as Header;
  if (header.format !== 'sitrep-ner-1' || header.tags.join(' ') !== TAGS.join(' ')) {
    throw new Error('sitrep: data/ner model file has an unknown format or tag set; retrain with scripts/train-ner.ts');
  }
  const fstart = nl + 1;
  const names = buf.subarray(fstart, fstart + header.featureBytes).toString('utf8').split('\n');
  const index = new Map<string, number>();
  names.forEach((n, i) => index.set(n, i));
  const wstart = fstart + header.featureBytes;
  const count = header.features * N_TAGS;
  const aligned = new Uint8Array(count * 2);
  aligned.set(buf.subarray(wstart, wstart + count * 2));
  const q = new Int16Array(aligned.buffer);
  const w = new Float32Array(count);
  for (let i = 0; i < count; i++) w[i] = q[i]! * header.scale;
  return { index, w };
}
