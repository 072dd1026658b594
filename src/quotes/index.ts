/**
 * Quotes stage: direct, partial and indirect speech with cue and speaker.
 * OWNER: quotes work (issue 7). Signature is a contract used by src/core/pipeline.ts.
 *
 * Candidates, then settling:
 *   1. `marks.ts`     quoted regions (straight/curly, nested, unclosed paragraph quotes);
 *   2. `direct.ts`    direct/partial candidates with their attribution (a partial quote inside
 *                    a reported clause of step 3 takes that clause's cue and speaker);
 *      `continuation.ts` quotes without one take their neighbour's ('"A," he said. "B."');
 *      `transcript.ts` "WALLACE: …" speaker-labelled turns;
 *   3. `indirect.ts`  reported speech from cue verbs (`data/quotes/cue-verbs.tsv`), "according to";
 *      `nouns.ts`    attribution scope: noun cues ("the decision to leave", `data/quotes/cue-nouns.tsv`);
 *      `copular.ts`  attribution scope: adjectives after a copula ("is critical of", `data/quotes/cue-adjectives.tsv`);
 *      `bounds.ts`   attribution scope: trims the writer's words after a content (relative
 *                    clauses, dashes, new clauses, adverbial clauses; `data/quotes/content-ends.tsv`);
 *   4. `refine.ts`    drops indirect content already quoted, removes duplicates, sorts;
 *      `extend.ts`    attribution scope: a paragraph-closing tail attribution takes the unattributed
 *                    sentences before it ("A. B. C, she said.");
 *   5. `resolve.ts`   names each speaker through the entities, or by its own fallbacks.
 */
import type { Article, Entity, Quote, Segmentation } from '../core/types.js';
import { trimContentEnds } from './bounds.js';
import { makeDoc, overlapping } from './context.js';
import { inheritAttribution, inheritFromReportedSpeech } from './continuation.js';
import { directCandidates } from './direct.js';
import { indirectCandidates } from './indirect.js';
import { nounCandidates } from './nouns.js';
import { copularCandidates } from './copular.js';
import { findQuotedRegions } from './marks.js';
import { refine } from './refine.js';
import { extendContents } from './extend.js';
import { transcriptCandidates } from './transcript.js';
import { isCap } from './speaker-span.js';
import { indexByLastWord, mentionIndex, nameAndRemember, nameWords, titledNames, type PersonName, type SpeakerContext } from './resolve.js';

export interface QuotesInput {
  article: Article;
  seg: Segmentation;
  /** Entities with all their mentions (names, aliases, pronouns, nominals) resolved in the article. */
  entities: Entity[];
  /**
   * `speech` (default): quotations and reported speech. `attribution`: also beliefs, intentions
   * and stances held by a source ("she wants to …", "he criticized …"), the broad attribution
   * relations PolNeAR annotates; news references list only speech.
   */
  scope?: 'speech' | 'attribution';
}

export { findQuotedRegions } from './marks.js';

export function findQuotes(input: QuotesInput): Quote[] {
  const { article, seg, entities } = input;
  const text = article.text;
  if (text.length === 0 || seg.tokens.length === 0) return [];
  const doc = makeDoc(text, seg);
  const regions = findQuotedRegions(text, article.paragraphs);
  const turns = transcriptCandidates(doc, article.paragraphs);
  // A quoted region inside a transcript turn is part of the turn.
  const attitudes = input.scope === 'attribution';
  const reported = [...indirectCandidates(doc, doc.sentences, attitudes), ...(attitudes ? [...nounCandidates(doc), ...copularCandidates(doc)] : [])];
  const quoted = directCandidates(doc, regions, reported, !attitudes).filter((c) => overlapping(turns, c.start, c.end).length === 0);
  const spoken = inheritAttribution(doc, [...quoted, ...turns].sort((a, b) => a.start - b.start), regions);
  const cands = refine(doc, [...spoken, ...(attitudes ? trimContentEnds(doc, reported, regions) : reported)], regions, attitudes);
  inheritFromReportedSpeech(cands);
  if (attitudes) extendContents(doc, cands);

  // Person names for pronoun fallback: titled names plus every named speaker.
  const persons: PersonName[] = titledNames(seg.tokens, text);
  for (const c of cands) {
    const sp = c.attribution?.speaker;
    if (!sp || !isCap(seg.tokens[sp.end - 1])) continue;
    const words = nameWords(seg.tokens, sp.first, sp.end);
    if (words) persons.push({ ...words, name: text.slice(words.start, words.end).replace(/['’]s$/, '') });
  }
  persons.sort((a, b) => a.start - b.start);
  const ctx: SpeakerContext = { text, tokens: seg.tokens, mentions: mentionIndex(entities), persons, byLast: indexByLastWord(persons), sentences: seg.sentences, quoted: regions.map((r) => ({ start: r.open, end: r.close ?? r.end })), history: [] };

  return cands.map((c) => {
    const sp = c.attribution?.speaker;
    return {
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      kind: c.kind,
      cue: c.attribution ? { ...c.attribution.cue } : null,
      speaker: sp ? nameAndRemember(ctx, sp.first, sp.end) : null,
    };
  });
}
