import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentInfo, dynamicFeatures, sentenceFeatures } from '../../src/nlp/ner/features.js';
import { buildGazetteer, matchGazetteer } from '../../src/nlp/ner/gazetteer.js';
import { shape, shortShape, isAllCaps } from '../../src/nlp/ner/shape.js';
import { splitClitic, nerSentences, isTitleCase } from '../../src/nlp/ner/tokens.js';
import { joinNameParticles, joinUnitOrdinals } from '../../src/nlp/ner/refine.js';
import { segment } from '../../src/nlp/segment.js';

const toks = (words: string[]) => words.map((text) => ({ start: 0, end: 0, text }));

test('shapes: "Putin" → Xxxxx / Xx, "1996-08-22" → dddd-dd-dd / d-d-d', () => {
  assert.equal(shape('Putin'), 'Xxxxx');
  assert.equal(shortShape('Putin'), 'Xx');
  assert.equal(shape('1996-08-22'), 'dddd-dd-dd');
  assert.equal(shortShape('1996-08-22'), 'd-d-d');
  assert.equal(isAllCaps('NATO'), true);
  assert.equal(isAllCaps('U.S.'), true);
  assert.equal(isAllCaps('I'), false);
});

test('clitics are cut as CoNLL cuts them, offsets kept', () => {
  assert.deepEqual(splitClitic("Putin's", 10), [
    { start: 10, end: 15, text: 'Putin' },
    { start: 15, end: 17, text: "'s" },
  ]);
  assert.deepEqual(splitClitic('Russia’s', 0).map((t) => t.text), ['Russia', "'s"]);
  assert.deepEqual(splitClitic("don't", 0).map((t) => t.text), ['do', "n't"]);
  assert.deepEqual(splitClitic("O'Neill", 0).map((t) => t.text), ["O'Neill"]);
  assert.deepEqual(splitClitic("'s", 0).map((t) => t.text), ["'s"]);
});

test('recogniser tokens of a segmented sentence keep offsets into the text', () => {
  const text = "Putin's aide spoke.";
  const sents = nerSentences(segment(text, [{ start: 0, end: text.length }]));
  assert.deepEqual(sents[0]!.map((t) => text.slice(t.start, t.end)), ['Putin', "'s", 'aide', 'spoke', '.']);
  const text2 = "RFE/RL's Tajik Service said.";
  const sents2 = nerSentences(segment(text2, [{ start: 0, end: text2.length }]));
  assert.deepEqual(sents2[0]!.map((t) => text2.slice(t.start, t.end)), ['RFE/RL', "'s", 'Tajik', 'Service', 'said', '.']);
});

test('gazetteer: longest match, case-insensitive, positions B/I/L/U', () => {
  const gaz = buildGazetteer([
    { name: 'New York', cls: 'LOC' },
    { name: 'New York Times', cls: 'ORG' },
    { name: 'York', cls: 'LOC' },
  ]);
  const m = matchGazetteer(gaz, ['the', 'NEW', 'YORK', 'Times', 'said']).map((x) => x.sort());
  assert.deepEqual(m, [[], ['LOC:B', 'ORG:B'], ['LOC:L', 'ORG:I'], ['ORG:L'], []]);
  assert.deepEqual(matchGazetteer(buildGazetteer([{ name: 'US', cls: 'COUNTRY' }]), ['told', 'us']), [[], []], 'lower-case "us" is not the country');
});

test('features: word, context, shape and gazetteer features of "Putin" in "President Putin said"', () => {
  const gaz = buildGazetteer([{ name: 'President', cls: 'TITLE' }]);
  const sent = toks(['President', 'Putin', 'said']);
  const f = sentenceFeatures(sent, gaz, documentInfo([sent]))[1]!;
  for (const want of ['w=Putin', 'l=putin', 'ss=Xx', 'l-1=president', 'l+1=said', 'g-1=TITLE:U', 's3=tin', 'p2=pu']) {
    assert.ok(f.includes(want), `features of "Putin" lack ${want}: ${f.join(' ')}`);
  }
});

test('document features: a capitalised word also written in lower case elsewhere', () => {
  const doc = [toks(['Police', 'said']), toks(['The', 'police', 'came'])];
  const f = sentenceFeatures(doc[0]!, buildGazetteer([]), documentInfo(doc))[0]!;
  assert.ok(f.includes('doc-lower'), `"Police" lacks doc-lower: ${f.join(' ')}`);
});

test('dynamic features carry previous tags and the document history', () => {
  const f = dynamicFeatures('putin', 'Xx', 'U-MISC', 'O', [3, 0, 0, 0, 1]);
  assert.ok(f.includes('t-1=U-MISC'));
  assert.ok(f.includes('t-2|t-1=O|U-MISC'));
  assert.ok(f.includes('h=PER'), `history [3 PER, 1 O] should give h=PER: ${f.join(' ')}`);
});

test('title-case headlines are told from lists of names', () => {
  assert.equal(isTitleCase(toks('Russia Signs Deal To Prolong Troop Presence At Tajik Military Base'.split(' '))), true);
  assert.equal(isTitleCase(toks('Peter Blackburn Manchester United Chelsea'.split(' '))), false, 'a list of names is not a headline');
  assert.equal(isTitleCase(toks('Russia signs a deal to prolong troop presence'.split(' '))), false);
});

test('a particle surname joins the person before it: "Abu Musab" + "al-Zarqawi"', () => {
  const sent = toks(['led', 'by', 'Abu', 'Musab', 'al-Zarqawi', ',']);
  assert.deepEqual(joinNameParticles(sent, [{ start: 2, end: 4, label: 'PER' }, { start: 4, end: 5, label: 'MISC' }]), [{ start: 2, end: 5, label: 'PER' }]);
  assert.deepEqual(joinNameParticles(sent, [{ start: 2, end: 4, label: 'PER' }]), [{ start: 2, end: 5, label: 'PER' }]);
  assert.deepEqual(joinNameParticles(sent, [{ start: 4, end: 5, label: 'ORG' }]), [{ start: 4, end: 5, label: 'ORG' }], 'no person before it');
});

test('gazetteer entries written in lower case ("al Qaeda") match lower-case text', () => {
  const gaz = buildGazetteer([{ name: 'al Qaeda', cls: 'ORG' }]);
  assert.deepEqual(matchGazetteer(gaz, ['with', 'al', 'Qaeda']), [[], ['ORG:B'], ['ORG:L']]);
});

test('a unit ordinal joins the organisation after it: "201st Motorized Division"', () => {
  const sent = toks(['Russia', "'s", '201st', 'Motorized', 'Division', 'is']);
  assert.deepEqual(joinUnitOrdinals(sent, [{ start: 0, end: 1, label: 'LOC' }, { start: 3, end: 5, label: 'ORG' }]), [
    { start: 0, end: 1, label: 'LOC' },
    { start: 2, end: 5, label: 'ORG' },
  ]);
  assert.deepEqual(joinUnitOrdinals(sent, []), [{ start: 2, end: 5, label: 'ORG' }], 'found even when the tagger missed it');
  const notUnit = toks(['the', '21st', 'Century', 'Fox']);
  assert.deepEqual(joinUnitOrdinals(notUnit, []), [], '"21st Century Fox" has no unit word');
});

test('cached word rows give the same features as the full feature lists (training and run time agree)', async () => {
  const { cachedRows, featureRows, documentFeatures } = await import('../../src/nlp/ner/decode.js');
  const gaz = buildGazetteer([{ name: 'Dushanbe', cls: 'CITY' }, { name: 'President', cls: 'TITLE' }]);
  const doc = [toks(['President', 'Putin', 'visited', 'Dushanbe', '.']), toks(['Putin', "'s", 'aide', 'said', 'so', '.'])];
  const all = documentFeatures(doc, gaz);
  const index = new Map<string, number>();
  for (const s of all) for (const fs of s) for (const f of fs) if (!index.has(f)) index.set(f, index.size);
  const info = documentInfo(doc);
  const context = doc.map((s, si) => sentenceFeatures(s, gaz, info, si, false));
  const fast = cachedRows(index, doc, context);
  const slow = featureRows(index, all);
  doc.forEach((s, si) =>
    s.forEach((t, i) => assert.deepEqual([...fast[si]![i]!].sort((a, b) => a - b), [...slow[si]![i]!].sort((a, b) => a - b), `rows of "${t.text}"`)),
  );
});
