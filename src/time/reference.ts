/**
 * The reference date (publication date) and the calendar arithmetic every rule resolves against.
 * A reference may be partial (`2012`, `2012-10`) or absent; values then keep `X` where a field
 * cannot be known (`XXXX-09`), as TIMEX3 allows.
 */

export interface RefDate {
  year: number | null;
  month: number | null;
  day: number | null;
}

export function parseReference(published: string | null): RefDate {
  const m = published ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(published) : null;
  if (!m) return { year: null, month: null, day: null };
  return { year: +m[1]!, month: m[2] ? +m[2] : null, day: m[3] ? +m[3] : null };
}

export const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function ymd(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** Date as a UTC Date (for arithmetic). */
function utc(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d));
}

function fromUtc(dt: Date): { y: number; m: number; d: number } {
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(y: number, m: number, d: number, n: number): { y: number; m: number; d: number } {
  const dt = utc(y, m, d);
  dt.setUTCDate(dt.getUTCDate() + n);
  return fromUtc(dt);
}

export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const idx = y * 12 + (m - 1) + n;
  return { y: Math.floor(idx / 12), m: (idx % 12) + 1 };
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function weekday(y: number, m: number, d: number): number {
  const wd = utc(y, m, d).getUTCDay();
  return wd === 0 ? 7 : wd;
}

/** ISO 8601 week value `YYYY-Www` of a date. */
export function isoWeek(y: number, m: number, d: number): string {
  const dt = utc(y, m, d);
  const wd = weekday(y, m, d);
  dt.setUTCDate(dt.getUTCDate() + 4 - wd); // Thursday of this week decides the year
  const wy = dt.getUTCFullYear();
  const jan1 = Date.UTC(wy, 0, 1);
  const week = Math.floor((dt.getTime() - jan1) / 86400000 / 7) + 1;
  return `${pad(wy, 4)}-W${pad(week)}`;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function quarterOf(m: number): number {
  return Math.floor((m - 1) / 3) + 1;
}

/** Unknown-year date value, or the full date when the year is known. */
export function dateValue(y: number | null, m: number, d: number): string {
  return y === null ? `XXXX-${pad(m)}-${pad(d)}` : ymd(y, m, d);
}

export function monthValue(y: number | null, m: number): string {
  return `${y === null ? 'XXXX' : pad(y, 4)}-${pad(m)}`;
}

/** The reference as a full day, or null when the day is not known. */
export function refDay(ref: RefDate): { y: number; m: number; d: number } | null {
  return ref.year !== null && ref.month !== null && ref.day !== null ? { y: ref.year, m: ref.month, d: ref.day } : null;
}

/**
 * A day seen from a reference that lacks the day: the known fields stay (a reference of `2005`
 * gives `2005-XX-XX`; shifting by a few days rarely leaves the year), the rest is `X`.
 */
export function unknownDay(ref: RefDate, n: number): string {
  if (ref.year === null) return 'XXXX-XX-XX';
  const month = ref.month !== null && n === 0 ? pad(ref.month) : 'XX';
  return `${pad(ref.year, 4)}-${month}-XX`;
}

/**
 * Shifts the reference by `n` units (negative = back) and writes the result at the unit's
 * granularity: day `2012-10-04`, week `2012-W39`, month `2012-09`, quarter `2012-Q3`, year
 * `2011`, decade `201`, century `20`. Unknown fields become `X`.
 */
export function shiftReference(ref: RefDate, granularity: string, n: number): string {
  const day = refDay(ref);
  switch (granularity) {
    case 'second':
    case 'minute':
    case 'hour':
    case 'day': {
      if (!day) return unknownDay(ref, n);
      const r = addDays(day.y, day.m, day.d, n);
      return ymd(r.y, r.m, r.d);
    }
    case 'week': {
      if (!day) return ref.year !== null ? `${pad(ref.year, 4)}-WXX` : 'XXXX-WXX';
      const r = addDays(day.y, day.m, day.d, 7 * n);
      return isoWeek(r.y, r.m, r.d);
    }
    case 'month': {
      if (ref.year === null) return 'XXXX-XX';
      if (ref.month === null) return `${pad(ref.year, 4)}-XX`;
      const r = addMonths(ref.year, ref.month, n);
      return monthValue(r.y, r.m);
    }
    case 'quarter': {
      if (ref.year === null) return 'XXXX-QX';
      if (ref.month === null) return `${pad(ref.year, 4)}-QX`;
      const idx = ref.year * 4 + quarterOf(ref.month) - 1 + n;
      return `${pad(Math.floor(idx / 4), 4)}-Q${(idx % 4) + 1}`;
    }
    case 'year':
      return ref.year === null ? 'XXXX' : pad(ref.year + n, 4);
    case 'decade':
      return ref.year === null ? 'XXX' : String(Math.floor(ref.year / 10) + n);
    case 'century':
      return ref.year === null ? 'XX' : String(Math.floor(ref.year / 100) + n);
    default:
      return 'XXXX-XX-XX';
  }
}
