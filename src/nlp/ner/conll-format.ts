/**
 * Reader for the CoNLL-2003 column format (`token POS chunk NER`, IOB1 tags, `-DOCSTART-` lines
 * between documents, blank lines between sentences), and the document text built from it.
 */
import type { Segmentation, Sentence, Token } from '../../core/types.js';

export interface ConllToken {
  text: string;
  /** The NER column as written (IOB1: `I-PER`, `B-LOC`, `O`). */
  gold: string;
}

export interface ConllDocument {
  sentences: ConllToken[][];
}

/** Splits CoNLL-2003 text into documents of sentences. A file without `-DOCSTART-` is one document. */
export function parseConll(raw: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: ConllDocument | null = null;
  let sent: ConllToken[] = [];
  const endSentence = () => {
    if (sent.length > 0) {
      if (!doc) docs.push((doc = { sentences: [] }));
      doc.sentences.push(sent);
    }
    sent = [];
  };
  for (const line of raw.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed === '') {
      endSentence();
      continue;
    }
    const cols = trimmed.split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      endSentence();
      docs.push((doc = { sentences: [] }));
      continue;
    }
    sent.push({ text: cols[0]!, gold: cols[cols.length - 1]! });
  }
  endSentence();
  return docs.filter((d) => d.sentences.length > 0);
}

/**
 * The document as text (tokens joined by spaces, one sentence a line) and its segmentation on the
 * gold tokens, so predictions map back to CoNLL tokens one to one.
 */
export function documentText(doc: ConllDocument): { text: string; seg: Segmentation } {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let text = '';
  for (const sent of doc.sentences) {
    if (text !== '') text += '\n';
    const firstToken = tokens.length;
    const start = text.length;
    sent.forEach((tok, i) => {
      if (i > 0) text += ' ';
      const s = text.length;
      text += tok.text;
      const kind = /^\d/.test(tok.text) ? 'number' : /^[\p{L}\p{M}]/u.test(tok.text) ? 'word' : /^\p{P}$/u.test(tok.text) ? 'punct' : 'symbol';
      tokens.push({ start: s, end: text.length, text: tok.text, kind });
    });
    sentences.push({ start, end: text.length, firstToken, endToken: tokens.length, paragraph: 0 });
  }
  return { text, seg: { tokens, sentences } };
}
