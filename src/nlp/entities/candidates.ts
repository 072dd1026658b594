/**
 * Entity candidates: the recogniser's name spans, settled against knowledge-base matches
 * (countries, demonyms, capitals, organisations). Knowledge wins where it names the exact span
 * ("Russian" is a demonym, not MISC), the recogniser wins where its span is longer and contains
 * the match ("Canadian Islamic Congress to Iraq" stays one organisation).
 */
import type { NamedSpan, Segmentation, Token } from '../../core/types.js';
import { firstEndingAfter } from '../../core/spans.js';
import { actorKnowledge, countryOfToken, type CountryAliasKind, type OrgInfo } from './knowledge.js';

export interface Candidate {
  start: number;
  end: number;
  /** Index of the first and one-past-last token. */
  t0: number;
  t1: number;
  label: 'PER' | 'ORG' | 'GPE' | 'LOC' | 'MISC';
  country?: { iso3: string; kind: CountryAliasKind; possessive: boolean };
  org?: OrgInfo;
}

/** Greedy longest-match scan of the token stream against country and organisation forms. */
export function knowledgeMatches(text: string, tokens: Token[]): Candidate[] {
  const k = actorKnowledge();
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    if (!/^[\p{Lu}]/u.test(first.text) && !/^al-/.test(first.text)) continue;
    let matched = false;
    for (let n = Math.min(k.maxFormWords, tokens.length - i); n >= 1 && !matched; n--) {
      const last = tokens[i + n - 1]!;
      const surface = text.slice(first.start, last.end).replace(/\s+/g, ' ');
      // Well-known people (data/actors/people.tsv): full names, and unambiguous surnames.
      if (k.people.has(surface) && /^\p{Lu}/u.test(surface) && (n > 1 || (i > 0 && !/^[.!?"“]$/.test(tokens[i - 1]!.text)))) {
        out.push({ start: first.start, end: last.end, t0: i, t1: i + n, label: 'PER' });
        i += n - 1;
        matched = true;
        break;
      }
      const org = k.orgForms.get(surface);
      if (org) {
        out.push({ start: first.start, end: last.end, t0: i, t1: i + n, label: 'ORG', org });
        i += n - 1;
        matched = true;
        break;
      }
      const c = n === 1 ? countryOfToken(surface) : k.countryForms.get(surface) ? { ...k.countryForms.get(surface)!, possessive: false } : null;
      if (c) {
        // Leave out the possessive "'s" from the span: "Russia's" → "Russia".
        const end = c.possessive ? last.end - 2 : last.end;
        out.push({ start: first.start, end, t0: i, t1: i + n, label: 'GPE', country: c });
        i += n - 1;
        matched = true;
      }
    }
  }
  return out;
}

/**
 * Military units the recogniser misses because they open with a number: "201st Motorized
 * Division", "3rd Infantry Brigade". An ordinal, capitalised words, and a unit word that the
 * role table types as military.
 */
export function militaryUnits(text: string, tokens: Token[]): Candidate[] {
  const k = actorKnowledge();
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!/^\d+(?:st|nd|rd|th)$/.test(tokens[i]!.text)) continue;
    let j = i + 1;
    while (j < tokens.length && j - i <= 4 && /^\p{Lu}/u.test(tokens[j]!.text)) {
      const role = k.roles.get(tokens[j]!.text.toLowerCase());
      if (role?.type === 'MIL' && j > i + 1) {
        out.push({ start: tokens[i]!.start, end: tokens[j]!.end, t0: i, t1: j + 1, label: 'ORG' });
        break;
      }
      j++;
    }
  }
  void text;
  return out;
}

/** Token index range covering a character span. */
function tokenRange(tokens: Token[], start: number, end: number): [number, number] {
  let t0 = 0;
  while (t0 < tokens.length && tokens[t0]!.end <= start) t0++;
  let t1 = t0;
  while (t1 < tokens.length && tokens[t1]!.start < end) t1++;
  return [t0, t1];
}

/** Capitalised words that open a sentence before a name but are never part of it ("Despite Trump"). */
const LEADING_NOT_NAME = /^(?:Despite|Although|Though|After|Before|Since|Unlike|Like|Amid|Among|Without|Against|Following|During|Through|Under|Until|Because|Once|While|When|Whereas|If|But|And|Or|So|Yet|Still|Even|Only|Meanwhile|However|Also|Later|Earlier|Then|Now|Thus|Both|Asked|According|Speaking|Instead)$/;

/** Words that open a sentence with a capital but are never names on their own. */
const NOT_NAMES = /^(?:The|A|An|In|On|At|But|And|Or|If|As|It|He|She|They|We|I|This|That|These|Those|There|Their|His|Her|Its|Our|Upon|After|Before|Later|Also|Meanwhile|Shortly|While|When|With|From|For|By|To|Of|About|According|Talking|Protracted|Mr\.|Mrs\.|Ms\.|Dr\.)$/;

/**
 * Capitalised word sequences, as a fallback recogniser when no statistical model produced spans
 * (the model file missing, or an empty result on a long text). Labelled PER when two or more
 * words, else MISC; knowledge matches and role words refine them later.
 */
export function capitalisedSequences(text: string, seg: Segmentation): NamedSpan[] {
  const out: NamedSpan[] = [];
  const k = actorKnowledge();
  for (const s of seg.sentences) {
    let i = s.firstToken;
    while (i < s.endToken) {
      const t = seg.tokens[i]!;
      if (t.kind === 'word' && /^\p{Lu}/u.test(t.text) && !NOT_NAMES.test(t.text) && !k.roles.has(t.text.toLowerCase())) {
        let j = i + 1;
        while (j < s.endToken && seg.tokens[j]!.kind === 'word' && /^\p{Lu}/u.test(seg.tokens[j]!.text) && seg.tokens[j]!.start - seg.tokens[j - 1]!.end <= 1) j++;
        const span = { start: t.start, end: seg.tokens[j - 1]!.end };
        out.push({ ...span, label: j - i >= 2 ? 'PER' : 'MISC' });
        i = j;
      } else i++;
    }
  }
  void text;
  return out;
}

/** A word that is part of some role phrase ("Minister", "Deputy", "President"). */
export function isRoleWord(word: string): boolean {
  const w = word.toLowerCase();
  return roleWordSet().has(w);
}

let roleWords: Set<string> | null = null;
function roleWordSet(): Set<string> {
  if (!roleWords) {
    roleWords = new Set(['deputy', 'vice', 'acting', 'former', 'chief', 'senior', 'top', 'prime', 'foreign', 'defense', 'defence', 'interior', 'finance']);
    for (const p of actorKnowledge().roles.keys()) for (const w of p.split(/\s+/)) roleWords.add(w);
  }
  return roleWords;
}

/** Settles recogniser spans and knowledge matches into one non-overlapping candidate list. */
export function settleCandidates(text: string, tokens: Token[], named: NamedSpan[], kb: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const kbUsed = new Set<Candidate>();
  // Knowledge matches are sorted and never overlap: the ones near a span are found by binary search.
  const near = (from: number, to: number): Candidate[] => {
    const lo = firstEndingAfter(kb, from);
    const found: Candidate[] = [];
    for (let i = lo; i < kb.length && kb[i]!.start < to; i++) found.push(kb[i]!);
    return found;
  };
  const covered = new Set<number>();
  let skipUntil = -1;
  for (const n of named) {
    // Strip a trailing possessive from names: "Putin's" → "Putin".
    let end = n.end;
    let start = n.start;
    if (/['’]s$/.test(text.slice(start, end))) end -= 2;
    if (n.label === 'PER') {
      // Titles and demonyms the recogniser swallowed belong in front of the name, not in it:
      // "Russian President Vladimir Putin" → name "Vladimir Putin".
      const [a, b] = tokenRange(tokens, start, end);
      let i = a;
      while (i < b - 1 && (countryOfToken(tokens[i]!.text) || isRoleWord(tokens[i]!.text) || LEADING_NOT_NAME.test(tokens[i]!.text))) i++;
      start = tokens[i]!.start;
    }
    // A knowledge match that covers the recogniser's span names it better ("al-Qaida" inside "al-Qaida in Iraq").
    const around = near(Math.min(start, n.start), Math.max(end, n.end));
    if (around.some((c) => c.start <= start && c.end >= end && (c.org || c.country?.kind === 'name'))) continue;
    const inside = around.filter((c) => c.start >= n.start && c.end <= end);
    const exact = inside.find((c) => c.start === start && c.end === end);
    if (exact || (inside.length > 0 && n.label !== 'ORG' && n.label !== 'PER')) {
      // A country, demonym or organisation the knowledge base names exactly.
      continue;
    }
    if (start < skipUntil) continue;
    const [t0, t1first] = tokenRange(tokens, start, end);
    let t1 = t1first;
    if (t1 <= t0) continue;
    let label: Candidate['label'] = n.label === 'LOC' ? 'LOC' : n.label;
    // "Joint Chiefs (of Staff)": a name ending in a plural title is a body of office-holders, not a person.
    const lastWord = tokens[t1 - 1]!.text;
    if (label === 'PER' && /^\p{Lu}\p{Ll}+s$/u.test(lastWord) && isRoleWord(lastWord.slice(0, -1))) {
      label = 'ORG';
      if (tokens[t1]?.text === 'of' && /^\p{Lu}\p{Ll}/u.test(tokens[t1 + 1]?.text ?? '')) {
        let e = t1 + 1;
        while (tokens[e + 1] && /^\p{Lu}\p{Ll}/u.test(tokens[e + 1]!.text) && tokens[e + 1]!.start - tokens[e]!.end <= 1) e++;
        end = tokens[e]!.end;
        skipUntil = end;
      }
    }
    if (end !== n.end && end > tokens[t1 - 1]!.end) t1 = tokenRange(tokens, start, end)[1];
    const cand: Candidate = { start, end, t0, t1, label };
    const countryInside = inside.find((c) => c.country);
    if (countryInside?.country && label === 'ORG') cand.country = countryInside.country;
    for (const c of inside) kbUsed.add(c);
    out.push(cand);
    for (let i = cand.start; i < cand.end; i++) covered.add(i);
  }
  for (const c of kb) {
    if (kbUsed.has(c)) continue;
    let overlaps = false;
    for (let i = c.start; i < c.end && !overlaps; i++) overlaps = covered.has(i);
    if (overlaps) continue;
    out.push(c);
  }
  return out.sort((a, b) => a.start - b.start);
}
