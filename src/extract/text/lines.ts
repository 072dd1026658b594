/**
 * Scraped text → lines: normalised white space, mojibake-only and empty lines removed, and
 * hard-wrapped text joined back into paragraphs. A document is hard-wrapped when its lines share
 * a width of at most 100 characters and many full-width lines stop mid-sentence (1980s wire copy,
 * e-mail, plain-text exports); its paragraphs end at a blank line, an indented line, or a short
 * line that ends a sentence. In other documents a line is only joined to the one before when
 * that one stops mid-sentence and this one starts in lower case.
 */
import { SENTENCE_END as TERMINAL } from '../words.js';

export interface Line {
  text: string;
  /** A blank line preceded it. */
  blankBefore: boolean;
}

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200d\u2060\ufeff]/g;
const SPACES = /[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;

/** The width a hard-wrapped document is wrapped at, or 0 when it is not hard-wrapped. */
export function wrapWidth(raw: string[]): number {
  const lengths = raw.map((l) => l.trim().length).filter((n) => n > 0).sort((a, b) => a - b);
  if (lengths.length < 6) return 0;
  const width = lengths[Math.floor(lengths.length * 0.9)]!;
  if (width > 100 || width < 30) return 0;
  let full = 0;
  let open = 0;
  for (const l of raw) {
    const t = l.trim();
    if (t.length < 0.7 * width) continue;
    full++;
    if (!TERMINAL.test(t)) open++;
  }
  return full >= 3 && open >= 2 && open >= 0.4 * full ? width : 0;
}

export function splitLines(content: string): Line[] {
  const raw = content.replace(/\r\n?/g, '\n').split('\n');
  const width = wrapWidth(raw);
  const out: Line[] = [];
  let blank = true;
  let prevRawLength = 0;
  for (const r of raw) {
    const indented = /^(?: {2,}|\t)\S/.test(r);
    const text = r.replace(CONTROL, '').replace(SPACES, ' ').trim();
    if (text === '') {
      blank = true;
      continue;
    }
    // Lines with no two letters or digits in a row ("Â", "•", "|") carry nothing.
    if (!/[\p{L}\p{N}]{2}/u.test(text)) continue;
    const prev = out[out.length - 1];
    const continues =
      prev !== undefined &&
      !blank &&
      (width > 0
        ? !indented && !(TERMINAL.test(prev.text) && prevRawLength < 0.85 * width)
        : prev.text.length >= 40 && !TERMINAL.test(prev.text) && /^[a-z(]/.test(text));
    if (continues) prev.text += ' ' + text;
    else out.push({ text, blankBefore: blank });
    prevRawLength = text.length;
    blank = false;
  }
  return out;
}

export { endsSentence, wordCount } from '../words.js';
