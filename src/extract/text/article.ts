/**
 * Scraped text → article parts. Candidates then refiners: each line gets a role (furniture,
 * title, byline, date, caption, credit, body), then the body is settled (pull quotes,
 * related-story headlines, author notes at the end).
 */
import type { InputMeta } from '../../core/types.js';
import type { ArticleParts } from '../assemble.js';
import { furnitureRole } from '../boilerplate.js';
import { parseCredits } from '../credits.js';
import { isDateLine, parseDate } from '../dates.js';
import { findDateline } from '../dateline.js';
import { endsSentence, splitLines, wordCount, type Line } from './lines.js';
import { isPhotoCaption, isAuthorNote, parseByline } from './roles.js';

/** A scraper's metadata prefix: "date 2017-09-06 Headline ...". */
const DATE_PREFIX = /^date\s+((?:19|20)\d{2}-\d{2}-\d{2})\s+/i;
/** How many lines at the top may hold the title, byline and date. */
const HEAD_LINES = 8;
/** Body lines needed before a credit line or a `tail` phrase may end the article. */
const MIN_BODY_BEFORE_TAIL = 2;
/** A pull quote is a sentence or two; longer unpunctuated lines are cut-off body paragraphs. */
const PULL_QUOTE_MAX_WORDS = 40;
/** How many lines at the top may hold a doubled photo caption. */
const CAPTION_LINES = 20;

function looksLikeTitle(s: string): boolean {
  if (s.length > 200 || wordCount(s) < 2 || wordCount(s) > 30) return false;
  if (/[,;]$/.test(s)) return false;
  // A period ends sentences, not headlines, except after an abbreviation ("... to U.S.").
  if (/\.$/.test(s) && !/\b(?:[A-Z]\.){2,}$/.test(s)) return false;
  // A quotation that closes a sentence, or two sentences: body text.
  if (/[.!?,]["”’']$/.test(s) || /\p{Ll}{2}[.!?] \p{Lu}/u.test(s)) return false;
  return true;
}

export function extractTextParts(content: string, _meta: InputMeta = {}): ArticleParts {
  const lines = splitLines(content);
  let published: string | null = null;
  let title: string | null = null;
  let byline: string | null = null;
  let caption: string | null = null;
  const credits: string[] = [];
  const body: Line[] = [];
  let tail = false;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const prefix = DATE_PREFIX.exec(line.text);
    if (prefix) {
      published ??= prefix[1]!;
      line.text = line.text.slice(prefix[0].length);
    }
    const text = line.text;
    const cred = parseCredits(text);
    if (cred) {
      credits.push(...cred);
      // Credits close an article; at its head they are only a byline-like note.
      if (body.length >= MIN_BODY_BEFORE_TAIL) tail = true;
      continue;
    }
    if (tail) continue;
    const role = furnitureRole(text);
    if (role) {
      if (i < HEAD_LINES + 4) published ??= parseDate(text);
      // A photo credit ("Image: picture-alliance/dpa") takes the image's alt text before it along.
      if (/^(?:image|photo|picture|bild|foto)\s*:/i.test(text) && body.length > 0 && !endsSentence(body[body.length - 1]!.text)) body.pop();
      if (role === 'tail' && body.length >= MIN_BODY_BEFORE_TAIL) tail = true;
      continue;
    }
    const inHead = body.length === 0;
    if (inHead && i < HEAD_LINES && isDateLine(text)) {
      published ??= parseDate(text);
      continue;
    }
    if (body.length <= 2 && i < HEAD_LINES + 2 && byline === null) {
      const by = parseByline(text);
      if (by) {
        byline = by;
        continue;
      }
    }
    if (inHead && title === null && looksLikeTitle(text) && i < HEAD_LINES && lines.length > i + 1) {
      title = text;
      continue;
    }
    // The same line twice in a row: a photo caption and its alt text.
    const next = lines[i + 1];
    if (next && next.text === text && wordCount(text) <= 60 && i < CAPTION_LINES) {
      caption ??= text;
      i++;
      continue;
    }
    if (isPhotoCaption(text)) {
      caption ??= text;
      continue;
    }
    body.push(line);
  }
  return {
    paragraphs: settleBody(body),
    title,
    published,
    byline,
    language: null,
    site: null,
    url: null,
    caption,
    credits,
  };
}

/** Refiners over the body lines. */
function settleBody(body: Line[]): string[] {
  const keep: string[] = [];
  for (let i = 0; i < body.length; i++) {
    const text = body[i]!.text;
    const words = wordCount(text);
    // One-word lines ("W300", "Advertisement") are labels, not prose; but a dateline on a line of
    // its own ("WASHINGTON —" above the first paragraph) says where the story was filed.
    if (words < 2 && !endsSentence(text) && !(i < 3 && findDateline(text)?.place)) continue;
    if (!endsSentence(text) && i > 0) {
      const next = body[i + 1]?.text;
      // A pull quote with its speaker on the next line.
      if (next && words >= 6 && words <= PULL_QUOTE_MAX_WORDS && isNameLine(next)) {
        i++;
        continue;
      }
      // A headline of another story ("Russia will impose retaliatory sanctions on West").
      // Table rows ("Revs 1.4 billion vs 1.3 billion") hold several numbers; headlines hold one at most.
      const numbers = text.match(/\d[\d.,]*/g)?.length ?? 0;
      if (words >= 6 && words <= 15 && numbers <= 1 && /^[A-Z]/.test(text) && !/^[A-Z][a-z]+ [A-Z][a-z]+,/.test(text)) continue;
    }
    keep.push(text);
  }
  while (keep.length > 1 && isAuthorNote(keep[keep.length - 1]!)) keep.pop();
  return keep;
}

/** "Justin Webb": two to four capitalised words and nothing else. */
function isNameLine(s: string): boolean {
  return /^[A-Z][\p{L}'’.\-]+(?: [A-Z][\p{L}'’.\-]+){1,3}$/u.test(s);
}
