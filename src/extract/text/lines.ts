/**
 * Scraped text → lines: normalised white space, mojibake-only and empty lines removed, and
 * hard-wrapped lines (a line cut mid-sentence, the next starting in lower case) joined again.
 */
import { SENTENCE_END as TERMINAL } from '../words.js';

export interface Line {
  text: string;
  /** A blank line preceded it. */
  blankBefore: boolean;
}

export function splitLines(content: string): Line[] {
  const raw = content.replace(/\r\n?/g, '\n').split('\n');
  const out: Line[] = [];
  let blank = true;
  for (const r of raw) {
    const text = r
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200d\u2060\ufeff]/g, '')
      .replace(/[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ')
      .trim();
    if (text === '') {
      blank = true;
      continue;
    }
    // Lines with no two letters or digits in a row ("Â", "•", "|") carry nothing.
    if (!/[\p{L}\p{N}]{2}/u.test(text)) {
      continue;
    }
    const prev = out[out.length - 1];
    if (prev && !blank && prev.text.length >= 40 && !TERMINAL.test(prev.text) && /^[a-z(]/.test(text)) {
      prev.text += ' ' + text;
    } else {
      out.push({ text, blankBefore: blank });
    }
    blank = false;
  }
  return out;
}

export { endsSentence, wordCount } from '../words.js';
