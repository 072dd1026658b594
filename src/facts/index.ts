/**
 * Facts stage: n-ary facts assembled from the earlier stages' output, each field with the span
 * that supports it.
 *   agreement   a signing event (CAMEO 057): parties, signed date and place, valid until, term,
 *               what it extends (a sentence about extending/prolonging with "signed in" and
 *               "expire in" dates);
 *   deployment  a count of troops with the force (a military organisation), its owner, the host
 *               country and the sites named in the same sentence;
 *   attack      an assault or fight event (roots 18–20) with the killed/wounded counts linked to it;
 *   count       GDELT's counts: a number of people killed, wounded, arrested, kidnapped, protesting
 *               or displaced, with the event of its sentence it quantifies (`counts.ts`).
 * Cue words live in `data/facts/cues.tsv` and `data/facts/count-kinds.tsv`.
 */
import type { Amount, Fact, Place, SitrepEvent, Span, TimeExpression } from '../core/types.js';
import type { EventsInput } from '../events/index.js';
import { readTsv } from '../core/data-dir.js';
import { actorKnowledge } from '../nlp/entities/index.js';
import { eventOfCount, findCounts, type Count } from './counts.js';

type Cues = Record<string, RegExp>;
let cues: Cues | null = null;
function cue(name: string): RegExp {
  if (!cues) {
    cues = {};
    for (const r of readTsv('facts', 'cues.tsv')) cues[r['cue']!] = new RegExp(`\\b(?:${r['words']})\\b`, 'i');
  }
  const re = cues[name];
  if (!re) throw new Error(`sitrep: data/facts/cues.tsv has no cue "${name}"`);
  return re;
}

const within = (s: Span, x: Span) => x.start >= s.start && x.end <= s.end;

export function findFacts(input: EventsInput & { events: SitrepEvent[] }): Fact[] {
  const facts: Fact[] = [];
  const text = input.article.text;
  const sentences = input.seg.sentences;
  for (const e of input.events.filter((ev) => ev.code === '057')) facts.push(agreementFact(e, input, facts.length));
  for (const s of sentences) {
    const d = deploymentFact(s, input, text, facts.length);
    if (d) facts.push(d);
  }
  const counts = findCounts(input.amounts, sentences, text).map((c) => ({ count: c, event: eventOfCount(c, input.events) }));
  for (const e of input.events.filter((ev) => ['18', '19', '20'].includes(ev.rootCode))) {
    const a = attackFact(e, counts, facts.length);
    if (a) facts.push(a);
  }
  for (const c of counts) facts.push(countFact(c.count, c.event, facts.length));
  return facts;
}

function agreementFact(e: SitrepEvent, input: EventsInput, n: number): Fact {
  const text = input.article.text;
  const evidence: Fact['evidence'] = [{ field: 'signed', ...e.evidenceSpans.verb }];
  const parties = [e.actor1?.countryCode ?? e.actor1?.name, e.actor2?.countryCode ?? e.actor2?.name].filter((x): x is string => !!x);
  const fields: Record<string, unknown> = { parties: [...new Set(parties)].sort(), signed: e.date, place: e.place?.name ?? null };
  if (e.actor1?.span) evidence.push({ field: 'parties', ...e.actor1.span });
  if (e.actor2?.span) evidence.push({ field: 'parties', ...e.actor2.span });
  // Sentences about this agreement: its mentions, and sentences naming an agreement word.
  const about = input.seg.sentences.filter((s) => e.mentions.some((m) => m.start === s.start) || cue('agreement').test(text.slice(s.start, s.end)));
  const times = input.times.filter((t) => about.some((s) => within(s, t)));
  const until = times.find((t) => /^(?:until|till|through)\b/i.test(t.text) || /\b(?:until|till|through)\s*$/i.test(text.slice(Math.max(0, t.start - 8), t.start)));
  if (until) {
    fields['valid_until'] = until.value;
    evidence.push({ field: 'valid_until', start: until.start, end: until.end });
  }
  const term = times.find((t) => t.type === 'DURATION' && /^P\d+Y$/.test(t.value));
  if (term) {
    fields['term'] = term.value;
    evidence.push({ field: 'term', start: term.start, end: term.end });
  }
  // "extends a deal signed in 1993, which was due to expire in 2014"
  for (const s of input.seg.sentences) {
    const st = text.slice(s.start, s.end);
    if (!cue('extend').test(st) || !cue('agreement').test(st)) continue;
    const inS = input.times.filter((t) => within(s, t) && t.type === 'DATE');
    const signed = dateAfter(text, inS, s, /\bsigned\b/i);
    const expires = dateAfter(text, inS, s, cue('expire'));
    if (signed || expires) {
      fields['extends'] = { signed: signed?.value ?? null, expires: expires?.value ?? null };
      if (signed) evidence.push({ field: 'extends.signed', start: signed.start, end: signed.end });
      if (expires) evidence.push({ field: 'extends.expires', start: expires.start, end: expires.end });
      break;
    }
  }
  const objectStart = e.evidenceSpans.verb.end;
  const sentEnd = e.sentence.end;
  const subject = text.slice(objectStart, sentEnd).replace(/^\s*(?:an?|the)\s+/i, '').replace(/[.\s]+$/, '');
  fields['subject'] = subject;
  return { id: `F${n + 1}`, kind: 'agreement', fields, evidence };
}

function dateAfter(text: string, times: TimeExpression[], s: Span, cueRe: RegExp): TimeExpression | null {
  const st = text.slice(s.start, s.end);
  const m = cueRe.exec(st);
  if (!m) return null;
  const at = s.start + m.index;
  return times.filter((t) => t.start > at).sort((a, b) => a.start - b.start)[0] ?? null;
}

function deploymentFact(s: Span, input: EventsInput, text: string, n: number): Fact | null {
  const troops = input.amounts.find((a) => within(s, a) && a.object !== null && cue('troops').test(a.object));
  if (!troops) return null;
  const k = actorKnowledge();
  const force = input.entities.find((e) => e.type === 'ORG' && e.actorTypes.includes('MIL') && e.mentions.some((m) => within(s, m)));
  const sites = input.places.filter((p) => p.kind !== 'country' && p.mentions.some((m) => within(s, m)));
  const countries = input.entities.filter((e) => e.type === 'GPE' && e.mentions.some((m) => within(s, m)));
  const owner = force?.country ?? countries[0]?.country ?? null;
  const iso2to3 = new Map([...k.countries.values()].map((c) => [c.iso2, c.iso3]));
  const siteCountry = sites.map((p) => (p.countryCode ? iso2to3.get(p.countryCode) : undefined)).find((c) => c && c !== owner);
  const host = siteCountry ?? countries.map((c) => c.country).find((c) => c && c !== owner) ?? null;
  if (!force && sites.length === 0 && !host) return null;
  const evidence: Fact['evidence'] = [{ field: 'troops', start: troops.start, end: troops.end }];
  if (force) {
    const m = force.mentions.find((x) => within(s, x))!;
    evidence.push({ field: 'force', start: m.start, end: m.end });
  }
  for (const p of sites) {
    const m = p.mentions.find((x) => within(s, x))!;
    evidence.push({ field: 'sites', start: m.start, end: m.end });
  }
  void text;
  return {
    id: `F${n + 1}`,
    kind: 'deployment',
    fields: { force: force?.name ?? null, owner, host, troops: troops.value, sites: sites.map((p: Place) => p.name) },
    evidence,
  };
}

function attackFact(e: SitrepEvent, counts: Array<{ count: Count; event: SitrepEvent | null }>, n: number): Fact | null {
  // The counts linked to this event; else those of its sentence that no other event took.
  const mine = (kind: Count['kind']) =>
    counts.find((c) => c.count.kind === kind && c.event === e) ??
    counts.find((c) => c.count.kind === kind && c.event === null && within(e.sentence, c.count.amount));
  const killed = mine('KILL')?.count.amount;
  const wounded = mine('WOUND')?.count.amount;
  const evidence: Fact['evidence'] = [{ field: 'event', ...e.evidenceSpans.verb }];
  if (killed) evidence.push({ field: 'killed', start: killed.start, end: killed.end });
  if (wounded) evidence.push({ field: 'wounded', start: wounded.start, end: wounded.end });
  return {
    id: `F${n + 1}`,
    kind: 'attack',
    fields: {
      eventId: e.id,
      perpetrator: e.actor1?.name ?? null,
      target: e.actor2?.name ?? null,
      date: e.date,
      place: e.place?.name ?? null,
      killed: killed?.value ?? null,
      wounded: wounded?.value ?? null,
    },
    evidence,
  };
}

function countFact(c: Count, event: SitrepEvent | null, n: number): Fact {
  const a = c.amount;
  const evidence: Fact['evidence'] = [
    { field: 'number', start: a.start, end: a.end },
    { field: 'kind', start: c.cue.start, end: c.cue.end },
  ];
  if (event) evidence.push({ field: 'eventId', ...event.evidenceSpans.verb });
  return {
    id: `F${n + 1}`,
    kind: 'count',
    fields: {
      kind: c.kind,
      number: a.value,
      modifier: a.modifier ?? null,
      object: a.object,
      eventId: event?.id ?? null,
      date: event?.date ?? null,
      place: event?.place?.name ?? null,
    },
    evidence,
  };
}
