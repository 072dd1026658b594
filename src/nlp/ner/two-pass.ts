/**
 * The recogniser's two passes over a document: the first tags it with local features and the
 * left-to-right prediction history; the second tags it again with the first pass's view of the
 * whole document as extra features (`stack.ts`). Without a second model, the first pass stands.
 * The context features are built once and looked up in each model's dictionary; a word's own
 * features are looked up once per word and model. At run time the features are interned ids
 * (`feature-ids.ts`): strings are built once per process, not once per token.
 */
import { type LinearModel, cachedRows, tagDocument } from './decode.js';
import { documentInfo, sentenceFeatures } from './features.js';
import type { Gazetteer } from './gazetteer.js';
import { stackFeatures } from './stack.js';
import type { NerToken } from './tokens.js';
import { contextFeatureIds, documentWords, modelRows, reserve, stackFeatureIds, tokenCount } from './feature-ids.js';

export interface Models {
  first: LinearModel;
  second: LinearModel | null;
}

/** Tag indices per sentence per token; `margins` as in `tagDocument` (from the last pass). */
export function tagTwoPass(models: Models, doc: readonly (readonly NerToken[])[], gaz: Gazetteer, margins?: number[][]): number[][] {
  if (!reserve(tokenCount(doc))) return tagTwoPassStrings(models, doc, gaz, margins);
  const words = documentWords(doc);
  const context = contextFeatureIds(doc, words, gaz);
  const first = tagDocument(models.first, doc, modelRows(models.first.index, words, context), undefined, models.second ? undefined : margins);
  if (!models.second) return first;
  const extra = stackFeatureIds(doc, words, first);
  return tagDocument(models.second, doc, modelRows(models.second.index, words, context, extra), undefined, margins);
}

/** The same with the feature strings (for documents too large for the id tables; the definition the ids follow). */
export function tagTwoPassStrings(models: Models, doc: readonly (readonly NerToken[])[], gaz: Gazetteer, margins?: number[][]): number[][] {
  const info = documentInfo(doc);
  const feats = doc.map((sent, si) => sentenceFeatures(sent, gaz, info, si, false));
  const first = tagDocument(models.first, doc, cachedRows(models.first.index, doc, feats), undefined, models.second ? undefined : margins);
  if (!models.second) return first;
  return tagDocument(models.second, doc, cachedRows(models.second.index, doc, feats, stackFeatures(doc, first)), undefined, margins);
}
