/**
 * Role and country of a name from its immediate context:
 *   premodifiers   "Russia's Defense Minister Anatoly Antonov", "Putin's aide Yuri Ushakov"
 *   appositive     "the head of a visiting U.S. Congressional delegation, Dan Burton"
 *                  "Abdel-Salam al-Qubaisi, a spokesman for the Association of Muslim Scholars,"
 * Country comes from demonyms, country names (possessive or "of Russia") and from a possessor
 * person already described ("Putin's aide" → Putin's country).
 */
import type { Span, Token } from '../../core/types.js';
import { actorKnowledge, countryOfToken } from './knowledge.js';
import { readTsv } from '../../core/data-dir.js';
import { isRoleWord } from './candidates.js';

export interface Description {
  role: string | null;
  roleSpan: Span | null;
  country: string | null;
  types: string[];
}

/** Longest role phrase found inside a word sequence → its CAMEO type. */
export function typesOfRoleText(roleText: string): string[] {
  const k = actorKnowledge();
  const words = roleText.toLowerCase().replace(/[,.]$/, '').split(/\s+/);
  let best: { type: string; words: number; at: number } | null = null;
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(k.maxRoleWords, words.length - i); n >= 1; n--) {
      const r = k.roles.get(words.slice(i, i + n).join(' '));
      if (r && (!best || n > best.words || (n === best.words && i > best.at))) best = { type: r.type, words: n, at: i };
    }
  }
  return best ? [best.type] : [];
}

/** Finite verbs that show a clause, not a noun phrase, follows a comma. */
const CLAUSE_VERB = /^(?:said|says|say|told|tells|added|adds|asked|is|was|are|were|has|have|had|will|would|did|does)$/;
const DETERMINERS = /^(?:the|a|an|its|his|her|their)$/i;
const PREPOSITION = /^(?:before|after|during|in|on|at|for|with|without|despite|since|until|following|amid|over|under|about|against|by|from|to|into|of|as|upon|while|when|although)$/i;

/** Country named in a token window (demonym, country, "of Russia"); the first one wins. */
function countryInWindow(tokens: Token[], from: number, to: number): string | null {
  for (let i = from; i < to; i++) {
    const c = countryOfToken(tokens[i]!.text);
    if (c) return c.iso3;
  }
  return null;
}

/**
 * Describes a name at tokens [t0, t1) in a sentence spanning tokens [s0, s1).
 * `possessorCountry` looks up the country of a person named by a possessive ("Putin's").
 */
export function describeName(
  text: string,
  tokens: Token[],
  t0: number,
  t1: number,
  s0: number,
  s1: number,
  possessorCountry: (surname: string) => string | null,
): Description {
  const d = describeContext(text, tokens, t0, t1, s0, s1, possessorCountry);
  return d.country ? d : { ...d, country: speakingFrom(tokens, t1, s1) };
}

/**
 * "Company spokesman Jane Roe told AP from London": where a speaker talks from is where they are
 * based, the best country the text gives when it states none. Only a country or a capital counts.
 */
function speakingFrom(tokens: Token[], t1: number, s1: number): string | null {
  if (!/^(?:told|said|says|tells|speaking|spoke)$/.test(tokens[t1]?.text ?? '')) return null;
  // The verb, the outlet told ("AP", "Reuters"), "by telephone", then "from": nothing else between,
  // so that "told reporters upon returning from Washington" tells no base.
  let i = t1 + 1;
  while (i < s1 && i <= t1 + 3 && /^\p{Lu}/u.test(tokens[i]!.text)) i++;
  if (tokens[i]?.text === 'by' && /^(?:telephone|phone)$/.test(tokens[i + 1]?.text ?? '')) i += 2;
  if (i >= s1 || tokens[i]!.text !== 'from') return null;
  const c = countryOfToken(tokens[i + 1]?.text ?? '');
  return c && (c.kind === 'name' || c.kind === 'capital') && !c.possessive ? c.iso3 : null;
}

function describeContext(
  text: string,
  tokens: Token[],
  t0: number,
  t1: number,
  s0: number,
  s1: number,
  possessorCountry: (surname: string) => string | null,
): Description {
  // 1. Premodifier chain, walking left from the name.
  let i = t0 - 1;
  let roleFirst = -1;
  let roleLast = -1;
  let country: string | null = null;
  while (i >= s0) {
    const tok = tokens[i]!;
    const c = countryOfToken(tok.text);
    // A country after "for/to/in/and" is what the role is about ("envoy for Afghanistan and
    // Pakistan"), not the holder's nationality: the chain ends there.
    const before = tokens[i - 1]?.text ?? '';
    if (c && c.kind === 'name' && (/^(?:for|to|in|of|on)$/i.test(before) || (before === 'and' && countryOfToken(tokens[i - 2]?.text ?? '')?.kind === 'name'))) break;
    if (c && c.kind !== 'capital') {
      country ??= c.iso3;
      i--;
      continue;
    }
    // Two-word institutions and names: "White House press secretary", "South Korean envoy".
    const two = i > s0 ? actorKnowledge().countryForms.get(`${tokens[i - 1]!.text} ${tok.text}`) : undefined;
    if (two && two.kind !== 'capital') {
      country ??= two.iso3;
      i -= 2;
      continue;
    }
    // An organisation tied to a country before the title: "Hamas leader Ismail Haniya".
    const org = actorKnowledge().orgForms.get(tok.text.replace(/['’]s$/, ''));
    if (org && roleFirst >= 0) {
      country ??= org.country;
      i--;
      continue;
    }
    if (isRoleWord(tok.text.replace(/\.$/, '')) || isRoleWord(tok.text)) {
      if (roleLast < 0) roleLast = i;
      roleFirst = i;
      i--;
      continue;
    }
    // An outlet, think tank or university before the title ("VOA Extremism Watch Desk reporter"):
    // the holder works there, so takes its country unless the text states another.
    const inst = roleFirst >= 0 ? institutionEndingAt(text, tokens, s0, i) : null;
    if (inst) {
      country ??= inst.country;
      break;
    }
    // "the rebel region's leader", "the country's president": the place named last before.
    if (roleFirst >= 0 && isPlaceNounPossessive(tok.text)) {
      country ??= lastCountryNamedBefore(tokens, i);
      break;
    }
    if (/['’]s$/.test(tok.text) && /^\p{Lu}/u.test(tok.text) && roleFirst >= 0) {
      // "Putin's aide": the possessor's country.
      country ??= possessorCountry(tok.text.slice(0, -2));
      roleFirst = i;
      i--;
      continue;
    }
    break;
  }
  if (roleFirst >= 0) {
    const roleSpan = { start: tokens[roleFirst]!.start, end: tokens[roleLast]!.end };
    const role = text.slice(roleSpan.start, roleSpan.end);
    const types = typesOfRoleText(role);
    // "The US national security adviser, General James Jones, said": a bare rank after an
    // appositive description; the description tells the post and the country.
    if (roleFirst - 1 > s0 && tokens[roleFirst - 1]!.text === ',' && roleFirst === i + 1 && rankOnly(role)) {
      let j = roleFirst - 2;
      while (j >= s0 && j > roleFirst - 14 && tokens[j]!.text !== ',') j--;
      const appo = windowDescription(text, tokens, j + 1, roleFirst - 1);
      if (appo) return { role: appo.role, roleSpan: appo.roleSpan, country: country ?? appo.country, types: [...new Set([...appo.types, ...types])] };
    }
    // "Sgt. William Haslett of Rocklin, Calif.": a title without a country; what follows may tell it.
    const after = country ?? describeAfter(text, tokens, t1, s1, null, true).country;
    return { role: stripPossessor(role), roleSpan, country: after ?? serviceCountry(role), types };
  }
  // 2. Appositive before the name: "<NP with a role word>, NAME".
  if (t0 - 1 >= s0 && tokens[t0 - 1]!.text === ',') {
    let j = t0 - 2;
    while (j >= s0 && j > t0 - 14 && tokens[j]!.text !== ',' ) j--;
    const from = j + 1;
    const appo = windowDescription(text, tokens, from, t0 - 1);
    if (appo) return { ...appo, country: appo.country ?? country };
    // "an American hostage, Ronald Allen Schulz": a noun phrase with a demonym gives the country.
    let det = t0 - 2;
    while (det >= from && det >= t0 - 6 && !DETERMINERS.test(tokens[det]!.text)) det--;
    // "Before the U.S. missile strike, Francis said": a prepositional phrase is no appositive.
    const opensWithPreposition = PREPOSITION.test(tokens[from]?.text ?? '') || (det - 1 === from && PREPOSITION.test(tokens[from]!.text));
    if (det >= from && det >= t0 - 6 && !opensWithPreposition) {
      const c = countryInWindow(tokens, det, t0 - 1);
      if (c) return { role: null, roleSpan: null, country: country ?? c, types: [] };
    }
  }
  return describeAfter(text, tokens, t1, s1, country);
}

/**
 * What follows a name: a home town ("of Rocklin, Calif.") or an appositive (", a spokesman for …,").
 * `homeOnly`: only a home town (for a name whose title came before it).
 */
function describeAfter(text: string, tokens: Token[], t1: number, s1: number, country: string | null, homeOnly = false): Description {
  // "Canadians James Loney, 41, and Harmeet Singh Sooden": the second of two coordinated names
  // shares the first one's description; the caller links them (see `coordinatedCountry`).
  // "William Haslett of Rocklin, Calif.": a home town right after the name.
  if (tokens[t1]?.text === 'of') {
    const home = homeCountry(tokens, t1 + 1, Math.min(s1, t1 + 6));
    if (home) return { role: null, roleSpan: null, country: country ?? home, types: [] };
  }
  // 3. Appositive after the name: "NAME, a spokesman for the ministry,", "NAME, 32, a Canadian
  //    engineer", and a home town: "NAME, 74, of London", "NAME, of Clear Brook, Va.".
  if (t1 < s1 && tokens[t1]!.text === ',') {
    let a = t1 + 1;
    if (/^\d{1,3}$/.test(tokens[a]?.text ?? '') && tokens[a + 1]?.text === ',') a += 2; // an age
    let j = a;
    while (j < s1 && j < a + 14 && tokens[j]!.text !== ',' && tokens[j]!.text !== '.') j++;
    const next = tokens[a];
    if (homeOnly) {
      const home = next?.text === 'of' ? homeCountry(tokens, a + 1, Math.min(s1, a + 8)) : null;
      return { role: null, roleSpan: null, country: country ?? home, types: [] };
    }
    // An appositive is a noun phrase: a clause after the comma ("Justin Webb, Gen Jones said …") is none.
    if (tokens.slice(a, j).some((t) => CLAUSE_VERB.test(t.text))) return { role: null, roleSpan: null, country, types: [] };
    const roleSoon = tokens.slice(a, Math.min(j, a + 3)).some((t) => isRoleWord(t.text) && !/^(?:of|the|and)$/i.test(t.text));
    if (next && (DETERMINERS.test(next.text) || roleSoon || countryOfToken(next.text))) {
      const appo = windowDescription(text, tokens, a, j);
      if (appo) return { ...appo, country: appo.country ?? country ?? institutionInWindow(text, tokens, a, j)?.country ?? null };
      const c = countryInWindow(tokens, a, j);
      if (c) return { role: null, roleSpan: null, country: country ?? c, types: [] };
      // "Robert Roe, a senior fellow at the Brookings Institution,": the institution's country.
      const inst = institutionInWindow(text, tokens, a, j);
      if (inst && !country) return { role: appositiveRole(text, tokens, a, j), roleSpan: null, country: inst.country, types: inst.type === 'MED' ? ['MED'] : [] };
    }
    if (next?.text === 'of') {
      const home = homeCountry(tokens, a + 1, Math.min(s1, a + 8));
      if (home) return { role: null, roleSpan: null, country: country ?? home, types: [] };
    }
  }
  return { role: null, roleSpan: null, country, types: [] };
}

/** A title that is only a military rank ("General", "Gen.", "Col."). */
export function rankOnly(role: string): boolean {
  const k = actorKnowledge();
  return role
    .toLowerCase()
    .split(/\s+/)
    .every((w) => k.roles.get(w)?.type === 'MIL' && k.roles.get(w)?.kind === 'title');
}

let services: Map<string, string> | null = null;
/**
 * "Marine Capt.", "Army Sgt.": a bare service name before a rank, the way US wire copy names its
 * own forces (`data/actors/services.tsv`), tells the country when nothing else does.
 */
function serviceCountry(role: string): string | null {
  services ??= new Map(readTsv('actors', 'services.tsv').map((r) => [r['service']!, r['iso3']!]));
  const words = role.split(/\s+/);
  for (let n = Math.min(2, words.length - 1); n >= 1; n--) {
    const iso3 = services.get(words.slice(0, n).join(' '));
    if (iso3 && rankOnly(words.slice(n).join(' '))) return iso3;
  }
  return null;
}

let regions: Map<string, string> | null = null;
/** Country of a home town phrase: a country, a capital, or a first-level region ("Va.", "Ontario"). */
function homeCountry(tokens: Token[], from: number, to: number): string | null {
  regions ??= new Map(readTsv('actors', 'regions.tsv').map((r) => [r['name']!, r['iso3']!]));
  for (let i = from; i < to; i++) {
    const c = countryOfToken(tokens[i]!.text);
    if (c) return c.iso3;
    const r = regions.get(tokens[i]!.text) ?? regions.get(`${tokens[i]!.text} ${tokens[i + 1]?.text ?? ''}`);
    if (r) return r;
  }
  return null;
}

/** "Putin's aide" → "aide"; the possessor is kept in the country, not in the role. */
function stripPossessor(role: string): string {
  return role.replace(/^\p{Lu}[\p{L}-]*['’]s\s+/u, '');
}

function windowDescription(text: string, tokens: Token[], from: number, to: number): Description | null {
  if (to <= from) return null;
  let hasRole = false;
  for (let i = from; i < to; i++) if (isRoleWord(tokens[i]!.text) && !DETERMINERS.test(tokens[i]!.text)) hasRole = true;
  const types = hasRole ? typesOfRoleText(text.slice(tokens[from]!.start, tokens[to - 1]!.end)) : [];
  if (types.length === 0) return null;
  let start = from;
  while (start < to && /^(?:Meanwhile|However|Also)$/.test(tokens[start]!.text)) start++;
  // An appositive is a noun phrase: it opens with a determiner, a role word or a country word
  // ("the head of …", "a spokesman for …"), not with a verb ("Talking to journalists, …").
  const opener = tokens[start]?.text ?? '';
  if (!DETERMINERS.test(opener) && !isRoleWord(opener) && !countryOfToken(opener)) return null;
  while (start < to && DETERMINERS.test(tokens[start]!.text)) start++;
  if (start >= to) return null;
  const roleSpan = { start: tokens[start]!.start, end: tokens[to - 1]!.end };
  return { role: text.slice(roleSpan.start, roleSpan.end), roleSpan, country: countryInWindow(tokens, from, to), types };
}

/** Longest name of a known institution (`institutions.tsv`) inside tokens [from, to). */
function institutionInWindow(text: string, tokens: Token[], from: number, to: number): { country: string; type: string } | null {
  const known = actorKnowledge().institutions;
  for (let i = from; i < to; i++) {
    if (!/^\p{Lu}/u.test(tokens[i]!.text)) continue;
    for (let j = Math.min(to, i + 8); j > i; j--) {
      const hit = known.get(text.slice(tokens[i]!.start, tokens[j - 1]!.end).replace(/['’]s$/, ''));
      if (hit) return hit;
    }
  }
  return null;
}

/**
 * A known institution at the head of the run of capitalised words that ends at token `last`
 * ("VOA Extremism Watch Desk", "Associated Press"): a desk or programme name may follow the
 * institution's own name.
 */
function institutionEndingAt(text: string, tokens: Token[], s0: number, last: number): { country: string; type: string } | null {
  let first = last;
  while (first > s0 && first > last - 7 && /^\p{Lu}/u.test(tokens[first - 1]!.text)) first--;
  if (!/^\p{Lu}/u.test(tokens[last]!.text)) return null;
  const inst = institutionInWindow(text, tokens, first, last + 1);
  // "Iran's Guardian Council spokesman": a country the run names wins over a look-alike institution.
  const stated = countryInWindow(tokens, first, last + 1);
  return inst && stated ? { ...inst, country: stated } : inst;
}

/** The appositive's words without their determiner ("a senior fellow at …" → "senior fellow at …"). */
function appositiveRole(text: string, tokens: Token[], from: number, to: number): string {
  let start = from;
  while (start < to - 1 && DETERMINERS.test(tokens[start]!.text)) start++;
  return text.slice(tokens[start]!.start, tokens[to - 1]!.end);
}

let placeNouns: Set<string> | null = null;
/** "country's", "region's": a place noun (`place-nouns.tsv`) owning the title after it. */
function isPlaceNounPossessive(word: string): boolean {
  placeNouns ??= new Set(readTsv('actors', 'place-nouns.tsv').map((r) => r['noun']!));
  const m = /^(\p{Ll}+)['’]s$/u.exec(word);
  return !!m && placeNouns.has(m[1]!);
}

/** The country (or region of one) named last before token `before`, by name rather than demonym. */
function lastCountryNamedBefore(tokens: Token[], before: number): string | null {
  const forms = actorKnowledge().countryForms;
  for (let i = before - 1; i >= 0; i--) {
    // Two words first: "South Ossetia".
    const c = (i > 0 ? forms.get(`${tokens[i - 1]!.text} ${tokens[i]!.text.replace(/['’]s$/, '')}`) : undefined) ?? countryOfToken(tokens[i]!.text);
    if (c && c.kind === 'name') return c.iso3;
  }
  return null;
}
