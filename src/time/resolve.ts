/**
 * Resolving underspecified dates against the reference: which year a bare "April" or "Dec. 15"
 * means, which week a bare "Friday" means.
 *
 * Rules (HeidelTime's "news" strategy, simplified):
 *   - an explicit relation wins: "last April" is the latest April before the reference month,
 *     "next April" the first after it, "this April" the one in the reference year;
 *   - otherwise a future cue nearby ("will", "next", "scheduled") takes the next occurrence on
 *     or after the reference, a past cue the latest on or before it;
 *   - otherwise months and dates take the nearest occurrence (ties go to the past), weekdays the
 *     latest on or before the reference (news mostly reports what happened).
 */
import { addDays, dateValue, monthValue, pad, refDay, unknownDay, weekday, ymd, type RefDate } from './reference.js';

/** How far ahead (in months) a bare month or date may lie before it is taken as past. */
export const FORWARD_MONTHS = 3;

export type Relation = 'last' | 'next' | 'this' | null;
export type Direction = 'future' | 'past' | null;

export function relationOf(word: string | undefined): Relation {
  const w = (word ?? '').toLowerCase();
  if (w === 'last' || w === 'past' || w === 'previous') return 'last';
  if (w === 'next' || w === 'coming' || w === 'following') return 'next';
  if (w === 'this') return 'this';
  return null;
}

/** How far (in days) a tense cue may move a date away from the default reading. */
const CUE_REACH_DAYS = 8 * 31;

/**
 * Picks the year of a month/day (`ord` = month * 31 + day) seen from the reference. With a cue,
 * the nearest occurrence on that side, if within CUE_REACH_DAYS; else the latest occurrence,
 * unless the date lies at most FORWARD_MONTHS ahead.
 */
function pickYear(ref: { year: number; month: number; day: number | null }, ord: number, dir: Direction): number {
  const refOrd = ref.month * 31 + (ref.day ?? 15);
  const ahead = ord >= refOrd ? ord - refOrd : ord + 372 - refOrd; // days to the next occurrence (≥ 0)
  const behind = ord <= refOrd ? refOrd - ord : refOrd + 372 - ord; // days since the last one (≥ 0)
  const nextYear = ord >= refOrd ? ref.year : ref.year + 1;
  const lastYear = ord <= refOrd ? ref.year : ref.year - 1;
  if (dir === 'future' && ahead <= CUE_REACH_DAYS) return nextYear;
  if (dir === 'past' && behind <= CUE_REACH_DAYS) return lastYear;
  return ahead <= FORWARD_MONTHS * 31 ? nextYear : lastYear;
}

/** Year of a month (1–12) seen from the reference. */
export function yearForMonth(ref: RefDate, month: number, rel: Relation, dir: Direction): number | null {
  if (ref.year === null) return null;
  if (ref.month === null) return ref.year;
  const diff = month - ref.month; // within the reference year
  if (rel === 'this') return ref.year;
  if (rel === 'last') return diff < 0 ? ref.year : ref.year - 1;
  if (rel === 'next') return diff > 0 ? ref.year : ref.year + 1;
  // a month counts from its middle, the reference month as the reference itself
  return diff === 0 ? ref.year : pickYear({ year: ref.year, month: ref.month, day: ref.day }, month * 31 + 15, dir);
}

export function resolveMonth(ref: RefDate, month: number, rel: Relation, dir: Direction): string {
  return monthValue(yearForMonth(ref, month, rel, dir), month);
}

/** "Dec. 15" without a year. */
export function resolveMonthDay(ref: RefDate, month: number, day: number, dir: Direction): string {
  if (ref.year === null) return dateValue(null, month, day);
  if (ref.month === null) return dateValue(ref.year, month, day);
  return dateValue(pickYear({ year: ref.year, month: ref.month, day: ref.day }, month * 31 + day, dir), month, day);
}

/** "Friday", "last Friday", "next Friday". */
export function resolveWeekday(ref: RefDate, wd: number, rel: Relation, dir: Direction): string {
  const day = refDay(ref);
  if (!day) return `${ref.year !== null ? pad(ref.year, 4) : 'XXXX'}-WXX-${wd}`;
  const cur = weekday(day.y, day.m, day.d);
  let delta: number;
  const back = -((cur - wd + 7) % 7); // 0 … -6
  const fwd = (wd - cur + 7) % 7; // 0 … 6
  if (rel === 'last') delta = back === 0 ? -7 : back;
  else if (rel === 'next') delta = fwd === 0 ? 7 : fwd;
  else if (rel === 'this') delta = fwd;
  else if (dir === 'future') delta = fwd;
  else delta = back;
  const r = addDays(day.y, day.m, day.d, delta);
  return ymd(r.y, r.m, r.d);
}

/** Reference day shifted by n days, or an unknown day. */
export function relativeDay(ref: RefDate, n: number): string {
  const day = refDay(ref);
  if (!day) return unknownDay(ref, n);
  const r = addDays(day.y, day.m, day.d, n);
  return ymd(r.y, r.m, r.d);
}
