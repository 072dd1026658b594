/**
 * "With reporting by" credits: a line that only credits reporters, writers, editors or agencies.
 * Returns the sources it names, or null when the line is not a credit line.
 */
const ROLE = '(?:(?:additional|further|with|and)\\s+)*(?:reporting|writing|editing|compiled|compiling|research|translation|translated|written|edited|reported)(?:\\s+and\\s+(?:reporting|writing|editing))?\\s+by\\s+';
const SEGMENT = new RegExp(`^${ROLE}(.+)$`, 'i');
const CONTRIBUTED = /^(.{3,160}?)\s+(?:also\s+)?contributed(?:\s+reporting)?(?:\s+to\s+this\s+(?:report|story|article))?\.?$/i;

/** A credited name or source: capitalised, at most six words, no sentence inside. */
const NAME = /^[\p{Lu}][\p{L}\p{M}'’.\-/&]*(?:\s+(?:[\p{Lu}][\p{L}\p{M}'’.\-/&]*|de|da|van|von|der|al|bin|el|la|di|of|the|and))*$/u;

function isName(s: string): boolean {
  return s.split(/\s+/).length <= 6 && NAME.test(s);
}

/** Splits "A, B, and C in Washington" into names. */
export function splitNames(list: string): string[] {
  return list
    .replace(/[.;)\]]+$/, '')
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/)
    .map((n) => n.replace(/\s+(?:in|from)\s+[A-Z][\w .'’-]*$/, '').trim())
    .filter((n) => n.length > 1 && /[A-Za-z]/.test(n));
}

/** The credited sources when the whole line is a credit line, else null. */
export function parseCredits(line: string): string[] | null {
  let s = line.trim();
  if (s.length > 400 || s.length < 8) return null;
  const paren = /^[([]\s*(.*?)\s*[)\]]\.?$/.exec(s);
  if (paren) s = paren[1]!;
  const contributed = CONTRIBUTED.exec(s);
  if (contributed && !/\p{Ll}{2}[.!?]\s/u.test(contributed[1]!)) return [contributed[1]!.trim()];
  const segments = s.split(/\s*;\s*/).filter((x) => x !== '');
  const names: string[] = [];
  for (const seg of segments) {
    const m = SEGMENT.exec(seg);
    if (!m) return null;
    const segNames = splitNames(m[1]!);
    if (segNames.length === 0 || !segNames.every(isName)) return null;
    names.push(...segNames);
  }
  return names.length > 0 ? names : null;
}
