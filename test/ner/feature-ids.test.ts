import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentFeatures, featureRows } from '../../src/nlp/ner/decode.js';
import { DynamicRows, contextFeatureIds, documentWords, modelRows, resetCaches, stackFeatureIds, useModels } from '../../src/nlp/ner/feature-ids.js';
import { dynamicFeatures, documentInfo } from '../../src/nlp/ner/features.js';
import { buildGazetteer } from '../../src/nlp/ner/gazetteer.js';
import { stackFeatures } from '../../src/nlp/ner/stack.js';
import { N_TAGS, TAGS } from '../../src/nlp/ner/tags.js';

const toks = (words: string[]) => words.map((text) => ({ start: 0, end: 0, text }));

// Words that could trip the ids: "|" inside words, the boundary markers as words, case mappings
// that change length, repeated words (bag and context features repeat), all-caps sentences.
const doc = [
  toks(['President', 'Putin', 'visited', 'Dushanbe', 'and', 'Dushanbe', "'s", 'mayor', '.']),
  toks(['PUTIN', 'MEETS', 'TAJIK', 'LEADER', 'IN', 'DUSHANBE']),
  toks(['The', 'a|b', 'X|Y', '|', '<s>', '</s>', 'İstanbul', 'STRASSE', 'Straße', 'putin', 'said', 'the', 'the', '.']),
  toks(['New', 'York', 'Times', 'reporter', 'John', 'Smith', 'of', 'Putin', 'Inc', 'said', '.']),
  toks(['Putin', 'said', 'so', '.']),
  toks(['Putin', 'said', 'no', '.']),
];
const gaz = buildGazetteer([
  { name: 'Dushanbe', cls: 'CITY' },
  { name: 'President', cls: 'TITLE' },
  { name: 'New York', cls: 'LOC' },
  { name: 'New York Times', cls: 'ORG' },
  { name: 'John', cls: 'PER-FIRST' },
]);
const firstPass = doc.map((s, si) => s.map((_, i) => ((si * 7 + i * 5) % N_TAGS)));

function allStrings(): string[] {
  const out = new Set<string>();
  for (const s of documentFeatures(doc, gaz, documentInfo(doc))) for (const fs of s) for (const f of fs) out.add(f);
  for (const s of stackFeatures(doc, firstPass)) for (const fs of s) for (const f of fs) out.add(f);
  return [...out];
}

/** A model dictionary with every feature of the document (`keep` 1) or about half of them. */
function modelIndex(keep: number): Map<string, number> {
  const index = new Map<string, number>();
  allStrings().forEach((f, k) => {
    if (keep === 1 || (k * 2654435761) % 1000 < keep * 1000) index.set(f, index.size);
  });
  // Dynamic features for every previous-tag pair and history, so those are in the model too.
  for (const sent of doc) for (const t of sent) for (const p1 of ['<s>', ...TAGS]) for (const p2 of ['<s>', 'O', 'B-PER']) {
    for (const f of dynamicFeatures(t.text.toLowerCase(), '', p1, p2, undefined)) if (!index.has(f) && (keep === 1 || f.length % 2 === 0)) index.set(f, index.size);
  }
  return index;
}

for (const keep of [1, 0.5]) {
  test(`feature ids give the rows of the feature strings, in the same order (model with ${keep * 100}% of the features)`, () => {
    const index = modelIndex(keep);
    for (const round of ['cold', 'warm']) {
      if (round === 'cold') resetCaches();
      useModels([index]);
      const words = documentWords(doc);
      const context = contextFeatureIds(doc, words, gaz);
      const fast = modelRows(index, words, context, stackFeatureIds(doc, words, firstPass));
      const slow = featureRows(index, documentFeatures(doc, gaz), stackFeatures(doc, firstPass));
      doc.forEach((s, si) => s.forEach((t, i) => assert.deepEqual([...fast[si]![i]!], [...slow[si]![i]!], `${round}: rows of "${t.text}" (sentence ${si})`)));
    }
  });

  test(`dynamic feature ids give the rows of dynamicFeatures (model with ${keep * 100}% of the features)`, () => {
    const index = modelIndex(keep);
    useModels([index]);
    const words = documentWords(doc);
    const dyn = new DynamicRows(index);
    const out = new Int32Array(8);
    const hists = [undefined, [0, 0, 0, 0, 0], [3, 0, 0, 0, 1], [0, 2, 2, 0, 0], [0, 0, 0, 0, 4]];
    for (const ws of words) for (const w of ws) for (let p1 = -1; p1 < N_TAGS; p1++) for (const p2 of [-1, 0, 3]) for (const h of hists) {
      const n = dyn.fill(out, w, p1, p2, h);
      const want: number[] = [];
      for (const f of dynamicFeatures(w.lower, w.ss, p1 < 0 ? '<s>' : TAGS[p1]!, p2 < 0 ? '<s>' : TAGS[p2]!, h)) {
        const r = index.get(f);
        if (r !== undefined) want.push(r);
      }
      assert.deepEqual([...out.subarray(0, n)], want, `"${w.text}" after ${p2}, ${p1} with history ${h}`);
    }
  });
}
