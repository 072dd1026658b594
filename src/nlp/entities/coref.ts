/**
 * Within-article coreference for people, added as mentions of the entity they resolve to:
 *   nominals  "the Tajik president", "the minister" → the latest person whose role has that
 *             title (and whose country matches a demonym in the phrase); where no one named
 *             before holds it, a person named soon after with that title ("The defense minister
 *             said … Defense Minister X told"), or a lede's description of the person named in the
 *             next sentence ("The US national security adviser said … General James Jones said");
 *   party     "the Democrat" → the latest person named in this or the previous paragraph whose
 *             country has that party (`data/actors/parties.tsv`);
 *   pronouns  he/him/his/she/her → the latest person mentioned before it, outside quotations,
 *             skipping people of the other gender (given names, "Mrs.", "spokeswoman").
 * Deliberately simple and local (recency + agreement on role/country); the quotes and events
 * stages read the resulting mentions, never this module.
 */
import type { Entity, Mention, Segmentation } from '../../core/types.js';
import { actorKnowledge, countryOfToken } from './knowledge.js';
import { firstStartingAt, quotedRanges } from '../../core/spans.js';
import { sentenceIndexAt } from '../segment.js';
import { rankOnly } from './describe.js';

const PRONOUN = /^(?:he|him|his|she|her)$/i;
const FEMININE_PRONOUN = /^(?:she|her)$/i;
const FEMININE_TITLE = /^(?:Mrs\.?|Ms\.?|Miss|Madam|Madame|Queen|Princess|Lady|Dame|Baroness|Duchess)$/;
const MASCULINE_TITLE = /^(?:Mr\.?|Sir|King|Prince|Lord|Baron|Duke)$/;
const FEMININE_ROLE = /(?:woman|women|wife|mother|daughter|sister|queen|princess|actress|duchess)\b/i;
const MASCULINE_ROLE = /(?:(?<!wo)man|(?<!wo)men|husband|father|son|brother|king|prince|duke)\b/i;
const SENTENCE_ADVERB = /^(?:Later|Meanwhile|However|Earlier|Separately|Afterwards|Then|Also|Yesterday|Today)$/;
const INDEFINITE = /^(?:A|An|One|Another)$/;
const SPEECH_VERB = /^(?:said|says|told|tells|added|stated|claimed|insisted|explained|recalled|testified|described)$/;
/** Words after "the Democrat" that show the noun heads the phrase (a verb, a relative, punctuation). */
const AFTER_HEAD = /^(?:said|says|told|tells|added|adds|who|has|had|have|is|was|will|would|also|argued|wrote|called|warned|noted|replied|countered|insisted|urged|[,.;:!?)"”’—–-])$/;

/** A person's gender from the text: a title before a name mention, a gendered role, the given name. */
function genderOf(text: string, e: Entity, tokensBefore: (pos: number) => string | undefined): 'f' | 'm' | null {
  for (const m of e.mentions) {
    if (m.kind !== 'name' && m.kind !== 'alias') continue;
    const first = m.text.split(/\s+/)[0]!;
    const before = tokensBefore(m.start);
    if (FEMININE_TITLE.test(first) || (before && FEMININE_TITLE.test(before))) return 'f';
    if (MASCULINE_TITLE.test(first) || (before && MASCULINE_TITLE.test(before))) return 'm';
  }
  if (e.role && FEMININE_ROLE.test(e.role)) return 'f';
  if (e.role && MASCULINE_ROLE.test(e.role)) return 'm';
  const given = e.name.split(/\s+/).find((w) => !/\.$/.test(w));
  void text;
  return given ? actorKnowledge().givenNames.get(given) ?? null : null;
}

/** A role's title words, abbreviations written out: "Sen." → "senator", "Defense Minister" → "defense minister". */
function roleWords(role: string): string {
  const abbr = actorKnowledge().titleAbbreviations;
  return role
    .toLowerCase()
    .split(/\s+/)
    .map((w) => abbr.get(w)?.join(' ') ?? w)
    .join(' ');
}


export function resolveNominalsAndPronouns(text: string, seg: Segmentation, entities: Entity[]): void {
  const people = entities.filter((e) => e.type === 'PERSON');
  if (people.length === 0) return;
  const k = actorKnowledge();
  const quoted = quotedRanges(text);
  const inQuote = (pos: number) => {
    const i = firstStartingAt(quoted, pos) - 1;
    return i >= 0 && pos < quoted[i]!.end && pos > quoted[i]!.start;
  };
  const taken = new Set<number>();
  for (const e of entities) for (const m of e.mentions) for (let i = m.start; i < m.end; i++) taken.add(i);

  // Person mentions in text order, outside quotations, for "the latest person before here".
  let personMentions = people
    .flatMap((e) => e.mentions.filter((m) => !inQuote(m.start)).map((m) => ({ e, start: m.start })))
    .sort((a, b) => a.start - b.start);
  /** The latest person with a mention starting before `pos` that satisfies `ok`. */
  const latest = (pos: number, ok: (e: Entity) => boolean): Entity | null => {
    let i = firstStartingAt(personMentions, pos) - 1;
    for (; i >= 0; i--) if (ok(personMentions[i]!.e)) return personMentions[i]!.e;
    return null;
  };
  // New mentions are collected and added at the end, so the lookups above stay on names.
  const added: Array<[Entity, Mention]> = [];
  const add = (e: Entity, m: Mention) => added.push([e, m]);

  const { tokens } = seg;

  const { sentences } = seg;
  const paragraphAt = (pos: number): number => sentences[sentenceIndexAt(sentences, pos)]?.paragraph ?? 0;
  /** Name mentions in text order, for "the first person named after here". */
  const named = people
    .flatMap((e) => e.mentions.filter((m) => (m.kind === 'name' || m.kind === 'alias') && !inQuote(m.start)).map((m) => ({ e, start: m.start })))
    .sort((a, b) => a.start - b.start);
  const firstNamed = new Map<Entity, number>();
  for (const n of named) if (!firstNamed.has(n.e)) firstNamed.set(n.e, n.start);
  /** The first person named after `pos`, within `paragraphs` paragraphs, that satisfies `ok`. */
  const nextNamed = (pos: number, paragraphs: number, ok: (e: Entity) => boolean): Entity | null => {
    const limit = paragraphAt(pos) + paragraphs;
    for (let i = firstStartingAt(named, pos); i < named.length; i++) {
      if (paragraphAt(named[i]!.start) > limit) return null;
      if (ok(named[i]!.e)) return named[i]!.e;
    }
    return null;
  };
  /** Does a sentence open at token `i` (allowing a leading adverbial: "In Bulgaria, meanwhile, the …")? */
  const opensSentence = (i: number): boolean => {
    const s = sentences[sentenceIndexAt(sentences, tokens[i]!.start)];
    if (!s) return false;
    if (s.firstToken === i) return true;
    return tokens[i - 1]?.text === ',' && i - s.firstToken <= 6;
  };

  const roleCache = new Map<Entity, { role: string; words: string }>();
  const rolesOf = (p: Entity): string => {
    let c = roleCache.get(p);
    if (!c || c.role !== p.role) roleCache.set(p, (c = { role: p.role ?? '', words: roleWords(p.role ?? '') }));
    return c.words;
  };

  /** Nominal: "the [Tajik] president" not followed by a name. */
  const nominalAt = (i: number): void => {
    const t = tokens[i]!;
    let j = i + 1;
    let country: string | null = null;
    const c = tokens[j] ? countryOfToken(tokens[j]!.text) : null;
    if (c && (c.kind === 'demonym' || (c.kind === 'name' && !c.possessive))) { country = c.iso3; j++; } // "the Tajik president", "the US national security adviser"
    // The longest role phrase here: "the interior minister", "the prime minister", "the president".
    let n = Math.min(k.maxRoleWords, tokens.length - j);
    let role = null;
    for (; n >= 1; n--) {
      const words = tokens.slice(j, j + n);
      if (!words.every((w) => /^\p{Ll}/u.test(w.text))) continue;
      role = k.roles.get(words.map((w) => w.text.replace(/['’]s$/, '').toLowerCase()).join(' ')) ?? null;
      if (role) break;
    }
    if (!role || role.kind !== 'title') return;
    const head = tokens[j + n - 1]!;
    const after = tokens[j + n];
    const headWord = head.text.replace(/['’]s$/, '').toLowerCase();
    if (after && /^\p{Lu}/u.test(after.text)) return; // "the president Vladimir Putin" is a title
    const phrase = role.phrase;
    const countryOk = (p: Entity) => !country || p.country === country || p.country === null;
    const holds = (p: Entity) => !!p.role && countryOk(p) && rolesOf(p).includes(phrase);
    // Only the head word in common ("the minister" ↔ "Defense Minister"): a match when one of
    // the two is the bare title; "the defense minister" is not "Interior Minister X".
    const holdsHead = (p: Entity) => !!p.role && countryOk(p) && rolesOf(p).includes(headWord) && (phrase === headWord || rolesOf(p) === headWord);
    let e = latest(t.start, holds) ?? nextNamed(t.start, 2, holds) ?? latest(t.start, holdsHead);
    if (!e && !inQuote(t.start) && opensSentence(i)) {
      // A lede's description of the person the next sentence names: "The US national security
      // adviser has told the BBC … ¶ General James Jones said …". Only that person's first
      // mention, opening the next sentence, holding no other post.
      const si = sentenceIndexAt(sentences, t.start);
      const next = named[firstStartingAt(named, head.end)];
      const ns = next ? sentences[sentenceIndexAt(sentences, next.start)] : undefined;
      if (next && ns && firstNamed.get(next.e) === next.start && sentenceIndexAt(sentences, next.start) === si + 1 && countryOk(next.e) && (!next.e.role || rankOnly(next.e.role))) {
        const nt = firstStartingAt(tokens, next.start);
        let opener = ns.firstToken;
        if (SENTENCE_ADVERB.test(tokens[opener]!.text) && tokens[opener + 1]?.text === ',') opener += 2; // "Later, Jones added"
        while (opener < nt && k.roles.get(tokens[opener]!.text.toLowerCase())) opener++; // "General James Jones"
        if (opener === nt) e = next.e;
      }
    }
    if (e && !e.role) {
      // "The Norwegian national security adviser … Later, Erik Halvorsen added": the description
      // gives the post of a person named without one.
      e.role = tokens.slice(j, j + n).map((w) => w.text).join(' ').replace(/['’]s$/, '');
      if (e.actorTypes.length === 0) e.actorTypes = [role.type];
      if (e.country && !e.knownGroup) e.actorCode = e.country + (['IGO', 'NGO'].includes(role.type) ? '' : role.type);
    }
    if (e) {
      // "the Tajik president" also tells the country of a president named without one.
      if (country && !e.country) {
        e.country = country;
        if (!e.actorCode || e.actorCode === e.actorTypes[0]) e.actorCode = country + (e.actorTypes[0] ?? '');
      }
      const end = /['’]s$/.test(head.text) ? head.end - 2 : head.end;
      add(e, { start: t.start, end, text: text.slice(t.start, end), kind: 'nominal' });
    }
  };

  /** "the Democrat": a party member, the latest person named in this or the previous paragraph of that party's country. */
  const partyMemberAt = (i: number): void => {
    const t = tokens[i]!;
    if (inQuote(t.start)) return;
    let member = null;
    let n = 2;
    for (; n >= 1 && !member; n--) {
      const words = tokens.slice(i + 1, i + 1 + n);
      if (words.length < n || !words.every((w) => /^\p{Lu}\p{Ll}/u.test(w.text))) continue;
      member = k.partyMembers.get(words.map((w) => w.text.replace(/['’]s$/, '')).join(' ')) ?? null;
      if (member) break;
    }
    if (!member) return;
    const last = tokens[i + n]!;
    const after = tokens[i + n + 1];
    if (!/['’]s$/.test(last.text) && after && !AFTER_HEAD.test(after.text) && !/^\p{Ll}+ed$/u.test(after.text)) return; // "the Republican nominee"
    const para = paragraphAt(t.start);
    let idx = firstStartingAt(personMentions, t.start) - 1;
    for (; idx >= 0; idx--) {
      const pm = personMentions[idx]!;
      if (para - paragraphAt(pm.start) > 1) return;
      if (member.country && pm.e.country && pm.e.country !== member.country) continue;
      const end = /['’]s$/.test(last.text) ? last.end - 2 : last.end;
      add(pm.e, { start: t.start, end, text: text.slice(t.start, end), kind: 'nominal' });
      return;
    }
  };

  /**
   * "A doctor on the scene told Ruptly that he tried …": a pronoun in what an unnamed person (an
   * indefinite subject) said stands for that person, whom no name resolves.
   */
  const unnamedSpeaker = (i: number): boolean => {
    const s = sentences[sentenceIndexAt(sentences, tokens[i]!.start)];
    if (!s || !INDEFINITE.test(tokens[s.firstToken]?.text ?? '') || !/^\p{Ll}/u.test(tokens[s.firstToken + 1]?.text ?? '')) return false;
    let verb = false;
    for (let j = s.firstToken + 2; j < i && !verb; j++) verb = SPEECH_VERB.test(tokens[j]!.text);
    if (!verb) return false;
    const from = firstStartingAt(personMentions, s.start);
    return !(personMentions[from] && personMentions[from]!.start < tokens[i]!.start);
  };

  /** Pronouns, and "Trump, who …": a relative pronoun right after a name and a comma. */
  const pronounAt = (i: number): void => {
    const t = tokens[i]!;
    if (inQuote(t.start)) return;
    if (/^who$/i.test(t.text) && tokens[i - 1]?.text === ',') {
      const before = tokens[i - 2];
      const named = before ? people.find((e) => e.mentions.some((x) => x.end === before.end && x.kind !== 'pronoun')) : undefined;
      if (named) add(named, { start: t.start, end: t.end, text: t.text, kind: 'pronoun' });
      return;
    }
    if (PRONOUN.test(t.text)) {
      if (unnamedSpeaker(i)) return;
      const other = FEMININE_PRONOUN.test(t.text) ? 'm' : 'f';
      const e = latest(t.start, (p) => gender.get(p) !== other);
      if (e) add(e, { start: t.start, end: t.end, text: t.text, kind: 'pronoun' });
    }
  };

  // Nominals first, so that "The interior minister said … He said" reaches the minister through
  // the nominal; then pronouns, over names and nominals.
  for (let i = 0; i < tokens.length; i++) {
    if (taken.has(tokens[i]!.start) || !/^the$/i.test(tokens[i]!.text)) continue;
    nominalAt(i);
    if (added.at(-1)?.[1].start !== tokens[i]!.start) partyMemberAt(i);
  }
  const gender = new Map<Entity, 'f' | 'm' | null>();
  const tokenBefore = (pos: number) => tokens[firstStartingAt(tokens, pos) - 1]?.text;
  for (const p of people) gender.set(p, genderOf(text, p, tokenBefore));
  personMentions = [...personMentions, ...added.filter(([, m]) => !inQuote(m.start)).map(([e, m]) => ({ e, start: m.start }))].sort((a, b) => a.start - b.start);
  for (let i = 0; i < tokens.length; i++) if (!taken.has(tokens[i]!.start)) pronounAt(i);
  for (const [e, m] of added) e.mentions.push(m);
  for (const e of new Set(added.map(([e]) => e))) e.mentions.sort((a, b) => a.start - b.start);
}
