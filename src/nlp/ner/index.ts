/**
 * Named-entity recogniser (CoNLL labels PER/ORG/LOC/MISC) over the segmented article.
 * OWNER: NER work (issue 4). Signature is a contract used by src/core/pipeline.ts.
 *
 * A greedy averaged-perceptron tagger over BILOU tags (`decode.ts`), with word, shape, affix,
 * context, gazetteer and document features (`features.ts`), run twice: the second pass sees the
 * first pass's tags of the whole document (`stack.ts`, `two-pass.ts`). Trained on CoNLL-2003 by
 * `scripts/train-ner.ts` into `data/ner/model.bin.gz` and `data/ner/model-stacked.bin.gz`.
 */
import type { NamedSpan, Segmentation } from '../../core/types.js';
import { loadGazetteer } from './gazetteer.js';
import { loadModels } from './model.js';
import { tagTwoPass } from './two-pass.js';
import { TAGS, spansFromBilou } from './tags.js';
import { nerSentences } from './tokens.js';
import { joinNameParticles, joinUnitOrdinals } from './refine.js';

export function recognize(text: string, seg: Segmentation): NamedSpan[] {
  void text;
  const doc = nerSentences(seg);
  if (doc.length === 0) return [];
  const tags = tagTwoPass(loadModels(), doc, loadGazetteer());
  const out: NamedSpan[] = [];
  doc.forEach((sent, si) => {
    for (const s of joinUnitOrdinals(sent, joinNameParticles(sent, spansFromBilou(tags[si]!.map((t) => TAGS[t]!))))) {
      out.push({ start: sent[s.start]!.start, end: sent[s.end - 1]!.end, label: s.label as NamedSpan['label'] });
    }
  });
  return out;
}
