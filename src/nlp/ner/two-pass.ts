/**
 * The recogniser's two passes over a document: the first tags it with local features and the
 * left-to-right prediction history; the second tags it again with the first pass's view of the
 * whole document as extra features (`stack.ts`). Without a second model, the first pass stands.
 * The static features are built once and looked up in each model's dictionary.
 */
import { type LinearModel, documentFeatures, featureRows, tagDocument } from './decode.js';
import type { Gazetteer } from './gazetteer.js';
import { stackFeatures } from './stack.js';
import type { NerToken } from './tokens.js';

export interface Models {
  first: LinearModel;
  second: LinearModel | null;
}

/** Tag indices per sentence per token; `margins` as in `tagDocument` (from the last pass). */
export function tagTwoPass(models: Models, doc: readonly (readonly NerToken[])[], gaz: Gazetteer, margins?: number[][]): number[][] {
  const feats = documentFeatures(doc, gaz);
  const first = tagDocument(models.first, doc, featureRows(models.first.index, feats), undefined, models.second ? undefined : margins);
  if (!models.second) return first;
  return tagDocument(models.second, doc, featureRows(models.second.index, feats, stackFeatures(doc, first)), undefined, margins);
}
