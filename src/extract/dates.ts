/**
 * Publication dates as pages write them → ISO `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`).
 * Only explicit calendar dates; relative ones ("2 hours ago") are not publication dates.
 */
const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

const ISO = /\b((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/;
const MDY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b`, 'i');
const DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?${MONTH},?\\s+((?:19|20)\\d{2})\\b`, 'i');
const COMPACT = /^((?:19|20)\d{2})(\d{2})(\d{2})(?:T|$)/;

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2100) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function month(name: string): number {
  return MONTHS[name.toLowerCase().replace(/\.$/, '').slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3)] ?? 0;
}

/** The first explicit calendar date in `s`, as `YYYY-MM-DD`, or null. */
export function parseDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = s.trim().slice(0, 300);
  let m = COMPACT.exec(t);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  m = ISO.exec(t);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  m = MDY.exec(t);
  if (m) return iso(+m[3]!, month(m[1]!), +m[2]!);
  m = DMY.exec(t);
  if (m) return iso(+m[3]!, month(m[2]!), +m[1]!);
  return null;
}

/** True when the line is nothing but a date (and perhaps a time, weekday or "Updated"). */
export function isDateLine(line: string): boolean {
  if (line.length > 80 || !parseDate(line)) return false;
  const rest = line
    .replace(ISO, ' ')
    .replace(MDY, ' ')
    .replace(DMY, ' ')
    .replace(/\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?/gi, ' ')
    .replace(/\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:updated|published|posted|on|at|utc|gmt|[A-Z]{2,4}T|et|est|edt|cet|msk)\b/gi, ' ')
    .replace(/[\s,|:\-–—/()]+/g, '');
  return rest.length === 0;
}
