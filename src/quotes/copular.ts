/**
 * Copular attribution frames (attribution scope only): an attitude adjective after a copula,
 * "the senators are worried that the plan will fail", "she has been critical of the deal", "he
 * seems eager to run" (`data/quotes/cue-adjectives.tsv`). The copula's subject holds the view and
 * is the source; the words after the adjective's linker are the content. Also agentless passives
 * that attribute a charge or an expectation to no one named, "the mayor was accused of lying",
 * "turnout is expected to fall" (`data/quotes/cue-passives.tsv`): the subject and the complement
 * make the content, with no source. News references list only speech, so the speech scope never
 * proposes these.
 */
import { readTsv } from '../core/data-dir.js';
import type { Span, Token } from '../core/types.js';
import type { Candidate } from './candidate.js';
import type { Doc } from './context.js';
import { content, contentEnd, coordinatedEnd, isVerbLike, objectEnd } from './indirect.js';
import { cueAt } from './cues.js';
import { PRONOUNS } from './lexicon.js';
import { phraseEndingAt, speakerBefore, type TokenRange } from './speaker-span.js';

function linkerTable(file: string, key: string): Map<string, Set<string>> {
  return new Map(readTsv('quotes', file).map((r) => [(r[key] ?? '').toLowerCase(), new Set((r['linkers'] ?? '').toLowerCase().split(',').map((w) => w.trim()).filter((w) => w !== ''))] as const));
}

let cueAdjectives: Map<string, Set<string>> | null = null;
let cuePassives: Map<string, Set<string>> | null = null;

function adjectives(): Map<string, Set<string>> {
  cueAdjectives ??= linkerTable('cue-adjectives.tsv', 'adjective');
  return cueAdjectives;
}

function passives(): Map<string, Set<string>> {
  cuePassives ??= linkerTable('cue-passives.tsv', 'participle');
  return cuePassives;
}

/** Verbs linking a subject to the adjective ("is", "seemed", "remains", "grew"), negated forms too. */
const COPULA = /^(?:(?:is|are|was|were|am)(?:n['’]t)?|be|been|being|seems?|seemed|appears?|appeared|remains?|remained|becomes?|became|grew|grows|feels?|felt|got|gets)$/;
/** Words that may stand inside the verb group before the adjective ("has not been so", "would be very"). */
const VERB_GROUP = /^(?:has|have|had|will|would|could|should|may|might|must|can|do|does|did|(?:has|have|had|would|could|should|does|do|did|wo|ca)n['’]t|won['’]t|cannot|not|never|also|still|so|very|too|quite|more|less|most|least|increasingly|particularly|especially|all|both|even|already|now|deeply|equally|just|sometimes|often|always|long|widely|generally|once|first|again|later)$/;

/** Where the verb group ending before token `k` starts ("has not been so", "would be very"). */
function verbGroupStart(tokens: Token[], k: number, lo: number): number {
  let p = k - 1;
  while (p >= lo && tokens[p]!.kind === 'word') {
    const w = tokens[p]!.text.toLowerCase();
    if (!COPULA.test(w) && !VERB_GROUP.test(w) && !/^[a-z]{3,}ly$/.test(w)) break;
    p--;
  }
  return p + 1;
}

/** Where the verb group before the adjective at `k` starts, or -1 when it holds no copula. */
function copulaStart(tokens: Token[], k: number, lo: number): number {
  const v = verbGroupStart(tokens, k, lo);
  return tokens.slice(v, k).some((t) => COPULA.test(t.text.toLowerCase())) ? v : -1;
}

/**
 * The holder of the view: the copula's subject, or, when that is a pronoun opening a reported
 * clause ("officials said they were worried that …"), the reporting verb's subject, which the
 * pronoun stands for.
 */
function holder(tokens: Token[], v: number, lo: number, hi: number): TokenRange | null {
  const subject = speakerBefore(tokens, v, lo);
  if (!subject || !PRONOUNS.has(tokens[subject.first]!.text.toLowerCase())) return subject;
  let j = subject.first - 1;
  if (tokens[j]?.text.toLowerCase() === 'that') j--;
  const cue = j > lo ? cueAt(tokens, j, lo, hi) : null;
  return (cue && cue.end === (tokens[j + 1]?.text.toLowerCase() === 'that' ? j + 1 : subject.first) && speakerBefore(tokens, cue.first, lo)) || subject;
}

/** Where the complement opened by the linker at `k + 1` starts and ends. */
function complement(tokens: Token[], k: number, hi: number): { start: number; end: number } {
  const link = tokens[k + 1]!.text.toLowerCase();
  if (link === 'that') return { start: k + 2, end: contentEnd(tokens, k + 2, hi) };
  // "eager to run": the infinitive with its "to", as in verb cues, up to a second verb of the
  // subject's; "opposed to the plan": the object alone.
  if (link === 'to' && isVerbLike(tokens[k + 2]!)) return { start: k + 1, end: coordinatedEnd(tokens, k + 1, contentEnd(tokens, k + 1, hi)) };
  return { start: k + 2, end: objectEnd(tokens, k + 2, contentEnd(tokens, k + 2, hi)) };
}

/** Relative pronouns that stand for the subject of the clause they open. */
const RELATIVE = /^(?:which|who|that)$/i;

/**
 * The subject of an agentless passive whose verb group starts at `v`: the sentence's opening
 * phrase when nothing but words stand before it, a relative pronoun ("which is expected to"), or
 * the name or noun phrase right before the verb group.
 */
function passiveSubject(tokens: Token[], v: number, lo: number): TokenRange | null {
  if (v <= lo) return null;
  if (RELATIVE.test(tokens[v - 1]!.text)) return { first: v - 1, end: v };
  let first = lo;
  // "But the plan …", "Still, the plan …": an opening connective is the writer's.
  // "Although the plan …": a subordinating word opens the clause, not the subject.
  if (/^(?:but|and|yet|still|so|now|however|although|though|while|if|because|since|when|as)$/i.test(tokens[first]!.text)) first++;
  if (tokens[first]?.text === ',') first++;
  // "She said that the plan seems to …": the subject opens the reported clause.
  for (let j = v - 1; j > first; j--) {
    if (/^(?:that|whether|if)$/i.test(tokens[j]!.text)) {
      first = j + 1;
      break;
    }
  }
  for (let j = first; j < v; j++) if (cueAt(tokens, j, first, v, true)) return phraseEndingAt(tokens, v - 1, j + 1);
  if (v - first <= 15 && tokens.slice(first, v).every((t) => t.kind === 'word' || t.kind === 'number' || /^['’-]$/.test(t.text))) return first < v ? { first, end: v } : null;
  return phraseEndingAt(tokens, v - 1, lo);
}

/**
 * A view reported inside someone else's words: "experts say some judges are eager to …", "a report
 * found that the agency could not be sure that …", "… may be reluctant to act, Schiff said". The
 * report is the attribution; the view inside it is part of its content. (A pronoun subject, "she
 * said she was worried that …", stands for the reporter, and `holder` names it.)
 */
function insideReport(tokens: Token[], subject: TokenRange, end: number, lo: number, hi: number): boolean {
  let j = subject.first - 1;
  if (tokens[j]?.text.toLowerCase() === 'that') j--;
  if (j >= lo && cueAt(tokens, j, lo, hi, true)) return true;
  if (tokens[end]?.text !== ',') return false;
  for (let k = end + 1; k < Math.min(hi, end + 8); k++) if (cueAt(tokens, k, end + 1, hi)) return true;
  return false;
}

export function copularCandidates(doc: Doc): Candidate[] {
  const { tokens } = doc;
  const adjective = adjectives();
  const passive = passives();
  const out: Candidate[] = [];
  for (const s of doc.sentences) {
    const lo = s.firstToken;
    const hi = s.endToken;
    const push = (first: number, end: number, cue: Span, speaker: TokenRange | null) => {
      const c = content(tokens, first, end, 1);
      if (c) out.push({ start: tokens[c.first]!.start, end: tokens[c.end - 1]!.end, kind: 'indirect', attribution: { cue, speaker }, paragraph: s.paragraph, rule: 'copular' });
    };
    for (let k = lo + 1; k + 2 < hi; k++) {
      const word = tokens[k]!.text.toLowerCase();
      const link = tokens[k + 1]!.text.toLowerCase();
      if (!adjective.get(word)?.has(link) && !passive.get(word)?.has(link)) continue;
      const v = copulaStart(tokens, k, lo);
      if (v < 0) continue;
      const cue = { start: tokens[v]!.start, end: tokens[k + 1]!.end };
      if (adjective.get(word)?.has(link)) {
        const speaker = holder(tokens, v, lo, hi);
        if (!speaker) continue;
        const { start, end } = complement(tokens, k, hi);
        const subject = speakerBefore(tokens, v, lo);
        if (subject && !PRONOUNS.has(tokens[subject.first]!.text.toLowerCase()) && insideReport(tokens, subject, end, lo, hi)) continue;
        push(start, end, cue, speaker);
      } else if (passive.get(word)?.has(link) && !(link === 'to' && !isVerbLike(tokens[k + 2]!))) {
        // "He was accused of fraud": the subject and the complement make one content, with no source.
        const subject = passiveSubject(tokens, v, lo);
        if (!subject) continue;
        const { start, end } = complement(tokens, k, hi);
        push(subject.first, subject.end, cue, null);
        push(start, end, cue, null);
      }
    }
  }
  return out;
}
