/**
 * Events stage: CAMEO-coded events with actors, date, place and evidence.
 *   1. actor and location mentions from the entities and places stages (actors.ts);
 *   2. triggers and frames per sentence (coder.ts, patterns in data/events/verb-patterns.tsv);
 *   3. date: the time expression governing the trigger's clause, else the publication date
 *      (marked implied); place: the visited place, else a place of the sentence, else the dateline;
 *   3b. statements: quotes with a speaking actor and a CAMEO cue verb (statements.ts);
 *   4. settling: the same event stated twice (same dyad, root and date) is one event with
 *      several mentions (settle.ts).
 */
import { readTsv } from '../core/data-dir.js';
import type { Actor, Amount, Article, Entity, EventPlace, Place, Quote, Segmentation, Sentence, SitrepEvent, Span, TimeExpression } from '../core/types.js';
import { sentenceIndexAt } from '../nlp/segment.js';
import { actorMentions, locationMentions, placeOfLocation, type ActorMention, type LocationMention } from './actors.js';
import { answeredAccusations, codeSentence, type CodedEvent } from './coder.js';
import { quotedRanges } from '../core/spans.js';
import { baseOf, cameo, rootOf } from './cameo.js';
import { settleEvents } from './settle.js';
import { statementEvents } from './statements.js';
import { actorGeo } from './actor-geo.js';
import { actorKnowledge, focusCountry } from '../nlp/entities/index.js';

export interface EventsInput {
  article: Article;
  seg: Segmentation;
  entities: Entity[];
  places: Place[];
  times: TimeExpression[];
  amounts: Amount[];
  quotes: Quote[];
}

export function codeEvents(input: EventsInput): SitrepEvent[] {
  const { article, seg, entities, places, times } = input;
  const text = article.text;
  const actors = actorMentions(text, seg, entities, focusCountry(article, entities));
  const locations = locationMentions(seg, entities, places);
  const quoted = quotedRanges(text);
  const coded: CodedEvent[] = [];
  const byActor = bucket(seg.sentences, actors);
  const byLocation = bucket(seg.sentences, locations);
  const byQuote = bucketOverlapping(seg.sentences, quoted);
  seg.sentences.forEach((s, i) => coded.push(...codeSentence(text, seg, s, byActor[i]!, byLocation[i]!, byQuote[i]!, actOwner(seg, byActor[i - 1] ?? []))));
  // Denials of charges made in the sentences before (coder.ts).
  const answers = answeredAccusations(seg, coded, byActor);
  if (answers.length > 0) {
    coded.push(...answers);
    coded.sort((a, b) => a.sentence.start - b.sentence.start);
  }
  // Statements: quotes whose speaker addresses or names another actor (statements.ts).
  const statements = statementEvents(text, seg, input.quotes, actors, entities, coded);
  if (statements.length > 0) {
    coded.push(...statements);
    coded.sort((a, b) => a.sentence.start - b.sentence.start); // stable: coder order within a sentence
  }
  markReported(coded, input.quotes);
  const firstParagraph = seg.sentences[0]?.paragraph ?? 0;
  const timesBySentence = bucket(seg.sentences, times);
  const indexOf = new Map(seg.sentences.map((s, i) => [s, i]));
  const events = coded.map((c, i) => {
    const si = indexOf.get(c.sentence)!;
    return toEvent(c, i, text, timesBySentence[si]!, byLocation[si]!, byActor[si]!, locations, article, firstParagraph);
  });
  // An actor that names neither a country nor a known group cannot be placed on a dyad.
  const identified = (a: Actor | null) => !a || !!a.countryCode || !!a.knownGroup;
  const personIds = new Set(entities.filter((e) => e.type === 'PERSON').map((e) => e.id));
  return settleEvents(events.filter((e) => identified(e.actor1) && identified(e.actor2) && !!e.actor1), personIds);
}

let actNouns: Set<string> | null = null;
/** Nouns for acts whose owner a possessive names ("Washington's actions", "Russia's move"): `data/events/act-nouns.tsv`. */
function isActNoun(word: string): boolean {
  actNouns ??= new Set(readTsv('events', 'act-nouns.tsv').filter((r) => r['kind']!.split(',').includes('act')).map((r) => r['word']!));
  return actNouns.has(word.toLowerCase());
}

/** The owner of an act named in a sentence ("… support for Washington's actions"): the last possessive actor before an act noun. */
function actOwner(seg: Segmentation, actors: ActorMention[]): ActorMention | null {
  for (let k = actors.length - 1; k >= 0; k--) {
    const a = actors[k]!;
    if (/['’]s?$/.test(seg.tokens[a.t1 - 1]?.text ?? '') || /^['’]s?$/.test(seg.tokens[a.t1]?.text ?? '')) {
      const next = /^['’]s?$/.test(seg.tokens[a.t1]?.text ?? '') ? a.t1 + 1 : a.t1;
      if (isActNoun(seg.tokens[next]?.text ?? '')) return a;
    }
  }
  return null;
}

/**
 * An event told inside a quote's content is the speaker's claim: "Officials said Iran had arrested
 * two sailors" is reported, as an event inside quotation marks already is (coder.ts). Intended acts
 * keep their own modality; statement events (their trigger is the cue, outside the content) stay
 * asserted.
 */
function markReported(coded: CodedEvent[], quotes: Quote[]): void {
  // A few quotes and events per article: a scan is enough.
  for (const c of coded) {
    if (c.modality === 'asserted' && quotes.some((q) => q.start <= c.trigger.start && c.trigger.end <= q.end)) c.modality = 'reported';
  }
}

/** Spans grouped by the sentence that contains them (binary search per span). */
function bucket<T extends { start: number; end: number }>(sentences: Sentence[], items: T[]): T[][] {
  const out: T[][] = sentences.map(() => []);
  for (const it of items) {
    const si = sentenceIndexAt(sentences, it.start);
    if (si >= 0 && it.end <= sentences[si]!.end) out[si]!.push(it);
  }
  return out;
}

/** Spans grouped by every sentence they overlap (quotations can run over several sentences). */
function bucketOverlapping(sentences: Sentence[], items: Span[]): Span[][] {
  const out: Span[][] = sentences.map(() => []);
  let first = 0;
  for (const it of items) {
    while (first < sentences.length && sentences[first]!.end <= it.start) first++;
    for (let si = first; si < sentences.length && sentences[si]!.start < it.end; si++) out[si]!.push(it);
  }
  return out;
}

function actorOf(m: ActorMention, text: string): Actor {
  const e = m.entity;
  const type = m.types[0] && !['IGO', 'NGO', 'INS'].includes(m.types[0]) ? m.types[0] : '';
  // A group active in several countries carries the country of the mention ("Pakistani Taliban").
  const placed = e.knownGroup && m.countryCode && e.country && m.countryCode !== e.country;
  const code = e.knownGroup ? (placed ? m.countryCode + e.knownGroup : e.actorCode ?? e.knownGroup) : (m.countryCode ?? '') + type;
  return {
    name: e.type === 'GPE' && m.end - m.start > 0 ? text.slice(m.start, m.end) : e.name,
    code,
    countryCode: m.countryCode,
    knownGroup: e.knownGroup,
    types: m.types,
    entityId: e.id || null,
    span: { start: m.start, end: m.end },
  };
}

function countryActor(iso3: string): Actor {
  return { name: actorKnowledge().countries.get(iso3)?.name ?? iso3, code: iso3, countryCode: iso3, knownGroup: null, types: [], entityId: null, span: null };
}

function locationActor(l: LocationMention): Actor {
  const k = actorKnowledge();
  return {
    name: l.countryCode ? k.countries.get(l.countryCode)?.name ?? l.name : l.name,
    code: l.countryCode ?? '',
    countryCode: l.countryCode,
    knownGroup: null,
    types: [],
    entityId: null,
    span: { start: l.start, end: l.end },
  };
}

/** The date governing the trigger: the nearest stated date in the sentence (not "until …"). */
function eventDate(c: CodedEvent, times: TimeExpression[], text: string, published: string | null, actors: ActorMention[]): { date: string | null; source: 'stated' | 'implied' | null } {
  const inSentence = times.filter((t) => t.start >= c.sentence.start && t.end <= c.sentence.end && t.type === 'DATE' && /^\d{4}/.test(t.value));
  // "until 2042", "since 1993", "by 2014" bound a state; they do not date the event.
  const bounding = /\b(?:until|till|through|since|by|before)\s*$/i;
  const usable = inSentence.filter((t) => !/^(?:until|till|since|by|before)\b/i.test(t.text) && !bounding.test(text.slice(Math.max(0, t.start - 8), t.start)));
  // A date after the trigger belongs to it only while no new actor (a new subject) intervenes.
  const governed = usable.filter((t) => t.start < c.trigger.start || !actors.some((a) => a.start > c.trigger.end && a.end <= t.start && a !== c.actor2 && a.entity.type === 'PERSON' && a.entity !== c.actor1.entity));
  let best: TimeExpression | null = null;
  let bestDist = Infinity;
  for (const t of governed) {
    const d = t.start >= c.trigger.end ? t.start - c.trigger.end : (c.trigger.start - t.end) * 1.5;
    if (d < bestDist) { best = t; bestDist = d; }
  }
  if (best) return { date: best.value.slice(0, 10), source: 'stated' };
  return { date: published, source: published ? 'implied' : null };
}

function eventPlace(c: CodedEvent, locations: LocationMention[], allLocations: LocationMention[], article: Article, actorSpans: Array<{ start: number; end: number } | null | undefined>): EventPlace | null {
  if (c.location && (c.location.place?.kind !== 'country')) return placeOfLocation(c.location, 'sentence');
  const inSentence = locations.filter(
    (l) => l.start >= c.sentence.start && l.end <= c.sentence.end && l.place && l.place.kind !== 'country' && !l.place.entityId && !actorSpans.some((s) => s && l.start >= s.start && l.end <= s.end),
  );
  const city = inSentence.find((l) => l.place && l.place.kind !== 'country');
  if (city) return placeOfLocation(city, 'sentence');
  if (article.dateline) {
    const d = allLocations.find((l) => l.start >= article.dateline!.start && l.end <= article.dateline!.end && l.place);
    if (d) return placeOfLocation(d, 'dateline');
  }
  if (c.location) return placeOfLocation(c.location, 'country');
  return null;
}

/** `times`, `locations` and `actors` are those of the event's sentence; `allLocations` finds the dateline's place. */
function toEvent(c: CodedEvent, i: number, text: string, times: TimeExpression[], locations: LocationMention[], actors: ActorMention[], allLocations: LocationMention[], article: Article, firstParagraph: number): SitrepEvent {
  const info = cameo(c.code);
  const a1 = actorOf(c.actor1, text);
  const a2 = c.actor2 ? actorOf(c.actor2, text) : c.domesticTarget ? countryActor(c.domesticTarget) : c.location ? locationActor(c.location) : null;
  const { date, source } = eventDate(c, times, text, article.published, actors);
  a1.geo = actorGeo(a1, text, locations, a2?.span);
  if (a2) a2.geo = actorGeo(a2, text, locations, a1.span);
  return {
    id: `V${i + 1}`,
    code: c.code,
    rootCode: rootOf(c.code),
    baseCode: baseOf(c.code),
    quadClass: info.quadClass,
    goldstein: info.goldstein,
    plover: info.ploverEvent ? { event: info.ploverEvent, mode: info.ploverMode } : null,
    actor1: a1,
    actor2: a2,
    date,
    dateSource: source,
    place: eventPlace(c, locations, allLocations, article, [a1.span, a2?.span]),
    isRoot: c.sentence.paragraph === firstParagraph,
    sentence: { start: c.sentence.start, end: c.sentence.end },
    evidence: text.slice(c.sentence.start, c.sentence.end),
    evidenceSpans: { verb: c.trigger, actor1: a1.span ?? null, actor2: a2?.span ?? null },
    modality: c.modality,
    confidence: c.confidence,
    rule: c.pattern.id + ':' + c.pattern.frame + (c.fromQuote ? ':quote' : ''),
    mentions: [{ start: c.sentence.start, end: c.sentence.end }],
  };
}
