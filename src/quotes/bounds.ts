/**
 * Attribution scope: where a reported content ends. The finders stop a content at the sentence
 * end or at a following attribution; news sentences often run on with the writer's own words,
 * which PolNeAR leaves out of the Content. After an object or an infinitive ("condemned the
 * launch", "agreed to lend him $5 million") the tail is cut at
 *   dash            "… to release his returns -- a promise he has not kept";
 *   relative        "… pardon the clerk, who has not been charged" (a comma and who/which/where);
 *   newClause       "…, and the union also stepped in": "and"/"but" before a clause of its own;
 *   adverbial       "… as Pyongyang fired three missiles": a subordinate clause with its own subject;
 *   coordinatedVerb "… a veto and attempted to …": the source's next verb;
 *   outerVerb       "the reason he refuses to show his returns may be …": the sentence's own verb.
 * A that-clause is the source's proposition whole: PolNeAR keeps its relative clauses, dashes
 * and coordinated clauses, so for clauses only a new attribution ("…, and rights groups warned
 * that") ends it. Any content also ends at
 *   fronted         "While calling for X, Clinton restricted …": the main clause after a fronted cue;
 *   participle      "…, implicitly putting his name on the line", "…, with a poll showing …".
 * Word lists: `data/quotes/content-ends.tsv`.
 */
import type { Token } from '../core/types.js';
import { readTsv } from '../core/data-dir.js';
import type { Candidate } from './candidate.js';
import { overlapping, sentenceOf, tokenFrom, type Doc } from './context.js';
import { cueAt } from './cues.js';
import { AUXILIARY, IRREGULAR_PAST, content, looksLikeClause } from './indirect.js';
import { DETERMINERS } from './lexicon.js';
import type { QuotedRegion } from './marks.js';
import { isCap } from './speaker-span.js';

interface EndWords {
  relative: Set<string>;
  subordinator: Set<string>;
  adverb: Set<string>;
}

let cached: EndWords | null = null;
function endWords(): EndWords {
  if (cached) return cached;
  const rows = readTsv('quotes', 'content-ends.tsv');
  const of = (kind: string) => new Set(rows.filter((r) => r['kind'] === kind).map((r) => (r['word'] ?? '').toLowerCase()));
  cached = { relative: of('relative'), subordinator: of('subordinator'), adverb: of('adverb') };
  return cached;
}

const lower = (t: Token | undefined) => t?.text.toLowerCase() ?? '';

/** What the content is: a finite clause, a to-infinitive, or a noun phrase (with complements). */
type Shape = 'clause' | 'infinitive' | 'object';

function shapeOf(tokens: Token[], first: number, end: number): Shape {
  const w = tokens[first]?.text.toLowerCase() ?? '';
  if (tokens[first - 1]?.text.toLowerCase() === 'that' || /^(?:whether|how|what|why|if)$/.test(w)) return 'clause';
  if (w === 'to' || ((w === 'not' || w === 'never') && tokens[first + 1]?.text.toLowerCase() === 'to')) return 'infinitive';
  // Only the part before a coordinator: in "promised a veto and attempted to …" the verb after
  // "and" is the source's, not the content's.
  let main = first;
  while (main < end && !/^(?:and|but|yet)$/.test(lower(tokens[main]))) main++;
  return looksLikeClause(tokens, first, main) ? 'clause' : 'object';
}


/** A finite verb: an auxiliary, a past form, or a present "-s" form. */
function finiteVerb(t: Token | undefined, plural: boolean, next = ''): boolean {
  if (!t || t.kind !== 'word' || !/^\p{Ll}/u.test(t.text)) return false;
  const w = t.text.toLowerCase();
  if (AUXILIARY.test(w) || IRREGULAR_PAST.has(w) || /^(?:didn't|doesn't|wasn't|weren't|hasn't|haven't|won't|can't|isn't|aren't)$/.test(w)) return true;
  if (/^\p{Ll}{3,}ed$/u.test(t.text)) return true;
  // "creditors look to …": a plural subject takes the bare form, here before an object or "to".
  if (plural) return !/ing$/.test(w) && !CLOSED_CLASS.test(w) && !DETERMINERS.has(w) && !PREPOSITION.test(w) && (next === 'to' || DETERMINERS.has(next) || /^(?:him|her|them|us|it)$/.test(next));
  // "the company pays its workers", not "EB-5 investments in …": an "-s" verb before its object.
  return /^\p{Ll}+[^s']s$/u.test(t.text) && (DETERMINERS.has(next) || /^(?:to|him|her|them|us|it|that|no|not)$/.test(next) || /ly$/.test(next));
}

const PREPOSITION = /^(?:about|into|over|under|after|before|against|than|like|through|across|around|without|within|between|among|per|via|during|since|until|up|out|off|down|not|no)$/;
const CLOSED_CLASS = /^(?:to|of|for|in|on|at|by|with|from|as|and|or|but|that|which|who|whom|whose|when|where|while|if|because|he|she|it|they|we|i|you|him|them|us)$/;

/**
 * The finite verb of a clause opening at token `k`, or -1: a subject (pronoun, name, determiner
 * phrase, bare plural phrase) and a finite verb after it.
 */
function clauseVerb(tokens: Token[], k: number, hi: number): number {
  const w = lower(tokens[k]);
  const skipAdverbs = (a: number) => {
    while (a < hi && endWords().adverb.has(lower(tokens[a]))) a++;
    return a;
  };
  let v = -1;
  let plural = false;
  if (/^(?:he|she|it|i)$/.test(w)) v = k + 1;
  else if (/^(?:they|we|you)$/.test(w)) { v = k + 1; plural = true; }
  else if (isCap(tokens[k]) && !DETERMINERS.has(w)) {
    v = k;
    while (v < hi && v - k < 5 && (isCap(tokens[v]) || /^['’]s$/.test(tokens[v]!.text))) v++;
  } else if (DETERMINERS.has(w) || /^\p{Ll}+$/u.test(tokens[k]?.text ?? '')) {
    // "the coal miners' union also stepped in", "human rights groups warned": a noun phrase of
    // nouns and adjectives, then a finite verb; without a determiner the phrase is plural.
    if (w === 'that' || CLOSED_CLASS.test(w)) return -1;
    const bare = !DETERMINERS.has(w);
    for (let j = k + 1; j < Math.min(hi, k + 6); j++) {
      const t = tokens[j - 1]!;
      // Only nouns and adjectives between: "a reason to act", "a way he could" are no subjects.
      if ((t.kind === 'punct' && !/^['’]$/.test(t.text)) || /ly$/.test(t.text) || CLOSED_CLASS.test(t.text.toLowerCase()) || (j > k + 1 && DETERMINERS.has(lower(t)))) return -1;
      if (j === k + 1 && !bare) continue;
      const head = /^\p{Ll}{2,}[^su']s$/u.test(t.text) && !/(?:ous|ness|less)$/.test(lower(t));
      if (bare && !head) continue;
      const a = skipAdverbs(j);
      if (finiteVerb(tokens[a], bare, lower(tokens[a + 1])) && !/^\p{Ll}+[^s']s$/u.test(tokens[a]!.text)) return a;
    }
    return -1;
  }
  if (v <= k || v >= hi) return -1;
  v = skipAdverbs(v);
  return finiteVerb(tokens[v], plural, lower(tokens[v + 1])) ? v : -1;
}

function opensClause(tokens: Token[], k: number, hi: number): boolean {
  return clauseVerb(tokens, k, hi) >= 0;
}

/** A dash between words ("—", "―", "–", or a hyphen or "--" with spaces around it). */
function isDash(tokens: Token[], j: number): boolean {
  const t = tokens[j]!;
  if (/^(?:—|―|–|--)$/.test(t.text)) return true;
  if (t.text !== '-') return false;
  const prev = tokens[j - 1];
  const next = tokens[j + 1];
  return (!!prev && prev.end < t.start) || (next?.text === '-' && next.start === t.end);
}

/** Where the content sits: its sentence's first token, its cue's first token, the finder's rule. */
interface Setting {
  lo: number;
  cue: number;
  rule: string;
}

type Rule = (tokens: Token[], first: number, end: number, shape: Shape, at: Setting) => number;

/** "… to release his returns -- a promise he has not kept": a dash ends it, unless a second dash closes an aside. */
const dash: Rule = (tokens, first, end, shape) => {
  // "said the deal had helped him - starting his plan to …": after a clause, the aside is still
  // the source's.
  if (shape === 'clause') return -1;
  const dashes: number[] = [];
  for (let j = first + 1; j < end; j++) if (isDash(tokens, j) && !isDash(tokens, j - 1)) dashes.push(j);
  return dashes.length === 1 && dashes[0]! >= first + 3 ? dashes[0]! : -1;
};

/** Words that resume a content after an aside: "to", and the complement prepositions of stances ("accused X of", "blamed X for", "described X as"). */
const RESUMING = /^(?:to|of|for|as)$/;

/** "… pardon the clerk, who has not been charged": a relative clause after a comma that runs to the end. */
const relative: Rule = (tokens, first, end, shape) => {
  // "said the plan, which he opposes, had failed" / "knows there are people who …": a clause's
  // own relative clauses are as much the source's words as the rest of it.
  if (shape === 'clause') return -1;
  for (let j = first + 2; j + 1 < end; j++) {
    if (tokens[j]!.text !== ',' || !endWords().relative.has(lower(tokens[j + 1]))) continue;
    // "to form a task force, which would include the army, to crack down on …", "accused Dale,
    // who was born abroad, of hiding …": a later comma closes the relative clause and the content
    // resumes (a verb, "to", or a stance's complement preposition).
    for (let m = j + 2; m + 1 < end; m++) if (tokens[m]!.text === ',' && (finiteVerb(tokens[m + 1], false) || RESUMING.test(lower(tokens[m + 1])))) return -1;
    return j;
  }
  return -1;
};

/** "… lend him $5 million, and the union also stepped in": "and"/"but" before a clause of its own. */
const newClause: Rule = (tokens, first, end, shape) => {
  // "said taxes would rise, and the deficit would fall": both clauses are the source's.
  if (shape === 'clause') return -1;
  for (let j = first + 2; j + 1 < end; j++) {
    const w = lower(tokens[j]);
    if (w !== 'and' && w !== 'but') continue;
    const comma = tokens[j - 1]?.text === ',';
    // "Lee and Kim had agreed": two names joined in one subject.
    if (!comma && isCap(tokens[j - 1]) && isCap(tokens[j + 1])) continue;
    if (opensClause(tokens, j + 1, end)) return comma ? j - 1 : j;
  }
  return -1;
};

/** "condemned the launch as Pyongyang fired missiles": after an object or infinitive, a subordinate clause. */
const adverbial: Rule = (tokens, first, end, shape) => {
  if (shape === 'clause') return -1;
  for (let j = first + 1; j + 1 < end; j++) {
    if (!endWords().subordinator.has(lower(tokens[j])) || !opensClause(tokens, j + 1, end)) continue;
    // "such as", "as well as", "so-called": not a subordinate clause.
    if (/^(?:such|well|so|just)$/.test(lower(tokens[j - 1])) || tokens[j + 1]?.text === '-') continue;
    return tokens[j - 1]?.text === ',' ? j - 1 : j;
  }
  return -1;
};

/** "has promised a veto and attempted to …": after an object or infinitive, the source's next verb. */
const coordinatedVerb: Rule = (tokens, first, end, shape) => {
  if (shape === 'clause') return -1;
  for (let j = first + 1; j + 1 < end; j++) {
    const w = lower(tokens[j]);
    if (w !== 'and' && w !== 'but' && w !== 'yet') continue;
    // "the tweets in which he called her names and mocked …": the verb may be the inner clause's.
    if (tokens.slice(first, j).some((t) => /^(?:which|who|whom|that|he|she|they|we|i)$/i.test(t.text))) return -1;
    let k = j + 1;
    while (k < end && endWords().adverb.has(lower(tokens[k]))) k++;
    const v = tokens[k];
    if (!v || k >= end || !/^\p{Ll}/u.test(v.text)) continue;
    const vw = v.text.toLowerCase();
    if (AUXILIARY.test(vw) || IRREGULAR_PAST.has(vw) || /^\p{Ll}{3,}ed$/u.test(v.text) || /^(?:didn't|doesn't|wasn't|hasn't|won't|refuses|says|wants)$/.test(vw)) return tokens[j - 1]?.text === ',' ? j - 1 : j;
  }
  return -1;
};

/**
 * "While calling for bonuses to be clawed back, Clinton restricted …" / "Asked about the raid,
 * she said …": a cue in a fronted subordinate or participle clause; its content ends at the
 * comma before the sentence's main clause.
 */
const fronted: Rule = (tokens, first, end, _shape, at) => {
  const opener = lower(tokens[at.lo]);
  const subordinate = endWords().subordinator.has(opener) || (opener === 'now' && lower(tokens[at.lo + 1]) === 'that');
  const participle = at.cue === at.lo && /^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(tokens[at.lo]?.text ?? '');
  if (!subordinate && !participle) return -1;
  if (tokens.slice(at.lo, at.cue).some((t) => t.text === ',')) return -1;
  for (let j = first + 1; j + 1 < end; j++) {
    const w = lower(tokens[j]);
    // "… that if the bill passes, prices will rise": the content's own subordinate clause.
    if (endWords().subordinator.has(w) && w !== 'so') return -1;
    if (tokens[j]!.text === ',' && opensClause(tokens, j + 1, end)) return j;
  }
  return -1;
};

/**
 * "Her determination to act alone inflamed critics" / "the reason he refuses to show his returns
 * may be …": an infinitive holds no finite verb of its own (outside a clause it opens with "who",
 * "what", "while" …), so an auxiliary after its words belongs to the sentence around the cue; after
 * a noun cue, which is often the subject, a past verb does too.
 */
const outerVerb: Rule = (tokens, first, end, shape, at) => {
  if (shape !== 'infinitive') return -1;
  const noun = at.rule === 'noun';
  for (let j = first + 1; j < end; j++) {
    const t = tokens[j]!;
    const prev = lower(tokens[j - 1]);
    // "the decision to meet him while the inquiry was open": the verb of a clause inside it.
    if (endWords().subordinator.has(lower(t)) || endWords().relative.has(lower(t)) || /^(?:what|whatever|how|why|whether|if|that)$/.test(lower(t))) return -1;
    if (j < first + 3 || /^(?:to|and|or|but|who|which|that|not|he|she|it|they|we|i|you)$/.test(prev) || tokens[j - 1]!.kind === 'punct') continue;
    const w = t.text.toLowerCase();
    if (/^\p{Ll}/u.test(t.text) && (AUXILIARY.test(w) || (noun && (IRREGULAR_PAST.has(w) || /^\p{Ll}{3,}ed$/u.test(t.text))))) return j;
  }
  return -1;
};

/**
 * "…, implicitly putting his name on the line" / "…, with a second poll showing her ahead": a
 * participle clause after a comma (with an adverb, or an absolute "with" phrase) is the writer's.
 */
const participle: Rule = (tokens, first, end, shape) => {
  for (let j = first + 2; j + 2 < end; j++) {
    if (tokens[j]!.text !== ',') continue;
    const w = lower(tokens[j + 1]);
    if (/^\p{Ll}+ly$/u.test(w) && /^\p{Ll}{3,}ing$/u.test(tokens[j + 2]!.text)) return j;
    if (w === 'with' && shape !== 'clause') {
      for (let m = j + 2; m < Math.min(end, j + 7); m++) {
        if (tokens[m]!.kind === 'punct') break;
        if (/^\p{Ll}{3,}ing$/u.test(tokens[m]!.text) && m > j + 2) return j;
      }
    }
  }
  return -1;
};

/**
 * "… said the reforms were incomplete, and rights groups warned that …": even in a reported
 * clause, "and"/"but" before a new subject with a reporting verb opens another attribution.
 */
const newAttribution: Rule = (tokens, first, end, shape, at) => {
  if (shape !== 'clause') return -1;
  for (let j = first + 2; j + 1 < end; j++) {
    const w = lower(tokens[j]);
    if (w !== 'and' && w !== 'but') continue;
    const v = clauseVerb(tokens, j + 1, end);
    const cue = v >= 0 ? cueAt(tokens, v, at.lo, end, true) : null;
    if (cue && cue.form.kind !== 'belief') return tokens[j - 1]?.text === ',' ? j - 1 : j;
  }
  return -1;
};

const RULES: Rule[] = [dash, relative, newClause, adverbial, coordinatedVerb, fronted, outerVerb, participle, newAttribution];

/** Forward contents (after their cue) trimmed to where the writer's words begin. */
export function trimContentEnds(doc: Doc, cands: Candidate[], regions: QuotedRegion[]): Candidate[] {
  const { tokens } = doc;
  return cands.map((c) => {
    if (c.kind !== 'indirect' || !c.attribution || c.start < c.attribution.cue.end) return c;
    const first = tokenFrom(tokens, c.start);
    const end = tokenFrom(tokens, c.end);
    const shape = shapeOf(tokens, first, end);
    const setting = { lo: sentenceOf(doc, c.start)?.firstToken ?? 0, cue: tokenFrom(tokens, c.attribution.cue.start), rule: c.rule };
    let cut = end;
    for (const rule of RULES) {
      const j = rule(tokens, first, end, shape, setting);
      if (j > first && j < cut) cut = j;
    }
    if (cut === end) return c;
    // "suggested a way to pay: draw on savings while you can": after a colon the content is a clause.
    if (tokens.slice(first, cut).some((t) => t.text === ':')) return c;
    // Never inside a quotation: the quoted words are the speaker's.
    const at = tokens[cut]!.start;
    if (overlapping(regions, at, at + 1).some((r) => r.open < at && at < (r.close ?? r.end))) return c;
    const kept = content(tokens, first, cut, 2);
    return kept ? { ...c, end: tokens[kept.end - 1]!.end } : c;
  });
}
