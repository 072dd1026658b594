/**
 * Actor knowledge loaded from `data/actors/`: countries (names, demonyms, capitals), role words
 * with their CAMEO types, and international organisations / known groups. Loaded once, lazily.
 */
import { readTsv } from '../../core/data-dir.js';

export interface CountryInfo {
  iso3: string;
  iso2: string;
  name: string;
  lat: number;
  lon: number;
}

/** `institution`: a seat of government named for the state ("the White House", "the Kremlin"). */
export type CountryAliasKind = 'name' | 'demonym' | 'capital' | 'institution';

export interface OrgInfo {
  name: string;
  abbrev: string;
  code: string;
  type: string;
  country: string | null;
  /** The name an entity of this organisation carries: the full name, or the abbreviation where that is the usual name ("NATO"). */
  display: string;
}

export interface RoleInfo {
  phrase: string;
  type: string;
  kind: 'title' | 'group';
  /** Number of words, to prefer the longest match. */
  words: number;
}

export interface ActorKnowledge {
  countries: Map<string, CountryInfo>;
  /** Exact surface form → country and how it names it ("Russian" → RUS demonym). */
  countryForms: Map<string, { iso3: string; kind: CountryAliasKind }>;
  /** Exact surface form (any case of the first letter kept) → organisation. */
  orgForms: Map<string, OrgInfo>;
  /** Lower-cased role phrase → role. */
  roles: Map<string, RoleInfo>;
  /** Well-known people by full name and by unambiguous surname. */
  people: Map<string, { name: string; country: string | null; role: string; type: string; familyFirst: boolean }>;
  /** Longest role phrase in words. */
  maxRoleWords: number;
  /** Given name → the usual gender of its bearers (`data/actors/given-names.tsv`). */
  givenNames: Map<string, 'f' | 'm'>;
  /** Party-member noun ("Democrat") → the party's country, null where several countries have such parties. */
  partyMembers: Map<string, { party: string; country: string | null }>;
  /** Abbreviated title ("sen.") → the title words it stands for ("senator"). */
  titleAbbreviations: Map<string, string[]>;
  /** Name or alias of an outlet, think tank or university → its country (`data/actors/institutions.tsv`). */
  institutions: Map<string, { name: string; country: string; type: string }>;
  /** Longest country/org form in tokens, for scanning. */
  maxFormWords: number;
}

let cached: ActorKnowledge | null = null;

function pluralDemonym(d: string): string | null {
  if (/(?:an|i|ian)$/.test(d)) return d + 's';
  return null;
}

export function actorKnowledge(): ActorKnowledge {
  if (cached) return cached;
  const countries = new Map<string, CountryInfo>();
  const countryForms = new Map<string, { iso3: string; kind: CountryAliasKind }>();
  const addForm = (form: string, iso3: string, kind: CountryAliasKind) => {
    if (form && !countryForms.has(form)) countryForms.set(form, { iso3, kind });
  };
  for (const r of readTsv('actors', 'countries.tsv')) {
    const iso3 = r['iso3']!;
    countries.set(iso3, { iso3, iso2: r['iso2']!, name: r['name']!, lat: Number(r['lat']), lon: Number(r['lon']) });
  }
  // Hand-made aliases first: they settle ambiguous forms ("Georgia", "Washington").
  for (const r of readTsv('actors', 'country-aliases.tsv')) addForm(r['alias']!, r['iso3']!, r['kind'] as CountryAliasKind);
  // Independent states first, so a shared demonym ("French") names France, not a territory.
  const rows = readTsv('actors', 'countries.tsv').sort((a, b) => Number(b['independent'] === 'yes') - Number(a['independent'] === 'yes'));
  for (const r of rows) {
    const iso3 = r['iso3']!;
    addForm(r['name']!, iso3, 'name');
    if (!r['official']!.includes(',')) addForm(r['official']!, iso3, 'name');
    for (const d of (r['demonym'] ?? '').split('|').filter(Boolean)) {
      addForm(d, iso3, 'demonym');
      const p = pluralDemonym(d);
      if (p) addForm(p, iso3, 'demonym');
    }
    for (const c of (r['capital'] ?? '').split('|').filter(Boolean)) addForm(c, iso3, 'capital');
  }
  const orgForms = new Map<string, OrgInfo>();
  for (const r of readTsv('actors', 'organizations.tsv')) {
    const org: OrgInfo = { name: r['name']!, abbrev: r['abbrev']!, code: r['code']!, type: r['type']!, country: r['country'] || null, display: r['display'] === 'abbrev' ? r['abbrev']! : r['name']! };
    for (const f of [org.name, org.abbrev, ...(r['aliases'] ?? '').split('|')].filter(Boolean)) {
      if (!orgForms.has(f)) orgForms.set(f, org);
    }
  }
  const roles = new Map<string, RoleInfo>();
  let maxRoleWords = 1;
  for (const r of readTsv('actors', 'roles.tsv')) {
    const phrase = r['phrase']!.toLowerCase();
    const words = phrase.split(/\s+/).length;
    maxRoleWords = Math.max(maxRoleWords, words);
    roles.set(phrase, { phrase, type: r['type']!, kind: r['kind'] as 'title' | 'group', words });
  }
  const people = new Map<string, { name: string; country: string | null; role: string; type: string; familyFirst: boolean }>();
  // A surname (or family name written first) stands for the person when every entry sharing it
  // has the same country ("Kim" → North Korea for both Kims; "Bush" stays ambiguous only if not).
  const surnameCountries = new Map<string, Set<string>>();
  const peopleRows = readTsv('actors', 'people.tsv');
  const shortName = (r: Record<string, string>) => {
    const words = r['name']!.split(' ');
    return r['family_first'] === 'yes' ? words[0]! : words.at(-1)!;
  };
  for (const r of peopleRows) {
    const set = surnameCountries.get(shortName(r)) ?? new Set<string>();
    set.add(r['country'] ?? '');
    surnameCountries.set(shortName(r), set);
  }
  for (const r of peopleRows) {
    const info = { name: r['name']!, country: r['country'] && r['country'] !== '-' ? r['country'] : null, role: r['role']!, type: r['type']!, familyFirst: r['family_first'] === 'yes' };
    people.set(r['name']!, info);
    const last = shortName(r);
    if (surnameCountries.get(last)!.size === 1 && r['name']!.includes(' ') && !people.has(last)) people.set(last, info);
  }
  const givenNames = new Map<string, 'f' | 'm'>();
  for (const r of readTsv('actors', 'given-names.tsv')) if (r['gender'] === 'f' || r['gender'] === 'm') givenNames.set(r['name']!, r['gender']);
  const partyMembers = new Map<string, { party: string; country: string | null }>();
  for (const r of readTsv('actors', 'parties.tsv')) partyMembers.set(r['member']!, { party: r['party']!, country: r['country'] && r['country'] !== '-' ? r['country'] : null });
  const titleAbbreviations = new Map<string, string[]>();
  for (const r of readTsv('actors', 'title-abbreviations.tsv')) titleAbbreviations.set(r['abbrev']!.toLowerCase(), r['full']!.split('|').filter(Boolean));
  const institutions = new Map<string, { name: string; country: string; type: string }>();
  for (const r of readTsv('actors', 'institutions.tsv')) {
    const info = { name: r['name']!, country: r['country']!, type: r['type']! };
    for (const f of [info.name, ...(r['aliases'] ?? '').split('|')].filter(Boolean)) if (!institutions.has(f)) institutions.set(f, info);
  }
  let maxFormWords = 1;
  for (const f of [...countryForms.keys(), ...orgForms.keys(), ...people.keys()]) maxFormWords = Math.max(maxFormWords, f.split(/\s+/).length);
  cached = { countries, countryForms, orgForms, roles, people, maxRoleWords, maxFormWords: Math.min(maxFormWords, 8), givenNames, partyMembers, titleAbbreviations, institutions };
  return cached;
}

/** The country a token names, looking through a possessive ("Russia's" → RUS). */
export function countryOfToken(tokenText: string): { iso3: string; kind: CountryAliasKind; possessive: boolean } | null {
  const k = actorKnowledge();
  const possessive = /['’]s$/.test(tokenText);
  const base = possessive ? tokenText.slice(0, -2) : tokenText;
  const hit = k.countryForms.get(base);
  return hit ? { ...hit, possessive } : null;
}
