/**
 * Single-line roles in scraped text: bylines, photo captions, author notes.
 */

const BYLINE = /^By\s+([A-Z][\p{L}.'’\-]+(?:\s+(?:[A-Z][\p{L}.'’\-]+|de|van|von|al|bin|and))*(?:\s*,\s*[A-Z][\p{L}.'’\-]+(?:\s+[A-Z][\p{L}.'’\-]+)*)*)\s*(?:[-–—|,:]\s*.{0,40})?$/u;

/** "By Demir Azizov– Trend:" → "Demir Azizov". */
export function parseByline(s: string): string | null {
  if (s.length > 120) return null;
  const m = BYLINE.exec(s);
  return m ? m[1]!.trim() : null;
}

/** A photo credit in parentheses at the end: "(Thomas Coex/AFP/Getty Images)", "(Reuters)", "(AP Photo/...)". */
const PHOTO_CREDIT = /\((?:[^()]*\/[^()]*|AP|AFP|Reuters|EPA|Getty Images|Photo|[^()]*\b(?:Photo|Photos|Images|Getty|Pool|photographer)\b[^()]*)\)$/;

export function isPhotoCaption(s: string): boolean {
  if (s.length > 600 || !PHOTO_CREDIT.test(s)) return false;
  const body = s.replace(PHOTO_CREDIT, '').trim();
  return body.length > 0 && /[.!?]$/.test(body);
}

/** "Steven Mufson covers the White House." — a note about the author at the end of the article. */
const AUTHOR_NOTE = /^[A-Z][\p{L}.'’\-]+(?: [A-Z][\p{L}.'’\-]+){1,3} (?:covers|writes about|writes for|reports on|reports for|is an? (?:[\w-]+ ){0,3}(?:correspondent|reporter|writer|editor|columnist|contributor|journalist|producer|fellow)|is the (?:[\w-]+ ){0,3}(?:correspondent|editor|bureau chief|columnist))\b/u;

export function isAuthorNote(s: string): boolean {
  return s.length < 500 && !/[“"]/.test(s) && AUTHOR_NOTE.test(s);
}
