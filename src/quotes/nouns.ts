/**
 * Noun cues (attribution scope only): "Britain's decision to leave the union", "the claim that
 * taxes fell", "his criticism of the plan". A noun from `data/quotes/cue-nouns.tsv`, used as a
 * noun (after a determiner or a possessor, at most two modifiers between), followed by one of its
 * linkers; the possessor is the source. News references list only speech, so the speech scope
 * never proposes these.
 */
import { readTsv } from '../core/data-dir.js';
import type { Token } from '../core/types.js';
import type { Candidate } from './candidate.js';
import type { Doc } from './context.js';
import { content, contentEnd, isVerbLike, objectEnd } from './indirect.js';
import { DETERMINERS, PRONOUNS } from './lexicon.js';
import { phraseEndingAt, speakerBefore, type TokenRange } from './speaker-span.js';

let cueNouns: Map<string, Set<string>> | null = null;

function nouns(): Map<string, Set<string>> {
  cueNouns ??= new Map(
    readTsv('quotes', 'cue-nouns.tsv').map((r) => [(r['noun'] ?? '').toLowerCase(), new Set((r['linkers'] ?? '').toLowerCase().split(',').map((w) => w.trim()).filter((w) => w !== ''))] as const),
  );
  return cueNouns;
}

const NOUN_DETERMINER = /^(?:the|a|an|this|these|those|that|his|her|their|its|our|my|your)$/i;
const POSSESSIVE_PRONOUN = /^(?:his|her|their|its|our|my)$/i;
const POSSESSOR = /^\p{Lu}.*(?:['’]s|s['’])$/u;
/** A verb right after "that" means a relative clause ("the claim that was made"), not the content. */
const CLAUSE_VERB = /^(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|did|\p{Ll}+ed)$/u;

const LIGHT_VERB = /^(?:expressed|expresses|voiced|voices|made|makes|issued|issues|repeated|repeats|reiterated|reiterates|raised|raises|sent|sends|gave|gives|offered|offers|announced|announces|reached|reaches|signed|signs|renewed|renews|stated|states)$/;

/** Where the noun phrase ending before `k` starts: its determiner or possessor, or -1. */
function nounPhraseStart(tokens: Token[], k: number, lo: number): number {
  let d = k - 1;
  for (let mods = 0; d >= lo && mods < 2; mods++) {
    const t = tokens[d]!;
    if (NOUN_DETERMINER.test(t.text) || POSSESSOR.test(t.text)) return d;
    // "the repeated claim", "Trump's frequent calls": lower-case modifiers only.
    if (t.kind !== 'word' || !/^\p{Ll}+$/u.test(t.text) || DETERMINERS.has(t.text) || PRONOUNS.has(t.text)) return -1;
    d--;
  }
  return d >= lo && (NOUN_DETERMINER.test(tokens[d]!.text) || POSSESSOR.test(tokens[d]!.text)) ? d : -1;
}

/**
 * The source of a noun cue whose phrase starts at `d`: the possessor ("Britain's", "his"), or
 * the subject of the verb the phrase is the object of ("Obama voiced the concern that …").
 */
function nounSource(tokens: Token[], d: number, lo: number): TokenRange | null {
  const t = tokens[d]!;
  if (POSSESSOR.test(t.text)) return phraseEndingAt(tokens, d, lo);
  if (POSSESSIVE_PRONOUN.test(t.text)) return { first: d, end: d + 1 };
  // Only verbs whose subject voices the noun ("voiced the concern", not "rejected the claim").
  const verb = tokens[d - 1];
  if (verb && d - 1 > lo && LIGHT_VERB.test(verb.text)) return speakerBefore(tokens, d - 1, lo);
  return null;
}

export function nounCandidates(doc: Doc): Candidate[] {
  const { tokens } = doc;
  const table = nouns();
  const out: Candidate[] = [];
  for (const s of doc.sentences) {
    const lo = s.firstToken;
    const hi = s.endToken;
    for (let k = lo + 1; k + 2 < hi; k++) {
      const linkers = table.get(tokens[k]!.text.toLowerCase());
      const link = tokens[k + 1]!.text.toLowerCase();
      if (!linkers || !linkers.has(link)) continue;
      const d = nounPhraseStart(tokens, k, lo);
      if (d < 0) continue;
      let start: number;
      let end: number;
      if (link === 'that') {
        if (CLAUSE_VERB.test(tokens[k + 2]!.text)) continue;
        start = k + 2;
        end = contentEnd(tokens, start, hi);
      } else if (link === 'to') {
        // "the decision to leave": the infinitive with its "to", as in verb cues.
        if (!isVerbLike(tokens[k + 2]!)) continue;
        start = k + 1;
        end = contentEnd(tokens, start, hi);
      } else {
        start = k + 2;
        end = objectEnd(tokens, start, contentEnd(tokens, start, hi));
      }
      const c = content(tokens, start, end, 1);
      if (!c) continue;
      const cue = { start: tokens[k]!.start, end: tokens[k]!.end };
      out.push({ start: tokens[c.first]!.start, end: tokens[c.end - 1]!.end, kind: 'indirect', attribution: { cue, speaker: nounSource(tokens, d, lo) }, paragraph: s.paragraph, rule: 'noun' });
    }
  }
  return out;
}
