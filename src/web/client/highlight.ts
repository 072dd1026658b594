/**
 * Highlighting from spans: every annotation becomes a `Mark` over `article.text`; `segments` cuts
 * the text at every mark boundary so each piece knows the marks covering it. The reader renders
 * each piece as a text node (inside a span when marked): the text is never parsed as markup.
 */
import type { ExtractResult, SitrepEvent } from '../../core/types.js';
import { codeLabel, QUADS } from './cameo.js';

export type MarkKind = 'entity' | 'place' | 'time' | 'amount' | 'quote' | 'speaker' | 'event' | 'sentence' | 'verb' | 'actor1' | 'actor2' | 'fact';

export interface Mark {
  start: number;
  end: number;
  kind: MarkKind;
  /** What hovering shows: codes and resolved values. */
  title: string;
  /** Extra attributes for the rendered span (`data-…`). */
  data?: Record<string, string>;
}

export interface Segment {
  start: number;
  end: number;
  marks: Mark[];
}

/** Cuts [0, length) at every mark boundary; marks outside the text or empty are ignored. */
export function segments(length: number, marks: Mark[]): Segment[] {
  const ok = marks.filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.end <= length && m.start < m.end);
  const cuts = new Set<number>([0, length]);
  for (const m of ok) cuts.add(m.start).add(m.end);
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = [...ok].sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let active: Mark[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    active = active.filter((m) => m.end > a);
    while (next < byStart.length && byStart[next]!.start <= a) active.push(byStart[next++]!);
    out.push({ start: a, end: b, marks: active.filter((m) => m.end >= b) });
  }
  return out;
}

const fmt = (n: number | null | undefined, d = 3) => (typeof n === 'number' ? n.toFixed(d) : '?');

export function eventTitle(e: SitrepEvent): string {
  const actors = `${e.actor1?.code ?? '—'} → ${e.actor2?.code ?? '—'}`;
  const place = e.place ? ` · place ${e.place.name}${e.place.geonameId ? ` (GeoNames ${e.place.geonameId})` : ''}` : '';
  return `Event ${e.id}: ${codeLabel(e.code)} · ${actors} · QuadClass ${e.quadClass} ${QUADS[e.quadClass]?.name ?? ''} · Goldstein ${e.goldstein} · date ${e.date ?? 'unknown'}${place} · ${e.modality}`;
}

/** Every mark of an article; the selected event adds its sentence, verb and actor spans. */
export function marksFor(r: ExtractResult, selectedEvent: string | null): Mark[] {
  const marks: Mark[] = [];
  for (const ent of r.entities) {
    const info = [`${ent.type} ${ent.name}`, ent.actorCode && `actor ${ent.actorCode}`, ent.country && `country ${ent.country}`, ent.role && `role ${ent.role}`].filter(Boolean).join(' · ');
    for (const m of ent.mentions) marks.push({ start: m.start, end: m.end, kind: 'entity', title: `${info} (${m.kind})`, data: { etype: ent.type, entity: ent.id } });
  }
  for (const p of r.places) {
    const info = `Place ${p.name} · GeoNames ${p.geonameId ?? 'unresolved'} · ${p.countryCode ?? '?'} · ${fmt(p.lat)}, ${fmt(p.lon)} · ${p.featureCode ?? p.kind}`;
    for (const m of p.mentions) marks.push({ start: m.start, end: m.end, kind: 'place', title: info, data: { place: p.id } });
  }
  for (const t of r.times) marks.push({ start: t.start, end: t.end, kind: 'time', title: `TIMEX ${t.type} ${t.value}${t.mod ? ` (${t.mod})` : ''}` });
  for (const a of r.amounts) {
    const v = `${a.modifier ? `${a.modifier} ` : ''}${a.value}${a.valueMax ? `–${a.valueMax}` : ''}${a.unit ? ` ${a.unit}` : ''}`;
    marks.push({ start: a.start, end: a.end, kind: 'amount', title: `Amount ${v}${a.object ? ` · ${a.object}` : ''}` });
  }
  for (const [i, q] of r.quotes.entries()) {
    const who = q.speaker?.name ?? 'unknown speaker';
    marks.push({ start: q.start, end: q.end, kind: 'quote', title: `${q.kind} quote · speaker: ${who}`, data: { speaker: who, quote: String(i) } });
    if (q.speaker && q.speaker.end > q.speaker.start) marks.push({ start: q.speaker.start, end: q.speaker.end, kind: 'speaker', title: `Speaker: ${who}`, data: { speaker: who } });
  }
  for (const e of r.events) {
    const v = e.evidenceSpans?.verb;
    if (v) marks.push({ start: v.start, end: v.end, kind: 'event', title: eventTitle(e), data: { event: e.id } });
    if (e.id !== selectedEvent) continue;
    marks.push({ start: e.sentence.start, end: e.sentence.end, kind: 'sentence', title: `Evidence of event ${e.id}` });
    if (v) marks.push({ start: v.start, end: v.end, kind: 'verb', title: `Verb: ${codeLabel(e.code)}` });
    const a1 = e.evidenceSpans?.actor1;
    const a2 = e.evidenceSpans?.actor2;
    if (a1) marks.push({ start: a1.start, end: a1.end, kind: 'actor1', title: `Actor 1: ${e.actor1?.name ?? ''} ${e.actor1?.code ?? ''}` });
    if (a2) marks.push({ start: a2.start, end: a2.end, kind: 'actor2', title: `Actor 2: ${e.actor2?.name ?? ''} ${e.actor2?.code ?? ''}` });
  }
  return marks;
}
