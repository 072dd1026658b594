import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { openStore, type Store } from '../../src/store/store.js';
import { exportStore, type ExportFormat } from '../../src/export/export.js';
import { GDELT_EVENT_COLUMNS, splitActorCode } from '../../src/export/gdelt-events.js';
import { GDELT_MENTION_COLUMNS } from '../../src/export/gdelt-mentions.js';
import { GKG_COLUMNS, gkgRow } from '../../src/export/gkg.js';
import { extract } from '../../src/index.js';
import { isoToFips } from '../../src/export/fips.js';
import { sampleResults } from '../store/fixtures.js';

async function run(store: Store, format: ExportFormat): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await exportStore(store, format, out);
  out.end();
  return Buffer.concat(chunks).toString('utf8');
}

const INT = /^-?\d+$/;
const FLOAT = /^-?\d+(\.\d+)?$/;
/** Column → type per the GDELT 2.0 event codebook. */
function gdeltType(col: string): 'int' | 'float' | 'string' {
  if (['GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'IsRootEvent', 'QuadClass', 'NumMentions', 'NumSources', 'NumArticles', 'DATEADDED'].includes(col)) return 'int';
  if (/Geo_Type$/.test(col)) return 'int';
  if (['FractionDate', 'GoldsteinScale', 'AvgTone'].includes(col) || /Geo_(Lat|Long)$/.test(col)) return 'float';
  return 'string';
}

describe('exports', () => {
  let store: Store;
  before(async () => {
    store = await openStore(':memory:');
    for (const r of sampleResults()) await store.putResult(r, { contentHash: createHash('sha256').update(r.article.text).digest('hex') });
  });
  after(() => store.close());

  it('writes the GDELT 2.0 event table: 61 typed columns, merged counts, FIPS codes', async () => {
    assert.equal(GDELT_EVENT_COLUMNS.length, 61);
    const lines = (await run(store, 'gdelt-events')).replace(/\n$/, '').split('\n');
    assert.equal(lines.length, 2, 'the meeting reported by three articles is one event');
    for (const line of lines) {
      const cells = line.split('\t');
      assert.equal(cells.length, 61);
      cells.forEach((v, i) => {
        const col = GDELT_EVENT_COLUMNS[i]!;
        const t = gdeltType(col);
        if (v === '') assert.notEqual(t, 'int', `${col} must not be empty`);
        else if (t === 'int') assert.match(v, INT, `${col}=${v}`);
        else if (t === 'float') assert.match(v, FLOAT, `${col}=${v}`);
      });
    }
    const row = Object.fromEntries(lines.map((l) => l.split('\t')).find((c) => c[26] === '043')!.map((v, i) => [GDELT_EVENT_COLUMNS[i], v]));
    assert.equal(row['SQLDATE'], '20240304');
    assert.equal(row['MonthYear'], '202403');
    assert.equal(row['Actor1Code'], 'RUSGOV');
    assert.equal(row['Actor1CountryCode'], 'RUS');
    assert.equal(row['Actor1Type1Code'], 'GOV');
    assert.equal(row['AvgTone'], '-0.5', 'AvgTone is the mean tone of the articles that carry one');
    assert.equal(row['Actor2Code'], 'UKRGOV');
    assert.equal(row['EventRootCode'], '04');
    assert.equal(row['QuadClass'], '1');
    assert.equal(row['NumMentions'], '4');
    assert.equal(row['NumSources'], '2');
    assert.equal(row['NumArticles'], '3');
    assert.equal(row['ActionGeo_CountryCode'], 'UP', 'Ukraine is UP in FIPS 10-4');
    assert.equal(row['ActionGeo_Type'], '4');
    assert.equal(row['ActionGeo_FeatureID'], '703448');
    // Actor geo: Putin at his country (type 1, FeatureID the FIPS code as GDELT writes it), the
    // Ukrainian officials "in Kyiv" at the city.
    assert.equal(row['Actor1Geo_Type'], '1');
    assert.equal(row['Actor1Geo_CountryCode'], 'RS', 'Russia is RS in FIPS 10-4');
    assert.equal(row['Actor1Geo_FeatureID'], 'RS');
    assert.equal(row['Actor2Geo_Type'], '4');
    assert.equal(row['Actor2Geo_FullName'], 'Kyiv');
    assert.equal(row['Actor2Geo_FeatureID'], '703448');
    const oneSided = Object.fromEntries(lines.map((l) => l.split('\t')).find((c) => c[26] === '190')!.map((v, i) => [GDELT_EVENT_COLUMNS[i], v]));
    assert.equal(oneSided['Actor2Geo_Type'], '0', 'no actor 2, no actor 2 geo');
    assert.equal(row['SOURCEURL'], 'https://www.reuters.com/world/a1');
    assert.match(row['DATEADDED']!, /^\d{14}$/);
  });

  it('writes GDELT mentions with character offsets', async () => {
    const lines = (await run(store, 'gdelt-mentions')).replace(/\n$/, '').split('\n').map((l) => l.split('\t'));
    assert.equal(lines.length, 4);
    for (const c of lines) assert.equal(c.length, GDELT_MENTION_COLUMNS.length);
    const [a1] = sampleResults();
    const m = lines[0]!;
    assert.equal(m[4], 'reuters.com');
    const verb = Number(m[9]);
    assert.equal(a1!.article.text.slice(verb, verb + 3), 'met');
    assert.equal(a1!.article.text.slice(Number(m[7]), Number(m[7]) + 'Vladimir Putin'.length), 'Vladimir Putin');
  });

  it('writes GKG rows with persons, locations, amounts and quotations with speakers', async () => {
    const lines = (await run(store, 'gkg')).replace(/\n$/, '').split('\n').map((l) => l.split('\t'));
    assert.equal(lines.length, 3);
    const row = Object.fromEntries(lines[0]!.map((v, i) => [GKG_COLUMNS[i], v]));
    assert.equal(lines[0]!.length, 27);
    assert.equal(row['V1PERSONS'], 'Vladimir Putin');
    assert.match(row['V2ENHANCEDPERSONS']!, /^Vladimir Putin,\d+$/);
    assert.match(row['V1LOCATIONS']!, /^4#Kyiv#UP#UP#50.45#30.52#703448/);
    assert.match(row['V2.1QUOTATIONS']!, /\|We will talk again\|Putin$/);
    assert.match(row['V2.1AMOUNTS']!, /^3,hours,\d+$/);
    assert.equal(row['V1.5TONE'], '-2,0,2,2,,1,40', 'tone, positive, negative, polarity, (activity), self/group, words');
  });

  it('writes GKG counts (kind, number, object, the place of the event they quantify, offset)', () => {
    const r = { ...extract('Syrian forces shelled the town of Idlib on Monday, killing 15 civilians.', { published: '2024-05-06', format: 'text' }), id: 'counts' };
    const row = Object.fromEntries(gkgRow(r, 1, '2024-05-06T00:00:00Z').split('\t').map((v, i) => [GKG_COLUMNS[i], v]));
    assert.match(row['V1COUNTS']!, /^KILL#15#civilians#\d#Idlib#SY#/);
    const offset = r.article.text.indexOf('15 civilians');
    assert.match(row['V2.1COUNTS']!, new RegExp(`^KILL#15#civilians#.*#${offset}$`));
  });

  it('writes JSONL, CSV and GeoJSON', async () => {
    const jsonl = (await run(store, 'jsonl')).trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(jsonl, sampleResults());
    const csv = (await run(store, 'csv')).split('\r\n');
    assert.match(csv[0]!, /^rowId,articleId/);
    assert.equal(csv.filter((l) => l).length, 5);
    const gj = JSON.parse(await run(store, 'geojson'));
    assert.equal(gj.type, 'FeatureCollection');
    assert.equal(gj.features.length, 3);
    assert.deepEqual(gj.features[0].geometry.coordinates, [30.52, 50.45]);
  });

  it('maps ISO to FIPS and splits actor codes', () => {
    assert.deepEqual([isoToFips('DE'), isoToFips('GB'), isoToFips('RU'), isoToFips('ZZ')], ['GM', 'UK', 'RS', '']);
    assert.deepEqual(splitActorCode('RUSGOVMIL', 'RUS'), { knownGroup: '', types: ['GOV', 'MIL'] });
    assert.deepEqual(splitActorCode('IGOUNO', null), { knownGroup: 'UNO', types: ['IGO'] });
  });
});
