/**
 * Quoted regions: pairs of quotation marks in each paragraph (straight and curly, double and
 * single). Marks nested inside a double-quoted region belong to its content. A region left open
 * at the end of a paragraph runs to the paragraph's end (newswire writes multi-paragraph quotes
 * with no closing mark before the next paragraph's opening mark).
 */
import type { Span } from '../core/types.js';

export interface QuotedRegion {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or null when the paragraph ends first. */
  close: number | null;
  /**
   * Content between the marks, trimmed of spaces and trailing commas, except a comma right before
   * the closing mark: it is part of what the writer quoted ('"It was a mistake," he said').
   */
  start: number;
  end: number;
  paragraph: number;
}

const OPENS_AFTER = /[\s([{\u2014\u2013\-/:]/;

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || /\s/.test(ch);
}

/** A straight or curly double mark at `i` that opens a quote. */
/** Two straight apostrophes ('') stand for a double mark in some newspapers' text. */
export function isTwoApostrophes(text: string, i: number): boolean {
  return text[i] === "'" && text[i + 1] === "'";
}

function opensDouble(text: string, i: number, paraStart: number): boolean {
  const ch = text[i];
  if (/["\u201C\u201D]/.test(text[i + 1] ?? '')) return false;
  if (ch === '\u201C' || ch === '\u201E' || ch === '\u00AB') return true;
  // A right mark typed as the opener: '”Mr. Trump embodies …” ― Name'.
  if (ch === '\u201D') return (i === paraStart || /\s/.test(text[i - 1] ?? '')) && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '');
  if (ch !== '"' && !isTwoApostrophes(text, i)) return false;
  if (ch === "'") {
    const prev = i === paraStart ? undefined : text[i - 1];
    return (prev === undefined || OPENS_AFTER.test(prev)) && !isSpace(text[i + 2]);
  }
  const prev = i === paraStart ? undefined : text[i - 1];
  return (prev === undefined || OPENS_AFTER.test(prev)) && !isSpace(text[i + 1]);
}

/** The closing mark that matches the opening mark at `open`, when the paragraph has one later. */
function preferredCloser(text: string, open: number, paraEnd: number): string | null {
  const ch = text[open];
  const want = ch === '"' ? '"' : ch === '\u201C' || ch === '\u201E' || ch === '\u201D' ? '\u201D' : ch === '\u00AB' ? '\u00BB' : "''";
  const from = open + (want === "''" ? 2 : 1);
  return from < paraEnd && text.substring(from, paraEnd).includes(want) ? want : null;
}

function closesDouble(text: string, i: number, want: string | null = null): boolean {
  const ch = text[i];
  if (want === "''") return isTwoApostrophes(text, i) && !isSpace(text[i - 1]);
  if (want !== null) return ch === want;
  if (isTwoApostrophes(text, i)) return !isSpace(text[i - 1]);
  return ch === '\u201D' || ch === '\u00BB' || ch === '"' || (ch === '\u201C' && !isSpace(text[i - 1]) && isSpace(text[i + 1]));
}

function opensSingle(text: string, i: number, paraStart: number): boolean {
  const ch = text[i];
  if (ch !== '\u2018' && ch !== "'") return false;
  const prev = i === paraStart ? undefined : text[i - 1];
  return (prev === undefined || OPENS_AFTER.test(prev)) && /\p{L}/u.test(text[i + 1] ?? '');
}

function closesSingle(text: string, i: number): boolean {
  const ch = text[i];
  if (ch !== '\u2019' && ch !== "'") return false;
  return !isSpace(text[i - 1]) && !/\p{L}/u.test(text[i + 1] ?? '');
}

function trimmed(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,;:]/.test(text[end - 1]!)) end--;
  return { start, end };
}

export function findQuotedRegions(text: string, paragraphs: Span[]): QuotedRegion[] {
  const regions: QuotedRegion[] = [];
  const paras = paragraphs.length > 0 ? paragraphs : [{ start: 0, end: text.length }];
  paras.forEach((para, paragraph) => {
    let open = -1;
    let openWidth = 1;
    let want: string | null = null;
    const push = (o: number, width: number, close: number | null, contentEnd: number) => {
      const span = trimmed(text, o + width, contentEnd);
      if (close !== null && span.end + 1 === close && text[span.end] === ',') span.end++;
      if (span.end > span.start) regions.push({ open: o, close, ...span, paragraph });
    };
    for (let i = para.start; i < para.end; i++) {
      if (open >= 0) {
        if (i > open + openWidth && closesDouble(text, i, want)) {
          push(open, openWidth, i, i);
          open = -1;
          if (isTwoApostrophes(text, i)) i++;
        }
        continue;
      }
      if (opensDouble(text, i, para.start)) {
        open = i;
        openWidth = isTwoApostrophes(text, i) ? 2 : 1;
        want = preferredCloser(text, i, para.end);
        i += openWidth - 1;
        continue;
      }
      if (opensSingle(text, i, para.start)) {
        // Single-quoted passages are short; a long scan would be quadratic on apostrophes.
        for (let j = i + 2; j < Math.min(para.end, i + 600); j++) {
          if (text[j] === '"' || text[j] === '\u201C' || text[j] === '\u201D' || isTwoApostrophes(text, j)) break;
          if (closesSingle(text, j)) {
            push(i, 1, j, j);
            i = j;
            break;
          }
        }
      }
    }
    if (open >= 0) push(open, openWidth, null, para.end);
  });
  return regions;
}
