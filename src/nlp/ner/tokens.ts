/**
 * The recogniser's own view of the tokens: the segmenter's tokens, re-cut the way CoNLL-2003 cut
 * them (possessive "Putin's" → "Putin" + "'s", "don't" → "do" + "n't", "RFE/RL" one token), grouped by sentence, with
 * the text normalised for features (curly quotes and dashes to ASCII). Offsets stay those of `text`.
 */
import type { Segmentation } from '../../core/types.js';

export interface NerToken {
  start: number;
  end: number;
  /** Normalised text used for features. */
  text: string;
}

const CLITIC_RE = /^(.*[\p{L}\p{M}.])(['’][sS]|n['’]t)$/u;

export function normaliseToken(t: string): string {
  return t.replace(/[’‘`]/g, "'").replace(/[“”«»]/g, '"').replace(/[–—]/g, '-');
}

/** One token, cut in two when it ends in a possessive or negative clitic. */
export function splitClitic(text: string, start: number): NerToken[] {
  const m = CLITIC_RE.exec(text);
  if (!m || m[1]!.length === 0) return [{ start, end: start + text.length, text: normaliseToken(text) }];
  const head = m[1]!;
  const tail = m[2]!;
  // "don't" → "do" + "n't": the n belongs to the clitic (CLITIC_RE already matched it that way).
  const cut = start + head.length;
  return [
    { start, end: cut, text: normaliseToken(head) },
    { start: cut, end: start + text.length, text: normaliseToken(tail) },
  ];
}

const ACRONYM_RE = /^\p{Lu}+$/u;

/** Sentences of recogniser tokens from a segmentation. */
export function nerSentences(seg: Segmentation): NerToken[][] {
  const out: NerToken[][] = [];
  for (const s of seg.sentences) {
    const toks: NerToken[] = [];
    for (let i = s.firstToken; i < s.endToken; i++) {
      const t = seg.tokens[i]!;
      const slash = seg.tokens[i + 1];
      const after = seg.tokens[i + 2];
      // "RFE/RL", "AC/DC": acronyms joined by a slash are one name, as CoNLL writes them.
      if (slash && after && i + 2 < s.endToken && slash.text === '/' && slash.start === t.end && after.start === slash.end && ACRONYM_RE.test(t.text) && ACRONYM_RE.test(after.text.replace(/['’]s$/, ''))) {
        const joined = splitClitic(t.text + '/' + after.text, t.start);
        toks.push(...joined);
        i += 2;
        continue;
      }
      toks.push(...splitClitic(t.text, t.start));
    }
    if (toks.length > 0) out.push(isTitleCase(toks) ? toks.map((t) => ({ ...t, text: t.text.toUpperCase() })) : toks);
  }
  return out;
}

/**
 * A headline in title case ("Putin Pledges Troop Presence At Tajik Military Base"): its capitals
 * say nothing, so it is read upper-cased, like the all-caps headlines the model learned from.
 */
export function isTitleCase(sent: readonly NerToken[]): boolean {
  let words = 0;
  let caps = 0;
  let functionWords = 0;
  sent.forEach((t, i) => {
    if (i > 0 && TITLED_FUNCTION_WORDS.has(t.text)) functionWords++;
    if (!/^\p{L}{4,}/u.test(t.text)) return;
    words++;
    if (/^\p{Lu}/u.test(t.text)) caps++;
  });
  // The capitalised function word tells a headline from a list of names.
  return words >= 3 && caps === words && functionWords > 0;
}

const TITLED_FUNCTION_WORDS = new Set(['To', 'At', 'In', 'Of', 'For', 'On', 'With', 'By', 'From', 'Over', 'After', 'Into', 'Amid', 'As', 'Is', 'Are', 'Be']);
