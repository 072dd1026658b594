/**
 * Speaker labels before a colon at the start of a paragraph:
 *   transcript turns in capitals, "WALLACE: Let's start with …" → a direct quote of WALLACE;
 *   headline attributions, "Pence: Gennifer Flowers Won't Be at Debate" → reported speech of
 *   Pence (short paragraphs only, where the words after the colon are a paraphrase).
 * The colon is the cue. Labels in `data/quotes/not-speakers.tsv` ("UPDATE:") are not speakers.
 */
import type { Span } from '../core/types.js';
import type { Candidate } from './candidate.js';
import { readTsv } from '../core/data-dir.js';
import { tokenFrom, wordCount, type Doc } from './context.js';
import { NOT_NAMES } from './lexicon.js';

let labels: Set<string> | null = null;
function notSpeakers(): Set<string> {
  labels ??= new Set(readTsv('quotes', 'not-speakers.tsv').map((r) => (r['label'] ?? '').toLowerCase()));
  return labels;
}

const CAPS = /^(?:[A-Z][A-Z'’.-]+|[A-Z]\.)$/;
const NAME = /^(?:\p{Lu}[\p{L}'’.-]*|[A-Z]\.)$/u;
/** Longest headline paragraph (in words) read as "Name: paraphrase". */
const HEADLINE_WORDS = 25;

export function transcriptCandidates(doc: Doc, paragraphs: Span[]): Candidate[] {
  const { tokens, text } = doc;
  const out: Candidate[] = [];
  paragraphs.forEach((para, paragraph) => {
    // Block-quoted transcripts open each turn with a quotation mark: '"PENCE: Well, …'.
    let first = tokenFrom(tokens, para.start);
    if (/^["“]$/.test(tokens[first]?.text ?? '')) first++;
    let k = first;
    const caps = (t: number) => CAPS.test(tokens[t]!.text);
    while (k < tokens.length && k - first < 4 && NAME.test(tokens[k]!.text)) k++;
    const colon = tokens[k];
    if (k === first || !colon || colon.text !== ':' || colon.start >= para.end) return;
    const label = text.slice(tokens[first]!.start, tokens[k - 1]!.end);
    if (notSpeakers().has(label.toLowerCase().replace(/’/g, "'")) || NOT_NAMES.has(tokens[first]!.text.toLowerCase())) return;
    let start = colon.end;
    while (start < para.end && /\s/.test(text[start]!)) start++;
    if (start >= para.end || /^["“'‘]/.test(text[start]!)) return;
    let turn = true;
    for (let t = first; t < k; t++) if (!caps(t)) turn = false;
    turn = turn && /[A-Z]{2}/.test(label);
    if (!turn && wordCount(tokens, start, para.end) > HEADLINE_WORDS) return;
    out.push({
      start,
      end: para.end,
      kind: turn ? 'direct' : 'indirect',
      attribution: { cue: { start: colon.start, end: colon.end }, speaker: { first, end: k } },
      paragraph,
      rule: turn ? 'transcript-label' : 'headline-label',
    });
  });
  return out;
}
