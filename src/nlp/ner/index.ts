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
  const margins: number[][] = [];
  const tags = tagTwoPass(loadModels(), doc, loadGazetteer(), margins);
  const out: NamedSpan[] = [];
  doc.forEach((sent, si) => {
    for (const s of joinUnitOrdinals(sent, joinNameParticles(sent, spansFromBilou(tags[si]!.map((t) => TAGS[t]!))))) {
      // Confidence: the least sure token of the span (tokens joined by a refiner count as sure).
      let score = 1;
      for (let i = s.start; i < s.end; i++) if (TAGS[tags[si]![i]!] !== 'O') score = Math.min(score, margins[si]![i]!);
      out.push({ start: sent[s.start]!.start, end: sent[s.end - 1]!.end, label: s.label as NamedSpan['label'], score: Math.round(score * 1000) / 1000 });
    }
  });
  return out;
}
