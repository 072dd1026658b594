/** The geoparsing scorer and corpus readers on small inline inputs. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readCorpus, readEupegLine } from '../../src/geo/eval/corpora.js';
import { emptyTally, scoreDocument, summarize } from '../../src/geo/eval/score.js';

test('GeoVirus offsets are shifted back by one', () => {
  const xml = '<articles><article><text>In Paris today.</text><locations><location><name>Paris</name><start>4</start><end>9</end><lat>48.85</lat><lon>2.35</lon></location></locations></article></articles>';
  const [doc] = readCorpus(xml);
  assert.ok(doc);
  const t = doc.toponyms[0]!;
  assert.equal(doc.text.slice(t.start, t.end), 'Paris', 'GeoVirus: text[start-1:end-1] is the toponym');
});

test('LGL toponyms carry GeoNames ids; CDATA text is read', () => {
  const xml = '<articles><article><text><![CDATA[Hello Alexandria & co.]]></text><toponyms><toponym><start>6</start><end>16</end><phrase>Alexandria</phrase><gaztag geonameid="4314550"><lat>31.3</lat><lon>-92.4</lon></gaztag></toponym></toponyms></article></articles>';
  const [doc] = readCorpus(xml, 'lgl');
  assert.equal(doc!.text, 'Hello Alexandria & co.');
  assert.equal(doc!.toponyms[0]!.geonameId, 4314550);
});

test('EUPEG lines parse, with commas inside names', () => {
  const p = readEupegLine('San Jose, Batangas,,San Jose, Batangas,,13.88,,121.1,,42,,60||Chad,,Chad,,15.0,,19.0,,712,,716||');
  assert.equal(p.length, 2);
  assert.deepEqual([p[0]!.start, p[0]!.end, p[0]!.lat], [42, 60, 13.88]);
});

test('scores: overlap match, accuracy at 161 km, AUC', () => {
  const t = emptyTally();
  const gold = [
    { start: 0, end: 5, name: 'A', lat: 0, lon: 0, geonameId: 1 },
    { start: 10, end: 15, name: 'B', lat: 10, lon: 10, geonameId: 2 },
  ];
  scoreDocument(t, gold, [
    { start: 1, end: 5, lat: 0, lon: 0.5, geonameId: 1 },
    { start: 20, end: 25, lat: 0, lon: 0, geonameId: null },
  ]);
  const s = summarize(t);
  assert.equal(s.precision, 0.5);
  assert.equal(s.recall, 0.5);
  assert.equal(s.acc161, 1, '55 km is within 161 km');
  assert.equal(s.idRate, 1);
  assert.ok(s.auc > 0 && s.auc < 0.5);
});
