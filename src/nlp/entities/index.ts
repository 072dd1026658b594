/**
 * Entities stage: people, organisations and countries with roles, countries and CAMEO actor
 * codes; name variants, nominal mentions and pronouns resolved within the article.
 *
 * Steps, in order:
 *   1. candidates: recogniser spans settled against country/organisation knowledge;
 *   2. grouping: one entity per country, per organisation, per person (surname variants merged);
 *   3. description: role and country of each person from premodifiers and appositives;
 *   4. coreference: nominals ("the Tajik president") and pronouns ("he") → the entity they name;
 *   5. actor codes: country + role type (`RUSGOV`), known groups (`NAT`).
 */
import type { Article, Entity, EntityType, Mention, NamedSpan, Segmentation, Token } from '../../core/types.js';
import { firstStartingAt } from '../../core/spans.js';
import { capitalisedSequences, knowledgeMatches, militaryUnits, settleCandidates, type Candidate } from './candidates.js';
import { describeName, typesOfRoleText } from './describe.js';
import { actorKnowledge } from './knowledge.js';
import { resolveNominalsAndPronouns } from './coref.js';
import { focusCountry } from './focus.js';
import { sentenceIndexAt } from '../segment.js';

export { actorKnowledge, countryOfToken } from './knowledge.js';
export { typesOfRoleText } from './describe.js';
export { focusCountry } from './focus.js';

interface Draft {
  type: EntityType;
  name: string;
  /** Name tokens, for surname matching. */
  words: string[];
  country: string | null;
  role: string | null;
  types: string[];
  knownGroup: string | null;
  mentions: Mention[];
}

export function resolveEntities(article: Article, seg: Segmentation, named: NamedSpan[]): Entity[] {
  const text = article.text;
  const { tokens, sentences } = seg;
  const k = actorKnowledge();
  const spans = named.length > 0 || text.length < 200 ? named : capitalisedSequences(text, seg);
  const units = militaryUnits(text, tokens);
  const withInitials = spansWithInitials(tokens, splitJoinedNames(text, splitTitledOrgSpans(text, tokens, spans)));
  const named2 = [...withInitials.filter((n) => !units.some((u) => u.start < n.end && n.start < u.end)), ...units.map((u) => ({ start: u.start, end: u.end, label: 'ORG' as const }))];
  const candidates = settleCandidates(text, tokens, named2, knowledgeMatches(text, tokens));

  const drafts: Draft[] = [];
  const byKey = new Map<string, Draft>();
  const people: Draft[] = [];

  const surnameCountry = (surname: string): string | null => people.find((p) => p.words.at(-1) === surname)?.country ?? null;

  for (const c of candidates) {
    const surface = text.slice(c.start, c.end);
    if (c.label === 'GPE' && c.country) {
      const key = 'GPE:' + c.country.iso3;
      // A capital is an actor only when it acts ("Moscow is allowing"); an institution ("the
      // State Department", "the Kremlin") always stands for its state.
      if (c.country.kind === 'capital' && !capitalActs(text, tokens, c)) continue;
      let d = byKey.get(key);
      if (!d) {
        d = { type: 'GPE', name: k.countries.get(c.country.iso3)?.name ?? surface, words: [surface], country: c.country.iso3, role: null, types: [], knownGroup: null, mentions: [] };
        byKey.set(key, d);
        drafts.push(d);
      }
      d.mentions.push({ start: c.start, end: c.end, text: surface, kind: c.country.kind === 'demonym' ? 'demonym' : c.country.kind === 'name' ? 'name' : 'alias' });
      continue;
    }
    if (c.org) {
      const key = 'ORG:' + c.org.code;
      let d = byKey.get(key);
      if (!d) {
        // The organisation's canonical name, however the text writes it ("EU" → "European Union").
        d = { type: 'ORG', name: c.org.display, words: [surface], country: c.org.country, role: null, types: [c.org.type], knownGroup: c.org.code, mentions: [] };
        byKey.set(key, d);
        drafts.push(d);
      }
      d.mentions.push({ start: c.start, end: c.end, text: surface, kind: 'name' });
      continue;
    }
    // A lone word the recogniser missed or mislabelled that is the surname of a person already
    // named ("Putin" after "Vladimir Putin") is that person.
    const surnameOf = c.t1 - c.t0 === 1 && c.label !== 'PER' ? people.find((p) => p.words.length > 1 && p.words.at(-1) === surface) : undefined;
    if (surnameOf) {
      surnameOf.mentions.push({ start: c.start, end: c.end, text: surface, kind: 'alias' });
      continue;
    }
    if (c.label === 'PER') {
      const words = surface.split(/\s+/).filter((w) => !/^(?:Mr|Mrs|Ms|Dr)\.$/.test(w));
      const si = sentenceIndexAt(sentences, c.start);
      const s = sentences[si];
      const desc = s ? describeName(text, tokens, c.t0, c.t1, s.firstToken, s.endToken, surnameCountry) : null;
      const existing = findPerson(people, words);
      if (existing) {
        existing.mentions.push({ start: c.start, end: c.end, text: surface, kind: words.length < existing.words.length ? 'alias' : 'name' });
        if (words.length > existing.words.length) {
          existing.words = words;
          existing.name = words.join(' ');
        }
        if (desc) mergeDescription(existing, desc);
        continue;
      }
      const d: Draft = { type: 'PERSON', name: words.join(' '), words, country: null, role: null, types: [], knownGroup: null, mentions: [{ start: c.start, end: c.end, text: surface, kind: 'name' }] };
      if (desc) mergeDescription(d, desc);
      if (!d.country && s && desc?.roleSpan) {
        // Only a coordinated title-holder shares a country: "… and Deputy Prime Minister Igor Shuvalov".
        const before = tokens.slice(Math.max(0, c.t0 - 8), c.t0).filter((t) => t.end <= desc.roleSpan!.start).at(-1);
        if (before?.text === 'and') d.country = coordinatedCountry(people, d, s.start, c.start);
      }
      if (!d.country && s && tokens[c.t0 - 1]?.text === 'and') {
        // "Canadians James Loney, 41, and Harmeet Singh Sooden": a name coordinated with the
        // person just before shares that person's stated country.
        const prev = people.at(-1);
        const last = prev?.mentions.at(-1);
        if (prev && last && last.start >= s.start && c.start - last.end < 20) d.country = prev.country;
      }
      people.push(d);
      drafts.push(d);
      continue;
    }
    if (c.label === 'ORG') {
      const key = 'ORG:' + surface.toLowerCase();
      // "Global" after "Global Strategies Group", "CPT" after "Christian Peacemaker Teams": a
      // short form of an organisation named before is that organisation.
      let d = byKey.get(key) ?? shortFormOf(drafts, surface);
      if (!d) {
        const types = typesOfRoleText(surface);
        d = { type: 'ORG', name: surface, words: [surface], country: c.country?.iso3 ?? null, role: null, types, knownGroup: null, mentions: [] };
        byKey.set(key, d);
        drafts.push(d);
      }
      d.mentions.push({ start: c.start, end: c.end, text: surface, kind: 'name' });
      // "Russia's 201st Motorized Division": the possessive country before the name.
      if (!d.country) {
        const pc = candidates.find((o) => o.country?.possessive && o.end <= c.start && c.start - o.end <= 3);
        if (pc?.country) d.country = pc.country.iso3;
      }
    }
    // LOC and MISC spans are left to the places stage and to event patterns.
  }

  // "the Mass", "a Palm Sunday Mass": a one-word "name" used with an article as a common noun is
  // no person (names used as modifiers, "the Obama administration", are left alone).
  const kept = drafts.filter((d) => d.type !== 'PERSON' || d.words.length > 1 || !commonNounUse(text, tokens, d));
  const entities: Entity[] = kept.map((d, i) => ({
    id: `E${i + 1}`,
    type: d.type,
    name: d.name,
    country: d.country,
    role: d.role,
    actorCode: actorCode(d),
    actorTypes: d.types,
    knownGroup: d.knownGroup,
    mentions: d.mentions.sort((a, b) => a.start - b.start),
  }));
  fillFromDictionary(entities);
  resolveNominalsAndPronouns(text, seg, entities);
  // A person the text leaves without a country, named where a paragraph sets the scene ("In
  // Bulgaria, meanwhile, …", "In Washington, Senate … Carl Levin said"), belongs to that country;
  // a scene holds for its paragraph and the next. Others take the article's focus country.
  const scenes = sceneCountries(article, seg);
  const countryMentions = entities
    .filter((e) => e.type === 'GPE' && e.country)
    .flatMap((e) => e.mentions.filter((m) => m.kind === 'name' || m.kind === 'demonym').map((m) => ({ country: e.country!, end: m.end })))
    .sort((a, b) => a.end - b.end);
  for (const e of entities) {
    if (e.type !== 'PERSON' || e.country) continue;
    const scene = scenes.find((sc) => e.mentions[0]!.start >= sc.start && e.mentions[0]!.start < sc.end);
    // An official named after a country in the same paragraph ("Pakistan's army … General Ghulam
    // Saidullah") belongs to the first country of that stretch.
    const first = e.mentions[0]!;
    const para = article.paragraphs.find((p) => p.start <= first.start && first.start < p.end);
    const official = e.actorTypes.some((t) => ['GOV', 'MIL', 'LEG', 'JUD', 'COP'].includes(t));
    const near = !scene && official && para ? countryMentions.find((m) => m.end <= first.start && m.end > para.start) : undefined;
    const country = scene?.country ?? near?.country;
    if (country) {
      e.country = country;
      e.actorCode = actorCode({ ...e, types: e.actorTypes });
    }
  }
  // Without a clear focus, people take the most named country: still the best guess a reader has.
  const focus = focusCountry(article, entities) ?? focusCountry(article, entities, false);
  if (focus) {
    for (const e of entities) {
      if (e.type === 'ORG' && e.country === '*') {
        e.country = focus;
        e.actorCode = actorCode({ ...e, types: e.actorTypes });
      }
      if (e.type === 'PERSON' && !e.country) {
        e.country = focus;
        e.actorCode = actorCode({ ...e, types: e.actorTypes, country: focus });
      }
    }
  }
  const anyFocus = focus ?? focusCountry(article, entities, false);
  for (const e of entities) {
    if (e.country !== '*') continue;
    e.country = anyFocus;
    e.actorCode = actorCode({ ...e, types: e.actorTypes });
  }
  return entities;
}

/** Country, role and type of well-known people from `data/actors/people.tsv`, where the text gave none. */
function fillFromDictionary(entities: Entity[]): void {
  const known = actorKnowledge().people;
  for (const e of entities) {
    if (e.type !== 'PERSON') continue;
    // A full name must match a full name, allowing spelling variants of the given name
    // ("Mohamed"/"Mohammed Morsi"); a surname alone may stand for the one person it names.
    const words = e.name.split(' ');
    const bySurname = known.get(words.at(-1)!);
    const hit = known.get(e.name) ?? (bySurname && (words.length === 1 || bySurname.name[0] === e.name[0]) ? bySurname : undefined);
    if (!hit) continue;
    e.country ??= hit.country;
    e.role ??= hit.role;
    if (e.actorTypes.length === 0) e.actorTypes = [hit.type];
    e.actorCode = actorCode({ ...e, types: e.actorTypes });
  }
}

/**
 * "Jeffrey S. Pool": a person's name runs on through a middle initial and the capitalised word
 * after it, even where the recogniser cut it ("Jeffrey" PER, "S. Pool" LOC). Returns new spans;
 * the recogniser's output, which the places stage also reads, is left as it is.
 */
function spansWithInitials(tokens: Token[], spans: NamedSpan[]): NamedSpan[] {
  const out = spans.map((sp) => ({ ...sp }));
  for (const sp of out) {
    if (sp.label !== 'PER') continue;
    const next = firstStartingAt(tokens, sp.end);
    const initial = tokens[next];
    const surname = tokens[next + 1];
    if (!initial || !surname || !/^\p{Lu}\.$/u.test(initial.text) || initial.start - sp.end > 1 || !/^\p{Lu}\p{Ll}/u.test(surname.text)) continue;
    for (const other of out) if (other !== sp && other.start >= sp.end && other.start < surname.end) other.end = other.start; // swallowed
    sp.end = surname.end;
  }
  return out.filter((sp) => sp.end > sp.start);
}

/**
 * "then-acting SRAP Laurel Miller": the recogniser, having seen "SRAP" as an organisation all
 * along, runs the office on into the holder's name. An ORG span that is an organisation named alone
 * elsewhere in the text, then a known given name and one or two capitalised words, is that
 * organisation and a person.
 */
export function splitTitledOrgSpans(text: string, tokens: Token[], spans: NamedSpan[]): NamedSpan[] {
  const given = actorKnowledge().givenNames;
  const orgNames = new Set(spans.filter((sp) => sp.label === 'ORG').map((sp) => text.slice(sp.start, sp.end)));
  const out: NamedSpan[] = [];
  for (const sp of spans) {
    const t0 = firstStartingAt(tokens, sp.start);
    let t1 = t0;
    while (t1 < tokens.length && tokens[t1]!.end <= sp.end) t1++;
    const split = sp.label === 'ORG' ? [t1 - 3, t1 - 2].find((g) => g > t0 && given.has(tokens[g]!.text) && orgNames.has(text.slice(sp.start, tokens[g - 1]!.end))) : undefined;
    if (split === undefined || !tokens.slice(split, t1).every((t) => /^\p{Lu}\p{Ll}/u.test(t.text))) {
      out.push(sp);
      continue;
    }
    out.push({ ...sp, end: tokens[split - 1]!.end }, { start: tokens[split]!.start, end: sp.end, label: 'PER' });
  }
  return out;
}

/**
 * "the Ashraf Ghani-Abdullah Abdullah deal": two people joined by a hyphen in one name span. Cut
 * at the hyphen where the part before it is a well-known person (`people.tsv`), so that a
 * double-barrelled surname ("Ferris-Rotman") is left whole.
 */
function splitJoinedNames(text: string, spans: NamedSpan[]): NamedSpan[] {
  const people = actorKnowledge().people;
  return spans.flatMap((sp) => {
    if (sp.label !== 'PER' && sp.label !== 'MISC') return [sp];
    const surface = text.slice(sp.start, sp.end);
    const at = [...surface.matchAll(/-(?=\p{Lu})/gu)].map((m) => m.index!).find((i) => people.has(surface.slice(0, i)));
    if (at === undefined) return [sp];
    // Only the well-known first person: a span starting inside the hyphenated token would be read
    // from the token's start ("Ghani-Abdullah"); the second name is usually a span of its own.
    return [{ ...sp, end: sp.start + at, label: 'PER' as const }];
  });
}

/** Paragraphs opening with "In <country or capital>," and the paragraph after each. */
function sceneCountries(article: Article, seg: Segmentation): Array<{ start: number; end: number; country: string }> {
  const k = actorKnowledge();
  const out: Array<{ start: number; end: number; country: string }> = [];
  const paras = article.paragraphs;
  let ti = 0;
  paras.forEach((p, pi) => {
    while (ti < seg.tokens.length && seg.tokens[ti]!.start < p.start) ti++;
    const t = seg.tokens;
    if (t[ti]?.text !== 'In') return;
    // "In Bulgaria," / "In Washington," / "In New Delhi,"
    for (let n = 1; n <= 3; n++) {
      const last = t[ti + n];
      if (!last || t[ti + n + 1]?.text !== ',') continue;
      const name = article.text.slice(t[ti + 1]!.start, last.end);
      const c = k.countryForms.get(name);
      if (c && (c.kind === 'name' || c.kind === 'capital')) {
        out.push({ start: p.start, end: (paras[pi + 1] ?? p).end, country: c.iso3 });
        return;
      }
    }
  });
  return out;
}

/**
 * An organisation named earlier in full that `surface` abbreviates: its leading words ("Global"
 * for "Global Strategies Group") or the initials of its capitalised words ("CPT").
 */
function shortFormOf(drafts: Draft[], surface: string): Draft | undefined {
  const words = surface.split(/\s+/);
  const acronym = /^\p{Lu}{2,6}$/u.test(surface);
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!;
    if (d.type !== 'ORG' || d.knownGroup) continue;
    const full = d.name.split(/\s+/);
    if (full.length <= words.length) continue;
    if (!acronym && words.every((w, j) => full[j] === w) && !actorKnowledge().roles.has(words[0]!.toLowerCase())) return d;
    if (acronym && full.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('') === surface) return d;
  }
  return undefined;
}

const ARTICLE = /^(?:the|a|an)$/;
/** After "the Mass", a word that shows the name was the noun the article governs: a preposition, a verb, punctuation. */
const AFTER_NOUN = /^(?:for|as|at|in|of|on|to|with|by|from|was|is|were|are|will|had|has|and|or|[,.;:!?)"”])$/;

/** A one-word person name written with an article as the head of its phrase, and never with a title or given name. */
function commonNounUse(text: string, tokens: Token[], d: Draft): boolean {
  const k = actorKnowledge();
  if (k.people.has(d.name) || k.givenNames.has(d.name)) return false;
  let asNoun = false;
  for (const m of d.mentions) {
    const t = firstStartingAt(tokens, m.start);
    const before = tokens[t - 1]?.text ?? '';
    if (isTitle(before)) return false;
    if (ARTICLE.test(before) && AFTER_NOUN.test(tokens[t + 1]?.text ?? '.')) asNoun = true;
  }
  void text;
  return asNoun;
}

function isTitle(word: string): boolean {
  return /^(?:Mr|Mrs|Ms|Dr|Prof)\.?$/.test(word) || (/^\p{Lu}/u.test(word) && actorKnowledge().roles.get(word.toLowerCase())?.kind === 'title');
}

function findPerson(people: Draft[], words: string[]): Draft | undefined {
  const last = words.at(-1)!;
  const known = actorKnowledge().people;
  // Exact name, or a surname/shorter form of a longer name ("Putin" ↔ "Vladimir Putin"); for
  // names written family name first, that first word ("Kim" ↔ "Kim Jong Un", "Xi" ↔ "Xi Jinping").
  return (
    people.find((p) => p.words.join(' ') === words.join(' ')) ??
    people.find((p) => p.words.at(-1) === last && (words.length === 1 || p.words.length === 1)) ??
    (words.length === 1 ? people.find((p) => p.words[0] === last && known.get(p.words.join(' '))?.familyFirst) : undefined)
  );
}

function mergeDescription(d: Draft, desc: { role: string | null; country: string | null; types: string[] }): void {
  if (desc.role && !d.role) d.role = desc.role; // the first description wins; later ones are often partial
  d.country ??= desc.country;
  for (const t of desc.types) if (!d.types.includes(t)) d.types.push(t);
}

/**
 * "Russia's Defense Minister Anatoly Antonov … and Deputy Prime Minister Igor Shuvalov": a
 * title-holder without a stated country shares the country of a title-holder coordinated with
 * it in the same sentence.
 */
function coordinatedCountry(people: Draft[], d: Draft, sentenceStart: number, at: number): string | null {
  if (!d.role) return null;
  for (let i = people.length - 1; i >= 0; i--) {
    const p = people[i]!;
    const m = p.mentions.at(-1)!;
    if (m.start < sentenceStart || m.start > at) continue;
    if (p.role && p.country && p.types.some((t) => d.types.includes(t))) return p.country;
  }
  return null;
}

/** Words after a capital that show it acts: a verb or auxiliary ("Moscow is allowing", "Washington views"). */
function capitalActs(text: string, tokens: import('../../core/types.js').Token[], c: Candidate): boolean {
  const prev = tokens[c.t0 - 1];
  if (prev && /^by$/i.test(prev.text)) return true; // "an admission by Moscow"
  if (!prev || /^[.!?"“]$/.test(prev.text)) {
    // Opening a sentence, a capital is its subject unless a comma or preposition follows ("Washington along with its allies demanded").
    const after = tokens[c.t1];
    if (after && !/^[,;:]$/.test(after.text) && !/^(?:in|on|at|is|was)$/.test(after.text)) return true;
  }
  if (prev && /^(?:in|to|at|from|near|into|of|outside|around|via|toward|towards|visited|visit|and|capital|city|,)$/i.test(prev.text)) return false;
  let n = c.t1;
  while (tokens[n] && /ly$/.test(tokens[n]!.text) && /^\p{Ll}/u.test(tokens[n]!.text)) n++; // "Moscow recently threatened"
  const next = tokens[n];
  if (!next) return false;
  if (/['’]s$/.test(text.slice(tokens[c.t0]!.start, tokens[c.t1 - 1]!.end))) return true;
  return /^(?:is|was|has|had|will|would|said|says|views|wants|accused|warned|threatened|denied|rejected|agreed|announced|insists|insisted|claims|claimed|believes|urged|demanded|called|sees|considers|plans|hopes|fears|responded|reacted|expelled|summoned|condemned|criticized|criticised|welcomed|signed|sent|ordered|imposed|refused|says|insisted)$/.test(next.text);
}

function actorCode(d: Pick<Draft, 'knownGroup' | 'type' | 'country' | 'types'>): string | null {
  if (d.knownGroup) return (d.type === 'ORG' && d.country ? d.country : '') + d.knownGroup;
  if (!d.country) return null;
  return d.country + (d.types[0] && !['IGO', 'NGO'].includes(d.types[0]) ? d.types[0] : '');
}
