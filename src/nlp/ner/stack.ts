/**
 * Document-level features for the second pass: what the first pass said about the whole document.
 * A name's other mentions often settle it ("Clinton" after "Bill Clinton", the headline's
 * "PIRELLI" after the body's "Pirelli ... the tyre maker"), and unlike the left-to-right
 * prediction history these look at later mentions too.
 */
import { TAGS, spansFromBilou, typeOf } from './tags.js';
import type { NerToken } from './tokens.js';

const TYPE_INDEX: Record<string, number> = { PER: 0, ORG: 1, LOC: 2, MISC: 3, O: 4 };
const TYPE_NAMES = ['PER', 'ORG', 'LOC', 'MISC', 'O'];

function majority(counts: number[]): [string, boolean] | null {
  let best = -1;
  let total = 0;
  for (let k = 0; k < counts.length; k++) {
    total += counts[k]!;
    if (counts[k]! > 0 && (best < 0 || counts[k]! > counts[best]!)) best = k;
  }
  return best < 0 ? null : [TYPE_NAMES[best]!, counts[best] === total];
}

/** Extra features per sentence per token, from first-pass tags (indices into `TAGS`). */
export function stackFeatures(doc: readonly (readonly NerToken[])[], firstPass: readonly number[][]): string[][][] {
  // Per capitalised word: the first-pass types of all its occurrences, and of the entities it is part of.
  const wordTypes = new Map<string, number[]>();
  const entityTypes = new Map<string, number[]>();
  const firstType = new Map<string, string>();
  doc.forEach((sent, si) => {
    const tags = firstPass[si]!.map((t) => TAGS[t]!);
    sent.forEach((tok, i) => {
      if (!/\p{Lu}/u.test(tok.text)) return;
      const key = tok.text.toLowerCase();
      let c = wordTypes.get(key);
      if (!c) wordTypes.set(key, (c = [0, 0, 0, 0, 0]));
      const type = typeOf(tags[i]!);
      c[TYPE_INDEX[type]!]!++;
      if (!firstType.has(key)) firstType.set(key, type);
    });
    for (const span of spansFromBilou(tags)) {
      if (span.end - span.start < 2) continue;
      for (let i = span.start; i < span.end; i++) {
        const key = sent[i]!.text.toLowerCase();
        let c = entityTypes.get(key);
        if (!c) entityTypes.set(key, (c = [0, 0, 0, 0, 0]));
        c[TYPE_INDEX[span.label]!]!++;
      }
    }
  });
  return doc.map((sent, si) => {
    const tags = firstPass[si]!;
    return sent.map((tok, i) => {
      const f = ['s1=' + TAGS[tags[i]!]!, 's1-1|s1=' + (i > 0 ? TAGS[tags[i - 1]!] : '<s>') + '|' + TAGS[tags[i]!], 's1|s1+1=' + TAGS[tags[i]!] + '|' + (i + 1 < sent.length ? TAGS[tags[i + 1]!] : '</s>')];
      if (!/\p{Lu}/u.test(tok.text)) return f;
      const key = tok.text.toLowerCase();
      const own = TYPE_INDEX[typeOf(TAGS[tags[i]!]!)]!;
      const others = [...wordTypes.get(key)!];
      others[own]!--;
      const m = majority(others);
      if (m) f.push('sd=' + m[0], m[1] ? 'sd-all=' + m[0] : 'sd-mixed', 'sd|s1=' + m[0] + '|' + TAGS[tags[i]!]);
      const e = entityTypes.get(key);
      const em = e ? majority(e) : null;
      if (em) f.push('se=' + em[0]);
      f.push('sf=' + firstType.get(key)!);
      return f;
    });
  });
}
