/**
 * Toponym candidates: spans of the article that may name a place, each with its gazetteer senses.
 * Sources, in order: the recogniser's LOC spans; gazetteer matches over runs of capitalised tokens
 * (longest match first); US state abbreviations after a comma ("Alexandria, La.").
 * Filters (refiners) then drop what is more likely an ordinary word or a person.
 */
import type { NamedSpan, Segmentation, Token } from '../core/types.js';
import { firstEndingAfter, firstStartingAt } from '../core/spans.js';
import { lookup, lookupGeminate, lookupLoose, admin1Entry, type GazEntry } from './gazetteer.js';
import { isCommonWord, isEnglishWord, usStateFromAbbreviation } from './lexicon.js';
import { adjectiveSenses } from './adjectives.js';
import { compactKey, stripRegionWord } from './names.js';

export interface Candidate {
  start: number;
  end: number;
  text: string;
  senses: GazEntry[];
  /** `ner`: a recogniser LOC span; `gazetteer`: exact name; `loose`: other romanisation;
   *  `abbrev`: state abbreviation; `adjective`: "Georgian", "Iraqis". */
  source: 'ner' | 'gazetteer' | 'loose' | 'abbrev' | 'adjective';
  /** Senses of another romanisation beside an exact match ("Mansoura": Mansoûra, Algeria, by
   *  name; Al Manşūrah, Egypt, by skeleton); weighed only when no exact sense lies in a country the
   *  article is about, and then only those inside one. */
  romanised?: GazEntry[];
  /** Index of the token where the candidate starts. */
  token: number;
  /** Index one past its last token. */
  endToken: number;
}

/** Lower-case words that may sit inside a multi-word place name ("Bosnia and Herzegovina"). */
const CONNECTORS = new Set(['of', 'and', 'de', 'del', 'la', 'le', 'du', 'da', 'upon', 'on', 'the', 'al', 'el']);
/** Modifiers that may precede a place name inside a capitalised run ("Northern Alexandria"). */
const MODIFIERS = new Set(['metropolitan', 'northeast', 'northwest', 'southeast', 'southwest', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'downtown', 'greater', 'upper', 'lower', 'metro', 'rural', 'suburban', 'inner', 'outer']);
const MAX_NAME_TOKENS = 6;
/** Prepositions after which a name is a location rather than a person. */
const LOCATIVE = new Set(['in', 'into', 'at', 'near', 'outside', 'inside', 'around']);
/** A city at least this large after a locative preposition outweighs the recogniser's PER tag. */
const LOCATED_CITY_MIN_POPULATION = 100_000;
const ARTICLES = new Set(['The', 'A', 'An', 'THE']);
const STREET_WORDS = new Set([
  'Street', 'St.', 'St', 'Avenue', 'Ave.', 'Ave', 'Road', 'Rd.', 'Rd', 'Boulevard', 'Blvd.', 'Blvd', 'Lane', 'Ln.', 'Drive',
  'Highway', 'Hwy.', 'Parkway', 'Pkwy.', 'Pike', 'Trail', 'Circle', 'Cir.', 'Terrace', 'Alley', 'Turnpike', 'Expressway', 'Freeway',
]);

/** Spans sorted by start with the running maximum of their ends: "does any span overlap [a, b)?"
 *  in O(log n) (the spans with start < b are a prefix; one of them overlaps iff its max end > a). */
class SpanIndex<T extends { start: number; end: number }> {
  private readonly spans: T[];
  private readonly maxEnd: number[];
  private readonly maxLen: number;
  constructor(spans: readonly T[]) {
    this.spans = [...spans].sort((x, y) => x.start - y.start);
    this.maxEnd = [];
    let m = -Infinity;
    let len = 0;
    for (const sp of this.spans) {
      m = Math.max(m, sp.end);
      len = Math.max(len, sp.end - sp.start);
      this.maxEnd.push(m);
    }
    this.maxLen = len;
  }
  /** Number of spans with start < b. */
  private before(b: number): number {
    return firstStartingAt(this.spans, b);
  }
  /** Does some span overlap [a, b) (and satisfy `pred`, when given)? */
  overlaps(a: number, b: number, pred?: (sp: T) => boolean): boolean {
    const n = this.before(b);
    if (n === 0 || this.maxEnd[n - 1]! <= a) return false;
    if (!pred) return true;
    // Only spans starting after a - maxLen can reach past a.
    for (let k = n - 1; k >= 0 && this.spans[k]!.start > a - this.maxLen - 1; k--) {
      const sp = this.spans[k]!;
      if (sp.end > a && pred(sp)) return true;
    }
    return false;
  }
}

function isCapitalised(t: Token): boolean {
  return t.kind === 'word' && /^\p{Lu}/u.test(t.text);
}

/** Surface of tokens i..j-1 without a possessive ending; its end offset. */
function surface(text: string, tokens: Token[], i: number, j: number): { text: string; end: number } {
  let end = tokens[j - 1]!.end;
  let s = text.slice(tokens[i]!.start, end);
  const m = /['’]s?$/.exec(s);
  if (m && s.length > m[0].length + 1) {
    s = s.slice(0, -m[0].length);
    end -= m[0].length;
  }
  return { text: s, end };
}

/** Runs of capitalised tokens inside each sentence (connectors allowed between capitals). */
function capitalisedRuns(seg: Segmentation): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const sent of seg.sentences) {
    let i = sent.firstToken;
    while (i < sent.endToken) {
      if (!isCapitalised(seg.tokens[i]!)) { i++; continue; }
      let j = i + 1;
      while (j < sent.endToken) {
        const t = seg.tokens[j]!;
        const adjacentPrev = t.start - seg.tokens[j - 1]!.end <= 1;
        if (!adjacentPrev) break;
        if (isCapitalised(t)) { j++; continue; }
        // An initial ("Daniel E. Jones"): a capital letter and its dot stay in the run.
        if (t.text === '.' && /^\p{Lu}$/u.test(seg.tokens[j - 1]!.text)) { j++; continue; }
        const next = seg.tokens[j + 1];
        if (CONNECTORS.has(t.text) && next && j + 1 < sent.endToken && isCapitalised(next)) { j += 2; continue; }
        break;
      }
      runs.push([i, j]);
      i = j;
    }
  }
  return runs;
}

function senseLookup(name: string): { senses: GazEntry[]; loose: boolean; romanised?: GazEntry[]; near?: boolean } {
  const exact = lookup(name);
  if (exact.length > 0) {
    // One long foreign word spelt exactly as a town somewhere may be another romanisation of a
    // better-known town ("Mansoura" is a town in Algeria by name and Al Manşūrah, Egypt, by skeleton).
    if (name.length < 6 || /[\s-]/.test(name.trim()) || isEnglishWord(name) || isCommonWord(name) || adjectiveSenses(name).length > 0) return { senses: exact, loose: false };
    const romanised = lookupLoose(name).filter((e) => e.kind === 'city' && !exact.includes(e));
    return romanised.length > 0 ? { senses: exact, loose: false, romanised } : { senses: exact, loose: false };
  }
  if (name.length < 5 || /\s/.test(name.trim()) && name.split(/\s+/).length > 2) return { senses: [], loose: false };
  // The same letters but a doubled one ("Tal Afar", GeoNames "Tall ‘Afar"): another romanisation,
  // close enough that its words may be English ones ("afar").
  const geminate = lookupGeminate(name);
  if (geminate.length > 0) return { senses: geminate, loose: true, near: true };
  // "Georgian", "Russian" are adjectives, not other spellings of some town.
  if (adjectiveSenses(name).length > 0) return { senses: [], loose: false };
  if (name.split(/\s+/).some((w) => isEnglishWord(w) || isCommonWord(w))) return { senses: [], loose: false };
  return { senses: lookupLoose(name), loose: true };
}

/** Gazetteer matches inside one run: longest first, only at the run start, after a connector,
 *  a modifier or another match (never after an unmatched capitalised word: "Michael Jordan"). */
function matchRun(text: string, tokens: Token[], from: number, to: number, out: Candidate[], unmatchedTails: Set<string>): void {
  let i = from;
  let allowed = true;
  let matchedAny = false;
  while (i < to) {
    const t = tokens[i]!;
    if (!isCapitalised(t)) { allowed = CONNECTORS.has(t.text); i++; continue; }
    let found: Candidate | null = null;
    // An article opening the run is not part of the name ("The City Council").
    if (ARTICLES.has(t.text) && i + 1 < to) { i++; continue; }
    // A direction word before a capital ("Northeast Georgia", "East Texas") is a modifier unless
    // it starts a longer name ("West Virginia", "South Ossetia").
    const modifierHere = MODIFIERS.has(t.text.toLowerCase()) && i + 1 < to && isCapitalised(tokens[i + 1]!);
    if (allowed) {
      for (let j = Math.min(to, i + MAX_NAME_TOKENS); j > (modifierHere ? i + 1 : i); j--) {
        if (!isCapitalised(tokens[j - 1]!)) continue;
        const s = surface(text, tokens, i, j);
        const { senses, loose, romanised, near } = senseLookup(s.text);
        if (senses.length === 0) continue;
        // Another romanisation only for a whole run of one long word ("Kulyab", not "French Quarter");
        // a name spelt as the place's but for a doubled letter may have two words and stand anywhere
        // in the run ("Tal Afar on Sunday" is Tall ‘Afar, not "Tal" by its first word).
        if (near ? j - i > 2 || s.text.length < 6 : loose && (i !== from || j !== to || j - i > 1 || s.text.length < 6)) continue;
        found = { start: t.start, end: s.end, text: s.text, senses, source: loose ? 'loose' : 'gazetteer', token: i, endToken: j, ...(romanised ? { romanised } : {}) };
        break;
      }
    }
    if (found) {
      const county = countyOf(text, tokens, found, to);
      if (county) found = county;
      // A town name followed by a capitalised word that is not an ordinary word is a first
      // name ("Chris Webb", "Paris Hilton"); followed by "Police" or "County" it is the place.
      const next = tokens[found.endToken];
      const personLike =
        found.endToken < to && next !== undefined && isCapitalised(next) && !isEnglishWord(next.text) &&
        found.endToken - found.token === 1 && found.senses.every((e) => e.kind === 'city') &&
        lookup(next.text).length === 0;
      if (personLike) {
        unmatchedTails.add(tokens[to - 1]!.text.replace(/['’]s?$/, ''));
        i = to;
        continue;
      }
      out.push(found);
      matchedAny = true;
      i = found.endToken;
      allowed = CONNECTORS.has(tokens[i]?.text ?? '') || tokens[i]?.text === ',';
    } else {
      allowed = MODIFIERS.has(t.text.toLowerCase());
      i++;
    }
  }
  // A run of two or three capitalised words with no place in it is likely a person's name:
  // its last word ("Jackson" in "Jesse Jackson") is not a place elsewhere in the article.
  const words = tokens.slice(from, to).filter((t) => t.kind === 'word');
  if (!matchedAny && words.length >= 2 && words.length <= 4 && words.every(isCapitalised)) {
    unmatchedTails.add(tokens[to - 1]!.text.replace(/['’]s?$/, ''));
  }
}

/** A single ordinary word ("Council", "Mobile") names a place only if some sense is this large. */
const ENGLISH_WORD_MIN_POPULATION = 1_000_000;
/** The same when the recogniser tagged the word LOC ("Buffalo"). */
const RECOGNISED_WORD_MIN_POPULATION = 50_000;
/** A town named like a person of the article is read as the person unless this large. */
const SURNAME_MAX_POPULATION = 200_000;

function cityOnly(c: Candidate): boolean {
  return c.senses.every((e) => e.kind === 'city');
}
function maxPopulation(c: Candidate): number {
  return c.senses.reduce((m, e) => Math.max(m, e.population), 0);
}

/** Words that turn a town's name into its county's ("Laurel County", "Rapides Parish"). */
const COUNTY_WORDS = new Set(['County', 'Parish', 'Borough']);

/** Senses of "X County" when the gazetteer has no county: the towns named X in the US, read as
 *  their county (a county is usually named after, or lies near, its namesake town). */
export function countySenses(townSenses: GazEntry[], name: string): GazEntry[] {
  return townSenses
    .filter((e) => e.kind === 'city' && e.cc === 'US')
    .map((e) => ({ ...e, geonameId: null, name, featureCode: 'ADM2', kind: 'admin' as const, population: Math.max(e.population, 10_000) }));
}

function countyOf(text: string, tokens: Token[], c: Candidate, to: number): Candidate | null {
  const next = tokens[c.endToken];
  if (!next || c.endToken >= to || !COUNTY_WORDS.has(next.text) || c.end !== tokens[c.endToken - 1]!.end) return null;
  const name = text.slice(c.start, next.end);
  const senses = countySenses(c.senses, name);
  if (senses.length === 0) return null;
  return { ...c, end: next.end, text: name, senses, endToken: c.endToken + 1 };
}

/** A name without leading direction words and a trailing region word ("South Waziristan Agency" → "Waziristan"). */
function coreName(s: string): string {
  const words = s.split(/\s+/);
  while (words.length > 1 && MODIFIERS.has(words[0]!.toLowerCase())) words.shift();
  const rest = words.join(' ');
  const stripped = stripRegionWord(rest.replace(/\s+(?:Agency|Area|Division)$/, ''));
  return stripped || rest;
}

export interface CandidateOptions {
  named: NamedSpan[];
  /** Spans known to be people (recogniser PER spans, PERSON entity mentions). */
  people: Array<{ start: number; end: number }>;
  /** Also read adjectives and demonyms of places ("Georgian") as mentions. */
  adjectives?: boolean;
}

/** Places inside hyphenated words ("Egyptian-US relations", "Kansas-Nebraska"): countries,
 *  regions and large cities only (and adjectives when asked). */
function findHyphenParts(text: string, seg: Segmentation, taken: Candidate[], adjectives: boolean): Candidate[] {
  const out: Candidate[] = [];
  const takenIndex = new SpanIndex(taken);
  seg.tokens.forEach((t, i) => {
    if (t.kind !== 'word' || !t.text.includes('-') || takenIndex.overlaps(t.start, t.end)) return;
    let offset = t.start;
    for (const part of t.text.split('-')) {
      const start = offset;
      offset += part.length + 1;
      if (!/^\p{Lu}/u.test(part) || part.length < 2) continue;
      let senses = lookup(part).filter((e) => e.kind !== 'city' || e.population >= 100_000 || e.featureCode === 'PPLC');
      let source: Candidate['source'] = 'gazetteer';
      if (senses.length === 0 && adjectives) {
        senses = adjectiveSenses(part);
        source = 'adjective';
      }
      if (senses.length === 0 || (isEnglishWord(part) && !/^\p{Lu}+$/u.test(part))) continue;
      out.push({ start, end: start + part.length, text: part, senses, source, token: i, endToken: i + 1 });
    }
  });
  return out;
}

/** Adjectival mentions in capitalised tokens not yet covered ("South Ossetian" before "Ossetian"). */
function findAdjectives(text: string, seg: Segmentation, taken: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const takenIndex = new SpanIndex(taken);
  // `out` grows left to right without overlaps: only its last span can reach past a.
  const free = (a: number, b: number) => {
    const last = out[out.length - 1];
    return !takenIndex.overlaps(a, b) && !(last && last.start < b && a < last.end);
  };
  const toks = seg.tokens;
  for (let i = 0; i < toks.length; i++) {
    for (const n of [2, 1]) {
      const j = i + n;
      if (j > toks.length || !toks.slice(i, j).every(isCapitalised)) continue;
      if (n === 2 && toks[i + 1]!.start - toks[i]!.end > 1) continue;
      const start = toks[i]!.start;
      const end = toks[j - 1]!.end;
      if (!free(start, end)) continue;
      const senses = adjectiveSenses(text.slice(start, end));
      if (senses.length === 0) continue;
      out.push({ start, end, text: text.slice(start, end), senses, source: 'adjective', token: i, endToken: j });
      i = j - 1;
      break;
    }
  }
  return out;
}

/** Names listed before a plural county word ("Barrow, Jackson and Madison counties"): the US
 *  counties so named (no candidate when the gazetteer has no such county). */
function findCountyLists(text: string, seg: Segmentation): Candidate[] {
  const out: Candidate[] = [];
  const toks = seg.tokens;
  for (let i = 1; i < toks.length; i++) {
    const w = toks[i]!.text.toLowerCase();
    if (w !== 'counties' && w !== 'parishes') continue;
    const word = w === 'counties' ? 'County' : 'Parish';
    const found: Candidate[] = [];
    let j = i;
    for (;;) {
      // One or two capitalised words before position j.
      let a = j;
      while (a > 0 && j - a < 2 && isCapitalised(toks[a - 1]!) && toks[a]!.start - toks[a - 1]!.end <= 1) a--;
      if (a === j) break;
      const start = toks[a]!.start;
      const end = toks[j - 1]!.end;
      const senses = lookup(`${text.slice(start, end)} ${word}`).filter((e) => e.kind === 'admin' && e.featureCode === 'ADM2');
      if (senses.length === 0) break;
      found.push({ start, end, text: text.slice(start, end), senses, source: 'gazetteer', token: a, endToken: j });
      // Separators: ",", "and", ", and", "or".
      let b = a;
      if (b > 0 && (toks[b - 1]!.text === 'and' || toks[b - 1]!.text === 'or')) b--;
      if (b > 0 && toks[b - 1]!.text === ',') b--;
      if (b === a) break;
      j = b;
    }
    out.push(...found.reverse());
  }
  return out;
}

export function findCandidates(text: string, seg: Segmentation, opts: CandidateOptions): Candidate[] {
  const raw: Candidate[] = [];
  const tails = new Set<string>();
  for (const [a, b] of capitalisedRuns(seg)) matchRun(text, seg.tokens, a, b, raw, tails);

  // A place name before a street word names the street ("Memphis St.", "Hampton Avenue").
  let kept = raw.filter((c) => {
    const next = seg.tokens[c.endToken];
    return !(next && next.start - c.end <= 1 && STREET_WORDS.has(next.text));
  });

  // State abbreviations after a comma ("Alexandria, La.", "Charleston, W. Va.").
  const abbrevs: Candidate[] = [];
  seg.tokens.forEach((t, i) => {
    if (i < 2 || seg.tokens[i - 1]!.text !== ',') return;
    // "W. Va.", "W.Va." are several tokens: try the longest run of up to four close tokens.
    let j = i + 1;
    let code: string | null = null;
    for (let k = Math.min(seg.tokens.length, i + 4); k > i && !code; k--) {
      const toks = seg.tokens.slice(i, k);
      if (toks.some((x, n) => n > 0 && x.start - toks[n - 1]!.end > 1)) continue;
      code = usStateFromAbbreviation(toks.map((x) => x.text).join(''));
      if (code) j = k;
    }
    if (!code) return;
    const e = admin1Entry('US', code);
    if (!e) return;
    const end = seg.tokens[j - 1]!.end;
    // A later abbreviation replaces an earlier one it overlaps (left to right, so only the last ones).
    while (abbrevs.length > 0 && abbrevs[abbrevs.length - 1]!.end > t.start) abbrevs.pop();
    abbrevs.push({ start: t.start, end, text: text.slice(t.start, end), senses: [e], source: 'abbrev', token: i, endToken: j });
  });
  // The abbreviation replaces a town read into the same letters ("Ala." is not Ala, Italy).
  const abbrevIndex = new SpanIndex(abbrevs);
  kept = kept.filter((c) => !abbrevIndex.overlaps(c.start, c.end));
  // "Eastland and Callahan counties", "Douglas, Sarpy and Lancaster counties": each name is a county.
  const counties = findCountyLists(text, seg);
  const countyIndex = new SpanIndex(counties);
  kept = kept.filter((c) => !countyIndex.overlaps(c.start, c.end));
  // From here on the candidates never overlap one another: keep them sorted by start.
  let sorted = [...kept, ...abbrevs.filter((c) => !countyIndex.overlaps(c.start, c.end)), ...counties].sort((a, b) => a.start - b.start);

  // Recogniser LOC spans add what the gazetteer scan missed. The spans are taken by start; the
  // candidates they may touch are the tail of `merged` and the head of what is left of `sorted`.
  const tokenAt = (off: number) => {
    const k = firstEndingAfter(seg.tokens, off);
    return k < seg.tokens.length ? k : -1;
  };
  const locs = opts.named.filter((n) => n.label === 'LOC').sort((a, b) => a.start - b.start);
  const merged: Candidate[] = [];
  let k = 0;
  for (const n of locs) {
    while (k < sorted.length && sorted[k]!.end <= n.start) merged.push(sorted[k++]!);
    const s = text.slice(n.start, n.end).replace(/['’]s?$/, '');
    let tail = merged.length;
    while (tail > 0 && merged[tail - 1]!.end > n.start) tail--;
    let head = k;
    while (head < sorted.length && sorted[head]!.start < n.end) head++;
    const inside = [...merged.slice(tail).filter((c) => c.start < n.end), ...sorted.slice(k, head)];
    if (inside.some((c) => c.start === n.start && c.end === n.start + s.length)) continue;
    if (inside.some((c) => c.start < n.start || c.end > n.end)) continue;
    let { senses, loose, romanised } = senseLookup(s);
    const county = /^(.+?)\s+(?:County|Parish|Borough)$/.exec(s);
    if (senses.length === 0 && county) senses = countySenses(lookup(county[1]!), s);
    // "South Venezuela", "South Waziristan Agency": the name inside a direction or region word.
    if (senses.length === 0) senses = lookup(coreName(s)).filter((e) => e.kind !== 'city' || coreName(s).length >= 4);
    // A span the gazetteer lacks (a street, a building) replaces the places found inside it,
    // unless one of them leads it ("Kansas City Kansas").
    if (senses.length === 0 && inside.some((c) => c.start === n.start)) continue;
    // The replaced candidates: the tail of `merged` and sorted[k, head).
    merged.length = tail;
    k = head;
    const ti = tokenAt(n.start);
    const te = tokenAt(n.end - 1) + 1;
    merged.push({ start: n.start, end: n.start + s.length, text: s, senses, source: loose ? 'loose' : 'ner', token: ti, endToken: te, ...(romanised ? { romanised } : {}) });
  }
  while (k < sorted.length) merged.push(sorted[k++]!);
  raw.length = 0;
  raw.push(...merged);
  sorted = [];

  raw.push(...findHyphenParts(text, seg, raw, opts.adjectives ?? false));
  if (opts.adjectives) raw.push(...findAdjectives(text, seg, raw));

  const lowerWords = new Set<string>();
  for (const t of seg.tokens) if (t.kind === 'word' && /^\p{Ll}/u.test(t.text)) lowerWords.add(t.text);
  const sentenceStarts = new Set(seg.sentences.map((s) => s.firstToken));
  const locEnds = new Map<number, number[]>();
  for (const n of locs) {
    const ends = locEnds.get(n.start);
    if (ends) ends.push(n.end);
    else locEnds.set(n.start, [n.end]);
  }
  const nerLoc = (c: Candidate) => (locEnds.get(c.start) ?? []).some((end) => end >= c.end && end <= c.end + 2);
  // Token indices where a region or country candidate starts.
  const regionAt = new Set<number>();
  for (const o of raw) if (o.senses.some((e) => e.kind === 'admin' || e.kind === 'country')) regionAt.add(o.token);
  const qualified = (c: Candidate) => seg.tokens[c.endToken]?.text === ',' && regionAt.has(c.endToken + 1);
  const peopleIndex = new SpanIndex(opts.people);
  // Surnames of the people named in full ("Elizabeth Fairfield", "Joseph F. Wagner"): the same word
  // alone elsewhere is the person again ("Fairfield's lawyers"), not a small town.
  const surnames = new Set<string>();
  for (const p of opts.people) {
    const words = text.slice(p.start, p.end).replace(/['’]s?$/, '').split(/\s+/);
    if (words.length >= 2) surnames.add(words[words.length - 1]!);
  }
  const surname = (c: Candidate) =>
    c.endToken - c.token === 1 && surnames.has(c.text) && cityOnly(c) && maxPopulation(c) < SURNAME_MAX_POPULATION && !qualified(c);

  return raw
    .filter((c) => {
      if (c.source === 'abbrev' || c.source === 'adjective') return true;
      const single = c.endToken - c.token === 1;
      if (surname(c)) return false;
      // Glued to a word or number before it ("5Pointz"): part of a name, not a place.
      const prev = seg.tokens[c.token - 1];
      if (prev && prev.end === c.start && /[\p{L}\p{N}]$/u.test(prev.text)) return false;
      // A short acronym ("BA") is not a region spelt in lower case ("Ba", Fiji).
      if (/^\p{Lu}{2,3}$/u.test(c.text) && c.senses.every((e) => e.name !== c.text && compactKey(e.name) === compactKey(c.text))) return false;
      if (c.source === 'ner' || nerLoc(c)) {
        // Even the recogniser's LOC spans: a lone ordinary word with only small senses is not kept.
        if (isCommonWord(c.text)) return qualified(c);
        return !(single && isEnglishWord(c.text) && cityOnly(c) && maxPopulation(c) < RECOGNISED_WORD_MIN_POPULATION);
      }
      // A person's name vetoes a town, but not a county or country the recogniser took for one
      // ("Henry County"), unless the person's name is longer ("Georgia Smith").
      const regionNamed = /\s(?:County|Parish|Borough|Province|State|Region)$/.test(c.text);
      // Nor a large city right after a locative preposition ("one in Beni Suef"), when the person
      // span is no longer than the name: people are rarely "in" someone.
      const located = LOCATIVE.has(seg.tokens[c.token - 1]?.text.toLowerCase() ?? '') && maxPopulation(c) >= LOCATED_CITY_MIN_POPULATION;
      const longerPerson = (p: { start: number; end: number }) => p.end - p.start > c.end - c.start;
      if (regionNamed || located ? peopleIndex.overlaps(c.start, c.end, longerPerson) : peopleIndex.overlaps(c.start, c.end)) return false;
      // Phrases: only the listed ones ("White House"); "Boulder City", "Grand Ledge" are towns.
      if (!single) return !isCommonWord(c.text);
      const word = c.text;
      if (/['’](?:ll|re|ve|d|m|t)$/i.test(word)) return false;
      // Acronyms ("NATO", "BA") are organisations, unless a country or region is so written.
      if (/^\p{Lu}+$/u.test(word) && cityOnly(c) && (word.length <= 3 || maxPopulation(c) < ENGLISH_WORD_MIN_POPULATION)) return false;
      if (isCommonWord(word)) return qualified(c);
      // A town named like an adjective ("Canadian", Texas) is read as the adjective.
      if (cityOnly(c) && adjectiveSenses(word).length > 0) return qualified(c);
      if (isEnglishWord(word) && cityOnly(c) && maxPopulation(c) < ENGLISH_WORD_MIN_POPULATION) return qualified(c);
      if (tails.has(word) && !c.senses.some((e) => e.kind === 'country' || e.kind === 'admin' || e.kind === 'continent')) return qualified(c);
      let first = c.token;
      while (first > 0 && /^["“‘'(\[]$/.test(seg.tokens[first - 1]!.text)) first--;
      if (sentenceStarts.has(first) && lowerWords.has(word.toLowerCase())) return false;
      if (c.source === 'loose' && word.length < 5) return false;
      return true;
    })
    .sort((a, b) => a.start - b.start);
}
