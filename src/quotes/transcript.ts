/**
 * Transcript turns: a paragraph that opens with a speaker label in capitals and a colon
 * ("WALLACE: Let's start with …") is a direct quote of that speaker; the colon is its cue.
 */
import type { Span } from '../core/types.js';
import type { Candidate } from './candidate.js';
import { readTsv } from '../core/data-dir.js';
import { tokenFrom, type Doc } from './context.js';

let labels: Set<string> | null = null;
function notSpeakers(): Set<string> {
  labels ??= new Set(readTsv('quotes', 'not-speakers.tsv').map((r) => (r['label'] ?? '').toLowerCase()));
  return labels;
}

export function transcriptCandidates(doc: Doc, paragraphs: Span[]): Candidate[] {
  const { tokens, text } = doc;
  const out: Candidate[] = [];
  paragraphs.forEach((para, paragraph) => {
    // Block-quoted transcripts open each turn with a quotation mark: '"PENCE: Well, …'.
    let first = tokenFrom(tokens, para.start);
    if (/^["“]$/.test(tokens[first]?.text ?? '')) first++;
    let k = first;
    while (k < tokens.length && k - first < 4 && /^(?:[A-Z][A-Z'’.-]+|[A-Z]\.)$/.test(tokens[k]!.text)) k++;
    const colon = tokens[k];
    if (k === first || !colon || colon.text !== ':' || colon.start >= para.end) return;
    const label = text.slice(tokens[first]!.start, tokens[k - 1]!.end);
    if (!/[A-Z]{2}/.test(label) || notSpeakers().has(label.toLowerCase().replace(/’/g, "'"))) return;
    let start = colon.end;
    while (start < para.end && /\s/.test(text[start]!)) start++;
    if (start >= para.end || /^["“'‘]/.test(text[start]!)) return;
    out.push({
      start,
      end: para.end,
      kind: 'direct',
      attribution: { cue: { start: colon.start, end: colon.end }, speaker: { first, end: k } },
      paragraph,
      rule: 'transcript-label',
    });
  });
  return out;
}
