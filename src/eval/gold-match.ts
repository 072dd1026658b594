/**
 * Matching rules for hand-made references (`*.gold.json`, see GOLD-FORMAT.md in the data
 * folder): events by dyad and root, quotes by opening words and speaker, body lines, times,
 * places, people and amounts. Pure functions over one result and one reference.
 */
import type { Actor, ExtractResult } from '../core/types.js';
import { actorKnowledge } from '../nlp/entities/index.js';

export interface GoldEvent {
  required?: boolean;
  actor1?: string;
  actor2?: string;
  root: string;
  code?: string;
  symmetric?: boolean;
  accept_roots?: string[];
  evidence?: string;
}
export interface GoldQuote { speaker: string; kind: string; starts: string }
export interface Gold {
  id: string;
  file: string;
  published?: string;
  title?: string;
  body?: { must_include?: string[]; must_exclude?: string[]; caption?: string; credits?: string[] };
  entities?: Array<{ name: string; type: string; country?: string; role?: string; aliases?: string[] }>;
  places?: Array<{ name: string; geonameId?: number; country?: string; lat?: number; lon?: number; kind?: string }>;
  times?: Array<{ text: string; value: string }>;
  amounts?: Array<{ value: number; object?: string; text?: string }>;
  quotes?: GoldQuote[];
  events?: GoldEvent[];
  /** Agreements, deployments and casualties (`{kind: 'casualties', killed?, wounded?, …}`). */
  facts?: Array<{ kind: string; killed?: number; wounded?: number; attack?: string }>;
}

export interface Count { tp: number; fp: number; fn: number }
export interface ArticleScore {
  id: string;
  events: Count & { matchedOptional: number; misses: string[]; falseAlarms: string[] };
  quotes: Count & { speakerRight: number; contentMatched: number; misses: string[] };
  body: { included: number; includeTotal: number; excluded: number; excludeTotal: number; misses: string[] };
  times: { right: number; total: number; misses: string[] };
  places: { right: number; total: number; misses: string[] };
  people: { found: number; countryRight: number; total: number; misses: string[] };
  amounts: { right: number; total: number };
  /** Killed and wounded figures of the reference's casualty facts found as counts of that kind. */
  casualties: { right: number; total: number; misses: string[] };
}

const norm = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”"]/g, '').replace(/\s+/g, ' ').trim();

/** Does our actor stand for the reference's actor (ISO alpha-3 country, or organisation name)? */
export function actorMatches(gold: string | undefined, ours: Actor | null): boolean {
  if (!gold) return ours === null;
  if (!ours) return false;
  const k = actorKnowledge();
  if (k.countries.has(gold)) return ours.countryCode === gold;
  const g = gold.toLowerCase();
  const names = [ours.name, ours.code, ours.knownGroup ?? ''].map((x) => x.toLowerCase());
  if (names.includes(g)) return true;
  const org = k.orgForms.get(gold) ?? [...k.orgForms.values()].find((o) => o.abbrev.toLowerCase() === g || o.name.toLowerCase() === g);
  return !!org && ours.knownGroup === org.code;
}

function eventMatches(g: GoldEvent, e: ExtractResult['events'][number]): boolean {
  const roots = [g.root, ...(g.accept_roots ?? [])];
  if (!roots.includes(e.rootCode)) return false;
  if (actorMatches(g.actor1, e.actor1) && actorMatches(g.actor2, e.actor2)) return true;
  return !!g.symmetric && actorMatches(g.actor1, e.actor2) && actorMatches(g.actor2, e.actor1);
}

const sameSpeaker = (gold: string, ours: string | undefined) => {
  if (!ours) return false;
  const a = norm(gold);
  const b = norm(ours);
  return a === b || a.split(' ').at(-1) === b.split(' ').at(-1);
};

export function scoreArticle(gold: Gold, r: ExtractResult): ArticleScore {
  const text = r.article.text;
  // Events: required references first, then optional ones; each reference used once.
  const golds = [...(gold.events ?? [])].sort((a, b) => Number(!!b.required) - Number(!!a.required));
  const used = new Set<GoldEvent>();
  const events = { tp: 0, fp: 0, fn: 0, matchedOptional: 0, misses: [] as string[], falseAlarms: [] as string[] };
  for (const e of r.events) {
    const g = golds.find((x) => !used.has(x) && eventMatches(x, e));
    if (!g) {
      events.fp++;
      events.falseAlarms.push(`${e.code} ${e.actor1?.code ?? '-'}→${e.actor2?.code ?? '-'}: ${e.evidence.slice(0, 90)}`);
      continue;
    }
    used.add(g);
    if (g.required) events.tp++;
    else events.matchedOptional++;
  }
  for (const g of golds) {
    if (g.required && !used.has(g)) {
      events.fn++;
      events.misses.push(`${g.code ?? g.root} ${g.actor1 ?? '-'}→${g.actor2 ?? '-'}: ${g.evidence ?? ''}`);
    }
  }

  const quotes = { tp: 0, fp: 0, fn: 0, speakerRight: 0, contentMatched: 0, misses: [] as string[] };
  const usedQ = new Set<number>();
  for (const gq of gold.quotes ?? []) {
    const starts = norm(gq.starts);
    const idx = r.quotes.findIndex((q, i) => !usedQ.has(i) && norm(q.text).startsWith(starts));
    if (idx < 0) {
      quotes.fn++;
      quotes.misses.push(`${gq.speaker}: "${gq.starts}" (not found)`);
      continue;
    }
    usedQ.add(idx);
    quotes.contentMatched++;
    if (sameSpeaker(gq.speaker, r.quotes[idx]!.speaker?.name)) {
      quotes.tp++;
      quotes.speakerRight++;
    } else {
      quotes.fn++;
      quotes.fp++;
      quotes.misses.push(`${gq.speaker}: "${gq.starts}" (speaker: ${r.quotes[idx]!.speaker?.name ?? 'none'})`);
    }
  }
  quotes.fp += r.quotes.length - usedQ.size;

  const body = { included: 0, includeTotal: 0, excluded: 0, excludeTotal: 0, misses: [] as string[] };
  const ntext = norm(text);
  for (const s of gold.body?.must_include ?? []) {
    body.includeTotal++;
    if (ntext.includes(norm(s))) body.included++;
    else body.misses.push(`missing: ${s.slice(0, 80)}`);
  }
  for (const s of gold.body?.must_exclude ?? []) {
    body.excludeTotal++;
    if (!ntext.includes(norm(s))) body.excluded++;
    else body.misses.push(`furniture kept: ${s.slice(0, 80)}`);
  }

  const times = { right: 0, total: 0, misses: [] as string[] };
  for (const gt of gold.times ?? []) {
    times.total++;
    // References name times by their words, not offsets: the produced times written exactly so
    // are the candidates, else those whose words contain or are contained in the reference's
    // ("on Monday evening" ~ "Monday evening"); the reference is right when a candidate has its value.
    const gtext = norm(gt.text);
    const exact = r.times.filter((t) => norm(t.text) === gtext);
    const near = exact.length > 0 ? exact : r.times.filter((t) => norm(t.text).includes(gtext) || gtext.includes(norm(t.text)));
    if (near.some((t) => t.value === gt.value)) times.right++;
    else times.misses.push(`"${gt.text}" → ${gt.value} (got ${near.length ? [...new Set(near.map((t) => t.value))].join(', ') : 'nothing'})`);
  }

  const places = { right: 0, total: 0, misses: [] as string[] };
  for (const gp of gold.places ?? []) {
    if (!gp.geonameId) continue;
    places.total++;
    const hit = r.places.find((p) => p.geonameId === gp.geonameId) ?? r.places.find((p) => gp.lat != null && p.lat != null && km(gp.lat, gp.lon!, p.lat, p.lon!) <= 161 && norm(p.name) === norm(gp.name));
    if (hit) places.right++;
    else places.misses.push(`${gp.name} (${gp.geonameId}) got ${r.places.find((p) => norm(p.name) === norm(gp.name))?.geonameId ?? 'nothing'}`);
  }

  const people = { found: 0, countryRight: 0, total: 0, misses: [] as string[] };
  for (const gp of (gold.entities ?? []).filter((e) => e.type === 'PERSON')) {
    people.total++;
    const last = norm(gp.name).split(' ').at(-1)!;
    const hit = r.entities.find((e) => e.type === 'PERSON' && (norm(e.name) === norm(gp.name) || norm(e.name).split(' ').at(-1) === last));
    if (!hit) {
      people.misses.push(`${gp.name} not found`);
      continue;
    }
    people.found++;
    if (!gp.country || hit.country === gp.country) people.countryRight++;
    else people.misses.push(`${gp.name}: country ${hit.country ?? 'none'} (want ${gp.country})`);
  }

  const amounts = { right: 0, total: 0 };
  for (const ga of gold.amounts ?? []) {
    amounts.total++;
    if (r.amounts.some((a) => a.value === ga.value)) amounts.right++;
  }
  const casualties = { right: 0, total: 0, misses: [] as string[] };
  const counts = r.facts.filter((f) => f.kind === 'count');
  for (const gf of (gold.facts ?? []).filter((f) => f.kind === 'casualties')) {
    for (const [field, kind] of [['killed', 'KILL'], ['wounded', 'WOUND']] as const) {
      const want = gf[field];
      if (typeof want !== 'number') continue;
      casualties.total++;
      if (counts.some((c) => c.fields['kind'] === kind && c.fields['number'] === want)) casualties.right++;
      else casualties.misses.push(`${want} ${field} (${gf.attack ?? ''})`);
    }
  }
  return { id: gold.id, events, quotes, body, times, places, people, amounts, casualties };
}

function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}
