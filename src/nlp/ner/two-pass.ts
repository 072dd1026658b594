/**
 * The recogniser's two passes over a document: the first tags it with local features and the
 * left-to-right prediction history; the second tags it again with the first pass's view of the
 * whole document as extra features (`stack.ts`). Without a second model, the first pass stands.
 * The context features are built once and looked up in each model's dictionary; a word's own
 * features are looked up once per word and model. At run time the features are interned ids
 * (`feature-ids.ts`): strings are built once per process, not once per token.
 */
import { type LinearModel, tagDocument } from './decode.js';
import type { Gazetteer } from './gazetteer.js';
import type { NerToken } from './tokens.js';
import { useModels, beginDocument, contextFeatureIds, documentWords, modelRows, stackFeatureIds } from './feature-ids.js';

export interface Models {
  first: LinearModel;
  second: LinearModel | null;
}

/** Tag indices per sentence per token; `margins` as in `tagDocument` (from the last pass). */
export function tagTwoPass(models: Models, doc: readonly (readonly NerToken[])[], gaz: Gazetteer, margins?: number[][]): number[][] {
  useModels(models.second ? [models.first.index, models.second.index] : [models.first.index]);
  beginDocument();
  const words = documentWords(doc);
  const context = contextFeatureIds(doc, words, gaz);
  const first = tagDocument(models.first, doc, modelRows(models.first.index, words, context), undefined, models.second ? undefined : margins);
  if (!models.second) return first;
  const extra = stackFeatureIds(doc, words, first);
  return tagDocument(models.second, doc, modelRows(models.second.index, words, context, extra), undefined, margins);
}
