/**
 * Direct and partial quote candidates from quoted regions.
 * direct  = the quote is (or opens) its own sentence, spans sentences, follows "said:"/"said,",
 *           or speaks in the first person at length ('he has "a big file …, but I haven't …"');
 * partial = a quoted fragment inside a sentence of reported speech ('called on Russia "to respect"').
 * Partial quotes need a cue in their sentence; single-word fragments are scare quotes and dropped.
 */
import type { Sentence } from '../core/types.js';
import type { Attribution, Candidate } from './candidate.js';
import { attributionAfter, attributionBefore } from './attribution.js';
import { cueAt } from './cues.js';
import { sentenceIndexOf, sentenceOf, tokenFrom, wordCount, type Doc } from './context.js';
import type { QuotedRegion } from './marks.js';
import { isCap } from './speaker-span.js';

const FIRST_PERSON = /(?:^|[^\p{L}])(?:I|[Ww]e|[Mm]y|[Oo]ur|[Mm]e|[Uu]s)(?:[^\p{L}]|$)/u;

function isDirect(doc: Doc, region: QuotedRegion, sent: Sentence, openTok: number, words: number): boolean {
  const { tokens } = doc;
  if (region.close === null) return true;
  const endSent = sentenceOf(doc, region.end - 1);
  if (endSent && endSent.start !== sent.start) return true;
  if (openTok <= sent.firstToken) return true;
  const prev = tokens[openTok - 1]!;
  if (prev.text === ':') return true;
  const beforeComma = prev.text === ',' ? openTok - 2 : openTok - 1;
  for (let k = Math.max(sent.firstToken, beforeComma - 2); k <= beforeComma; k++) {
    const cue = cueAt(tokens, k, sent.firstToken, openTok);
    if (cue && cue.end === beforeComma + 1 && /^[\p{Lu}]/u.test(doc.text[region.start] ?? '')) return true;
  }
  return words >= 6 && FIRST_PERSON.test(doc.text.slice(region.start, region.end));
}

/**
 * A partial quote is speech when its cue is near (a name or title in quotes far from the cue is
 * a label: "Fox News Sunday", "Miss Piggy"). `reported`: the quote stands inside the cue's
 * reported clause, which makes it the speaker's words at any distance.
 */
function partialFits(doc: Doc, region: QuotedRegion, attribution: Attribution, reported = false): boolean {
  const words = doc.text.slice(region.start, region.end).match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length > 0 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w))) return false;
  if (reported) return true;
  const cue = attribution.cue;
  const gap = cue.end <= region.open ? doc.text.slice(cue.end, region.open) : doc.text.slice(region.end, cue.start);
  // A one-word quote is a scare quote unless its cue is close ('said 141 "terrorists" were killed').
  return (gap.match(/[\p{L}\p{N}]+/gu) ?? []).length <= (words.length === 1 ? 8 : 20);
}

/** '"…" ― Name': a dash and a name closing the paragraph credit the quote. */
function dashCredit(doc: Doc, from: number, hi: number): Attribution | null {
  const dash = doc.tokens[from];
  if (!dash || from >= hi || !/^[\u2014\u2015\u2013-]$/.test(dash.text)) return null;
  let end = from + 1;
  while (end < hi && (isCap(doc.tokens[end]) || doc.tokens[end]!.text === '.')) end++;
  if (end === from + 1 || end < hi) return null;
  return { cue: { start: dash.start, end: dash.end }, speaker: { first: from + 1, end } };
}

/** Attribution in a sentence that ends with a colon just before the quote ('He said:'). */
function colonLeadIn(doc: Doc, sent: Sentence): Attribution | null {
  const i = sentenceIndexOf(doc, sent.start);
  const prev = doc.sentences[i - 1];
  if (!prev || !/:\s*$/.test(doc.text.slice(prev.start, prev.end))) return null;
  return attributionBefore(doc.tokens, prev.firstToken, prev.endToken);
}

/** Whether only spaces, quotation marks and end punctuation stand between `pos` and its paragraph's edge (`step` -1: the start, 1: the end). */
function atParagraphEdge(text: string, pos: number, step: 1 | -1): boolean {
  let newlines = 0;
  for (let i = step > 0 ? pos : pos - 1; i >= 0 && i < text.length; i += step) {
    const ch = text[i]!;
    if (ch === '\n') {
      if (++newlines === 2) return true;
    } else if (!/[\s"'“”‘’.!?]/.test(ch)) return false;
  }
  return true;
}

const MINOR_WORD = /^(?:a|an|the|and|or|but|of|in|on|at|to|for|by|with|from|as|is|are)$/;

/**
 * A quoted paragraph that is no one's words: a transcript's stage direction in parentheses
 * ('"(CROSSTALK.)'), an invitation to follow the writer ('"Follow Ann Lee on Twitter @annlee."'),
 * or a section heading in quotation marks ("'All Bets Are Off.'": a few words, every major word
 * capitalised, alone in its paragraph).
 */
function notSpoken(doc: Doc, region: QuotedRegion): boolean {
  const inner = doc.text.slice(region.start, region.end);
  if (/^\(.*\)\W*$/s.test(inner) || /^Follow\b.{0,40}\b(?:on|at) (?:Twitter|Facebook|Instagram)\b/.test(inner)) return true;
  if (!atParagraphEdge(doc.text, region.open, -1) || !atParagraphEdge(doc.text, region.end, 1)) return false;
  const words = inner.match(/[\p{L}\p{N}][\p{L}\p{N}'’]*/gu) ?? [];
  const major = words.filter((w) => !MINOR_WORD.test(w));
  return words.length >= 2 && words.length <= 10 && major.every((w) => /^[\p{Lu}\p{N}]/u.test(w)) && !/[,;:]/.test(inner);
}

/**
 * The reported clause whose content holds the quoted region ('Lee noted that relations with the
 * neighbour were a "priority"', '…, said on Twitter that the draft … was "a 100-page document"'):
 * quoted words inside someone's reported speech are that speaker's, however far the cue stands.
 */
function hostReport(region: QuotedRegion, reported: Candidate[]): Attribution | null {
  const close = region.close ?? region.end;
  const host = reported.find((c) => c.attribution?.speaker && c.start <= region.open && close < c.end + 2);
  return host ? host.attribution : null;
}

/**
 * `reported`: indirect candidates of the same text; a partial quote inside one of them takes its
 * attribution when its own is missing or too far to hold. `stances`: a stance verb before a
 * partial quote attributes it (speech scope; in the attribution scope the stance's own content
 * holds the quoted words).
 */
export function directCandidates(doc: Doc, regions: QuotedRegion[], reported: Candidate[] = [], stances = false): Candidate[] {
  const { tokens } = doc;
  const out: Candidate[] = [];
  regions.forEach((region, idx) => {
    const sent = sentenceOf(doc, region.open);
    if (!sent) return;
    const openTok = tokenFrom(tokens, region.open);
    const words = wordCount(tokens, region.start, region.end);
    if (words === 0 || notSpoken(doc, region)) return;
    const direct = isDirect(doc, region, sent, openTok, words);
    let right: Attribution | null = null;
    if (region.close !== null) {
      const closeSent = sentenceOf(doc, region.close) ?? sent;
      const closeTok = tokenFrom(tokens, region.close) + 1;
      const nextOpen = regions[idx + 1];
      let hi = closeSent.endToken;
      if (nextOpen && nextOpen.paragraph === region.paragraph) hi = Math.min(hi, tokenFrom(tokens, nextOpen.open));
      right = attributionAfter(tokens, closeTok, hi) ?? dashCredit(doc, closeTok, hi);
    }
    const left = openTok > sent.firstToken ? attributionBefore(tokens, sent.firstToken, openTok, sent.endToken) : null;
    // Speech scope too: a partial quote in the object of a stance before it is the stance holder's
    // words ('denounced them as "traitors"', 'rejected the claims as "false," and X told …').
    const stance = stances && !direct && !left && openTok > sent.firstToken ? attributionBefore(tokens, sent.firstToken, openTok, sent.endToken, true) : null;
    let attribution = direct ? (right ?? left) : (left ?? stance ?? right);
    if (!attribution && direct && openTok <= sent.firstToken) attribution = colonLeadIn(doc, sent);
    if (!direct && (!attribution || !partialFits(doc, region, attribution))) {
      attribution = hostReport(region, reported);
      if (!attribution || !partialFits(doc, region, attribution, true)) return;
    }
    out.push({
      start: region.start,
      end: region.end,
      kind: direct ? 'direct' : 'partial',
      attribution,
      paragraph: region.paragraph,
      rule: direct ? (words < 4 ? 'direct-marks-short' : 'direct-marks') : 'partial-marks',
    });
  });
  return out;
}
