/**
 * Publication dates as feeds write them → `YYYY-MM-DD`. Handles ISO dates and timestamps,
 * `26-FEB-1987 16:20:50.93` (Reuters), `Thu, 26 Feb 1987 …` (RFC 2822) and `February 26, 1987`.
 * Returns null when the value cannot be read as a date.
 */
const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

const pad = (n: number) => String(n).padStart(2, '0');

function ymd(y: number, m: number, d: number): string | null {
  if (!(y >= 1000 && y <= 2999 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1 ? `${y}-${pad(m)}-${pad(d)}` : null;
}

export function normalizePublished(v: string): string | null {
  const s = v.trim();
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(s);
  if (iso) {
    if (!iso[2]) return iso[1]!;
    if (!iso[3]) return `${iso[1]}-${iso[2]}`;
    return ymd(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  }
  const dmy = /^(\d{1,2})[-\s]([A-Za-z]{3})[A-Za-z]*[-\s,]+(\d{4})/.exec(s.replace(/^[A-Za-z]{3},\s*/, ''));
  if (dmy) {
    const m = MONTHS[dmy[2]!.toLowerCase()];
    return m ? ymd(Number(dmy[3]), m, Number(dmy[1])) : null;
  }
  const mdy = /^([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{1,2}),?\s+(\d{4})/.exec(s);
  if (mdy) {
    const m = MONTHS[mdy[1]!.toLowerCase()];
    return m ? ymd(Number(mdy[3]), m, Number(mdy[2])) : null;
  }
  return null;
}
