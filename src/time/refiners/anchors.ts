/**
 * Resolves the candidates that name a time from another one in the story ("the next day",
 * "that year", "the following month", "the previous Friday"). Their anchor is the latest date
 * mentioned before them, in text order, that is precise enough for the unit (a day for "the next
 * day", a month for "the following month"); with none, the reference date is the anchor.
 */
import type { Candidate } from '../candidate.js';
import { addDays, addMonths, isoWeek, pad, quarterOf, shiftReference, type RefDate, weekday, ymd } from '../reference.js';
import { relativeDay } from '../resolve.js';

const PRECISION: Record<string, RegExp> = {
  day: /^(\d{4})-(\d\d)-(\d\d)/,
  weekday: /^(\d{4})-(\d\d)-(\d\d)/,
  week: /^(\d{4})-(\d\d)-(\d\d)/,
  month: /^(\d{4})-(\d\d)(?![\dW])/,
  quarter: /^(\d{4})-(?:(\d\d)(?![\dW])|Q(\d))/,
  year: /^(\d{4})(?![\d])/,
};

function fromAnchor(a: NonNullable<Candidate['anchor']>, m: RegExpExecArray): string | null {
  const y = Number(m[1]);
  switch (a.unit) {
    case 'day': {
      const r = addDays(y, Number(m[2]), Number(m[3]), a.shift);
      return ymd(r.y, r.m, r.d) + (a.part ? `T${a.part}` : '');
    }
    case 'weekday': {
      const d = { y, m: Number(m[2]), d: Number(m[3]) };
      const cur = weekday(d.y, d.m, d.d);
      const wd = a.weekday ?? cur;
      const delta = a.shift < 0 ? -(((cur - wd + 7) % 7) || 7) : ((wd - cur + 7) % 7) || 7;
      const r = addDays(d.y, d.m, d.d, delta);
      return ymd(r.y, r.m, r.d) + (a.part ? `T${a.part}` : '');
    }
    case 'week': {
      const r = addDays(y, Number(m[2]), Number(m[3]), 7 * a.shift);
      return isoWeek(r.y, r.m, r.d);
    }
    case 'month': {
      const r = addMonths(y, Number(m[2]), a.shift);
      return `${pad(r.y, 4)}-${pad(r.m)}`;
    }
    case 'quarter': {
      const q = m[3] ? Number(m[3]) : quarterOf(Number(m[2]));
      const idx = y * 4 + q - 1 + a.shift;
      return `${pad(Math.floor(idx / 4), 4)}-Q${(idx % 4) + 1}`;
    }
    case 'year':
      return pad(y + a.shift, 4);
    default:
      return null;
  }
}

/** Value of an anchored candidate seen from the reference (no earlier date in the text). */
function fromReference(a: NonNullable<Candidate['anchor']>, ref: RefDate): string {
  if (a.unit === 'day') return relativeDay(ref, a.shift) + (a.part ? `T${a.part}` : '');
  if (a.unit === 'weekday') {
    const day = ref.year !== null && ref.month !== null && ref.day !== null ? ymd(ref.year, ref.month, ref.day) : null;
    if (!day) return `${ref.year !== null ? pad(ref.year, 4) : 'XXXX'}-WXX-${a.weekday}`;
    return fromAnchor(a, PRECISION['day']!.exec(day)!) ?? day;
  }
  return shiftReference(ref, a.unit, a.shift);
}

/** Fills in the value of every anchored candidate (input sorted by position). */
export function resolveAnchors(cands: Candidate[], ref: RefDate): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    if (!c.anchor) {
      out.push(c);
      continue;
    }
    const re = PRECISION[c.anchor.unit]!;
    let value: string | null = null;
    for (let i = out.length - 1; i >= 0 && value === null; i--) {
      const prev = out[i]!;
      if (prev.type !== 'DATE' && prev.type !== 'TIME') continue;
      const m = re.exec(prev.value);
      if (m) value = fromAnchor(c.anchor, m);
    }
    const { anchor, ...rest } = c;
    out.push({ ...rest, value: value ?? fromReference(anchor, ref) });
  }
  return out;
}
