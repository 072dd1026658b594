/**
 * Disambiguation: picks one gazetteer sense per candidate using the whole article.
 * Score of a sense = population prior + feature prior + country context + region context +
 * closeness to the article's other places; a region qualifier ("Alexandria, La.", "Paris, Texas")
 * restricts the senses first; one sense per name per document.
 */
import type { Segmentation } from '../core/types.js';
import type { Candidate } from './candidates.js';
import { adminKey, type GeoContext } from './context.js';
import type { GazEntry } from './gazetteer.js';
import { compactKey } from './names.js';
import { distanceKm } from './distance.js';

export { distanceKm };

export interface Resolved {
  candidate: Candidate;
  sense: GazEntry | null;
  /** True when a following region or country narrowed the senses. */
  qualified: boolean;
}

const FEATURE_PRIOR: Record<string, number> = { PPLC: 1.5, PPLA: 0.8, PPLA2: 0.3, PCLI: 0.8, CONT: 0.5, RGN: 0.5, ADM1: 0.3 };
const COUNTRY_BONUS = 2.5;
const ADMIN_BONUS = 2;
const NEAR_KM = 150;
const NEAR_BONUS = 1.5;
const LOOSE_PENALTY = 1;
const QUALIFIER_KM = 600;
/** A city this large keeps its sense next to a region of the same name (Washington, D.C.). */
const BIG_CITY = 100_000;
/** A small namesake of a region is kept when a place named without doubt lies this close. */
const BESIDE_KM = 30;
const REGION_NOUNS = new Set(['state', 'province', 'region', 'oblast', 'governorate', 'prefecture', 'territory']);
/** Context weight of each unambiguous city mention. */
const SETTLED_WEIGHT = 0.5;
/** Context weight of each city chosen in the second pass. */
const CHOSEN_WEIGHT = 0.25;
/** Spatial coherence between senses of different names. */
const COHERENCE_KM = 100;
const COHERENCE_BONUS = 0.75;
/** Names with more senses than this ("Springfield") are not used as evidence for others. */
const COHERENCE_MAX_SENSES = 40;

/** Local focus: names with senses in more US states than this say nothing about the state. */
const FOCUS_MAX_STATES = 20;
/** Between states that as many names share, the tightest wins only by this margin (mean km). */
const FOCUS_SPREAD_MARGIN_KM = 25;

/**
 * The document's local focus: the US state where the senses of the most distinct names lie
 * (ties: each name counts 1/√(number of its states)), when at least two names share it and one of them
 * can only be in the US (a county, a state, a town with no namesake abroad). Local news names its
 * towns without their state ("Paris" and "Henry County", "Paris" and "Dallas"); the state they
 * share is where the article is. Ties share the weight.
 */
/** A foreign country or region's name ("Ontario", "Alberta") is not read as a US town's. */
function foreignRegion(senses: GazEntry[]): boolean {
  const best = topSense(senses);
  if (best === null) return false;
  // An ocean, sea, continent or world region ("the Pacific", "Central Asia") says nothing about
  // a US state either: Pacific, Washington must not pull "Washington" to the state.
  if (best.kind === 'feature' || best.kind === 'continent' || best.kind === 'region') return true;
  return best.cc !== 'US' && (best.kind === 'country' || best.featureCode === 'ADM1');
}

/** The sense with the highest prior. */
function topSense(senses: GazEntry[]): GazEntry | null {
  let best: GazEntry | null = null;
  for (const e of senses) if (!best || prior(e) > prior(best)) best = e;
  return best;
}

function localFocus(groups: Map<string, GazEntry[]>): string | null {
  // state → the senses there of each name that has some.
  const byState = new Map<string, GazEntry[][]>();
  const anchored = new Set<string>();
  for (const senses of groups.values()) {
    if (foreignRegion(senses)) continue;
    const local = new Map<string, GazEntry[]>();
    for (const e of senses) {
      if (e.cc !== 'US' || !e.admin1 || (e.kind !== 'city' && e.kind !== 'admin')) continue;
      const list = local.get(e.admin1);
      if (list) list.push(e);
      else local.set(e.admin1, [e]);
    }
    if (local.size === 0 || local.size > FOCUS_MAX_STATES) continue;
    const usOnly = topSense(senses)?.cc === 'US';
    for (const [st, list] of local) {
      const perName = byState.get(st);
      if (perName) perName.push(list);
      else byState.set(st, [list]);
      if (usOnly) anchored.add(st);
    }
  }
  let most = 0;
  for (const [st, perName] of byState) if (anchored.has(st) && perName.length >= 2) most = Math.max(most, perName.length);
  if (most === 0) return null;
  const tied = [...byState].filter(([st, perName]) => anchored.has(st) && perName.length === most);
  let chosen = tied[0]![0];
  if (tied.length > 1) {
    // Spatial minimality: the state where the names' senses lie closest together.
    const spread = (perName: GazEntry[][]) => {
      let sum = 0;
      perName.forEach((list, i) => {
        let best = Infinity;
        for (const e of list) for (let j = 0; j < perName.length; j++) if (j !== i) for (const o of perName[j]!) best = Math.min(best, distanceKm(e.lat, e.lon, o.lat, o.lon));
        sum += best;
      });
      return sum / perName.length;
    };
    const ranked = tied.map(([st, perName]) => [st, spread(perName)] as const).sort((x, y) => x[1] - y[1]);
    if (ranked[1]![1] - ranked[0]![1] < FOCUS_SPREAD_MARGIN_KM) return null;
    chosen = ranked[0]![0];
  }
  return chosen;
}

function prior(e: GazEntry): number {
  return Math.log10(e.population + 100) + (FEATURE_PRIOR[e.featureCode] ?? 0);
}

/** Does a sense lie inside the region or country that qualifies it? */
function inside(e: GazEntry, q: GazEntry): boolean {
  if (q.kind === 'country') return e.cc === q.cc && e !== q;
  if (q.kind !== 'admin' || e.cc !== q.cc || e === q) return false;
  if (e.kind === 'city' && e.cc === 'US') return e.admin1 === q.admin1;
  return distanceKm(e.lat, e.lon, q.lat, q.lon) < QUALIFIER_KM;
}

function contextScore(e: GazEntry, ctx: GeoContext, source: Candidate['source']): number {
  let s = prior(e);
  const cw = e.cc ? ctx.countries.get(e.cc) ?? 0 : 0;
  s += COUNTRY_BONUS * Math.min(1, cw);
  const ak = adminKey(e);
  if (e.kind === 'city' && ak) s += ADMIN_BONUS * Math.min(1, ctx.admins.get(ak) ?? 0);
  if (e.kind === 'admin' && ak) s += ADMIN_BONUS * Math.min(1, ctx.settledAdmins.get(ak) ?? 0);
  if (ctx.dateline.includes(e)) s += 1;
  if (source === 'loose') s -= LOOSE_PENALTY;
  return s;
}

/** Context plus the countries and first-level regions of unambiguous places. */
function enrich(ctx: GeoContext, settled: Array<GazEntry | null>, weight = SETTLED_WEIGHT): GeoContext {
  const countries = new Map(ctx.countries);
  const admins = new Map(ctx.admins);
  const settledAdmins = new Map(ctx.settledAdmins);
  for (const e of settled) {
    if (!e || e.kind !== 'city') continue;
    countries.set(e.cc, (countries.get(e.cc) ?? 0) + weight);
    const ak = adminKey(e);
    if (!ak) continue;
    admins.set(ak, (admins.get(ak) ?? 0) + weight);
    settledAdmins.set(ak, (settledAdmins.get(ak) ?? 0) + weight);
  }
  return { ...ctx, countries, admins, settledAdmins };
}

/** Words that may stand between a place and the "in"/"near" that locates it ("Manas airport in …"). */
const FACILITY_WORDS = new Set(['airport', 'airbase', 'air', 'base', 'port', 'harbor', 'harbour', 'camp', 'crossing', 'district', 'area', 'region', 'village', 'town', 'city']);
const LOCATING_WORDS = new Set(['in', 'near']);
const DIRECTION_WORDS = new Set(['neighboring', 'neighbouring', 'northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'the']);

/** The country or first-level region candidate that locates the place ending at token `end`, if any. */
function locatingQualifier(seg: Segmentation, end: number, byToken: Map<number, Candidate>): Candidate | null {
  let i = end;
  for (let k = 0; k < 2 && FACILITY_WORDS.has(seg.tokens[i]?.text.toLowerCase() ?? ''); k++) i++;
  if (!LOCATING_WORDS.has(seg.tokens[i]?.text ?? '')) return null;
  i++;
  for (let k = 0; k < 2 && DIRECTION_WORDS.has(seg.tokens[i]?.text ?? ''); k++) i++;
  const q = byToken.get(i);
  return q && q.senses.some((e) => e.kind === 'country' || e.featureCode === 'ADM1') ? q : null;
}

export function resolveCandidates(candidates: Candidate[], seg: Segmentation, context: GeoContext): Resolved[] {
  let ctx = context;
  const byToken = new Map(candidates.map((c) => [c.token, c]));
  // Places named without doubt (one sense, a town or a county): a small namesake of a country or
  // region right next to one of them is the town ("Lebanon" beside Myerstown, Pennsylvania).
  const sure = candidates.filter((c) => c.senses.length === 1 && (c.senses[0]!.kind === 'city' || c.senses[0]!.featureCode === 'ADM2')).map((c) => c.senses[0]!);
  const besideMemo = new Map<GazEntry, boolean>();
  const besideSure = (e: GazEntry) => {
    let v = besideMemo.get(e);
    if (v === undefined) besideMemo.set(e, (v = sure.some((o) => o !== e && distanceKm(e.lat, e.lon, o.lat, o.lon) < BESIDE_KM)));
    return v;
  };
  // 1. Qualifiers narrow senses: "X, Y" where Y is a region or country containing a sense of X.
  const narrowed = candidates.map((c) => {
    let senses = c.senses;
    let qualified = false;
    const q = seg.tokens[c.endToken]?.text === ',' ? byToken.get(c.endToken + 1) : undefined;
    if (q) {
      const inQ = c.senses.filter((e) => q.senses.some((qs) => inside(e, qs)));
      if (inQ.length > 0) {
        senses = inQ;
        qualified = true;
      }
    }
    // A name that is a country or first-level region is not also read as a small town
    // ("California" is not California, Missouri; "Ontario" not Ontario, Ohio).
    const key = compactKey(c.text);
    if (!qualified && senses.some((e) => (e.kind === 'country' || e.featureCode === 'ADM1') && compactKey(e.name) === key)) {
      senses = senses.filter((e) => e.kind !== 'city' || e.population >= BIG_CITY || besideSure(e));
    }
    // "the province of Hunan": the region.
    const before = seg.tokens.slice(Math.max(0, c.token - 2), c.token).map((t) => t.text.toLowerCase());
    if (!qualified && before[1] === 'of' && before[0] && REGION_NOUNS.has(before[0])) {
      const regions = senses.filter((e) => e.kind === 'admin');
      if (regions.length > 0) {
        senses = regions;
        qualified = true;
      }
    }
    // "Washington state", "Punjab province": the region, not its namesake city.
    const next = seg.tokens[c.endToken]?.text.toLowerCase();
    if (!qualified && next && REGION_NOUNS.has(next)) {
      const regions = senses.filter((e) => e.kind === 'admin');
      if (regions.length > 0) {
        senses = regions;
        qualified = true;
      }
    }
    // "Manas airport in neighboring Kyrgyzstan", "a camp near Jordan": the country or region named
    // right after decides; a town whose every sense lies elsewhere is one the gazetteer lacks,
    // better left unresolved than placed in another country.
    if (!qualified) {
      const q = locatingQualifier(seg, c.endToken, byToken);
      if (q) {
        const inQ = senses.filter((e) => e.kind === 'city' && q.senses.some((qs) => inside(e, qs)));
        if (inQ.length > 0) {
          senses = inQ;
          qualified = true;
        } else if (senses.every((e) => e.kind === 'city' && e.population < BIG_CITY)) {
          senses = [];
        }
      }
    }
    return { c, senses, qualified };
  });

  // Local focus: the state most names share counts as named, and the US with it, for every name
  // but other romanisations and names of foreign countries and regions ("Ontario").
  const focusGroups = new Map<string, GazEntry[]>();
  for (const n of narrowed) {
    if (n.c.source === 'loose') continue;
    const k = compactKey(n.c.text);
    const have = focusGroups.get(k);
    focusGroups.set(k, have ? [...new Set([...have, ...n.senses])] : n.senses);
  }
  const focusState = localFocus(focusGroups);
  const focusScore = (e: GazEntry, self: string): number => {
    if (!focusState || e.cc !== 'US' || !focusGroups.has(self) || foreignRegion(focusGroups.get(self)!)) return 0;
    let s = COUNTRY_BONUS * (1 - Math.min(1, ctx.countries.get('US') ?? 0));
    if (e.admin1 === focusState) {
      const have = e.kind === 'city' ? ctx.admins.get(`US.${focusState}`) : e.kind === 'admin' ? ctx.settledAdmins.get(`US.${focusState}`) : 1;
      s += ADMIN_BONUS * (1 - Math.min(1, have ?? 0));
    }
    return s;
  };

  // 2. First pass: best sense by prior and context.
  // Spatial coherence: a sense near some sense of another name in the article ("Paris" and
  // "Henry County" both in Tennessee) is more likely than an isolated one.
  const nameKeys = narrowed.map((n) => compactKey(n.c.text));
  const sensesByName = new Map<string, GazEntry[]>();
  narrowed.forEach((n, i) => {
    if (n.senses.length <= COHERENCE_MAX_SENSES) sensesByName.set(nameKeys[i]!, n.senses.filter((e) => e.kind === 'city' || e.featureCode === 'ADM2'));
  });
  // Memoised per (sense, name): a name mentioned many times asks the same question each time.
  const coherenceMemo = new Map<string, Map<GazEntry, number>>();
  const coherence = (e: GazEntry, self: string): number => {
    let memo = coherenceMemo.get(self);
    if (!memo) coherenceMemo.set(self, (memo = new Map()));
    let v = memo.get(e);
    if (v === undefined) memo.set(e, (v = coherenceOf(e, self)));
    return v;
  };
  const coherenceOf = (e: GazEntry, self: string): number => {
    if (e.kind !== 'city' && e.featureCode !== 'ADM2') return 0;
    let n = 0;
    for (const [k, list] of sensesByName) {
      if (k === self) continue;
      if (list.some((o) => distanceKm(e.lat, e.lon, o.lat, o.lon) < COHERENCE_KM)) n++;
      if (n >= 2) break;
    }
    return n * COHERENCE_BONUS;
  };
  // Is a city within NEAR_KM of an anchor? Memoised per anchor list (one list for the document).
  const nearMemo = new WeakMap<GazEntry[], Map<GazEntry, boolean>>();
  const nearAnchor = (e: GazEntry, anchors: GazEntry[]): boolean => {
    let memo = nearMemo.get(anchors);
    if (!memo) nearMemo.set(anchors, (memo = new Map()));
    let v = memo.get(e);
    if (v === undefined) memo.set(e, (v = anchors.some((a) => a !== e && distanceKm(e.lat, e.lon, a.lat, a.lon) < NEAR_KM)));
    return v;
  };
  let useCoherence = false;
  const pick = (all: GazEntry[], source: Candidate['source'], anchors: GazEntry[], self = '', romanised?: GazEntry[]) => {
    // Another romanisation is trusted only inside a country the article is about.
    const inContext = (e: GazEntry) => (ctx.countries.get(e.cc) ?? 0) > 0;
    // Another romanisation beside an exact match counts only when no exact sense lies in such a
    // country ("Mansoura" with Egypt named: Al Manşūrah; "Pittsburgh" in a US story stays itself).
    const extra = romanised && all.length > 0 && !all.some(inContext) ? romanised.filter(inContext) : [];
    const senses = source === 'loose' ? all.filter(inContext) : extra.length > 0 ? [...all, ...extra] : all;
    let best: GazEntry | null = null;
    let bestScore = -Infinity;
    for (const e of senses) {
      let s = contextScore(e, ctx, source) + focusScore(e, self);
      if (extra.includes(e)) s -= LOOSE_PENALTY;
      if (anchors.length > 0 && e.kind === 'city' && nearAnchor(e, anchors)) s += NEAR_BONUS;
      if (useCoherence && all.length > 1) s += coherence(e, self);
      if (s > bestScore) { bestScore = s; best = e; }
    }
    return best;
  };
  const first = narrowed.map((n, i) => pick(n.senses, n.c.source, [], nameKeys[i], n.c.romanised));
  // The places settled in the first pass add their countries and regions to the context: a
  // "Georgia" among Athens and Gainesville is the state.
  ctx = enrich(ctx, narrowed.map((n, i) => (n.senses.length === 1 || n.qualified ? first[i]! : null)));
  // Anchors: places settled without doubt (one sense, or qualified), cities and regions only.
  const anchors = narrowed
    .map((n, i) => (n.qualified || n.senses.length === 1 ? first[i] : null))
    .filter((e): e is GazEntry => e !== null && (e.kind === 'city' || e.kind === 'admin'));
  const provisional = narrowed.map((n, i) => (n.qualified ? first[i]! : pick(n.senses, n.c.source, anchors, nameKeys[i], n.c.romanised)));
  // Third pass: every city chosen so far adds a little context ("Gainesville" next to "Duluth").
  ctx = enrich(ctx, provisional, CHOSEN_WEIGHT);
  useCoherence = true;
  const second = narrowed.map((n, i) => (n.qualified ? first[i]! : pick(n.senses, n.c.source, anchors, nameKeys[i], n.c.romanised)));

  // 3. One sense per name per document: a qualified mention decides for its name; otherwise the
  //    sense chosen most often (ties: first mention).
  const groups = new Map<string, number[]>();
  narrowed.forEach((n, i) => {
    const k = compactKey(n.c.text);
    const list = groups.get(k);
    if (list) list.push(i);
    else groups.set(k, [i]);
  });
  const final = [...second];
  for (const idxs of groups.values()) {
    if (idxs.length < 2) continue;
    const q = idxs.find((i) => narrowed[i]!.qualified);
    let chosen: GazEntry | null;
    if (q !== undefined) chosen = second[q]!;
    else {
      const votes = new Map<GazEntry, number>();
      for (const i of idxs) if (second[i]) votes.set(second[i]!, (votes.get(second[i]!) ?? 0) + 1);
      chosen = [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    }
    for (const i of idxs) if (!narrowed[i]!.qualified || !second[i]) final[i] = chosen;
  }
  return narrowed.map((n, i) => ({ candidate: n.c, sense: final[i] ?? null, qualified: n.qualified }));
}
