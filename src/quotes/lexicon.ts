/**
 * Knowledge for the quotes stage, read once from `data/quotes/`: cue verbs (with their forms),
 * source nouns ("a spokesman"), titles ("President") and the modifiers that may stand between a
 * speaker and its cue ("Rahmon publicly called").
 */
import { readTsv } from '../core/data-dir.js';

/** `attitude`: beliefs, intentions and stances ("wants", "criticized"), proposed only for all attributions. */
export type CueKind = 'speech' | 'assert' | 'belief' | 'appeal' | 'attitude';

export interface CueForm {
  lemma: string;
  kind: CueKind;
  /** The verb takes a clause without "that" ("said he has"). */
  bare: boolean;
  /** The verb's object is the reported content ("called for a moratorium"). */
  object: boolean;
  /** A hearer may stand between the verb and "that" ("warned supporters that"). */
  hearer: boolean;
  /** A to-infinitive is the content ("vowed to resign"). */
  infinitive: boolean;
  /**
   * The infinitive states a claim ("claimed to have killed him"), reported speech in news; other
   * infinitives are commitments or intentions ("promised to pay"), attributions only.
   */
  infinitiveClaim: boolean;
  /** The object is a finding, not words ("found the bodies"): reported speech only with "that". */
  finding: boolean;
  /** Prepositions completing a stance after its object ("accused Ann of lying"): the content runs on. */
  complement: string[];
  /** Lower-case words of the form ("pointed", "out"). */
  words: string[];
}

export interface QuoteLexicon {
  /** Cue forms by their first word, longest first. */
  cues: Map<string, CueForm[]>;
  sourceNouns: Set<string>;
  titles: Set<string>;
  modifiers: Set<string>;
  /** Organisation nouns of definite descriptions ("the group"): true when the name must contain them. */
  groupNouns: Map<string, boolean>;
  /** Nouns for a written statement ("issued a statement saying"). */
  documentNouns: Set<string>;
  /** Nouns for the medium or occasion of a stance ("on television", "at a rally"). */
  mediumNouns: Set<string>;
  /** Objects after which a cue is an act, not a report ("claimed responsibility"), by lemma. */
  notContent: Map<string, Set<string>>;
}

let cached: QuoteLexicon | null = null;

function column(file: string, name: string): Set<string> {
  return new Set(readTsv('quotes', file).map((r) => (r[name] ?? '').toLowerCase()).filter((w) => w !== ''));
}

export function lexicon(): QuoteLexicon {
  if (cached) return cached;
  const cues = new Map<string, CueForm[]>();
  for (const row of readTsv('quotes', 'cue-verbs.tsv')) {
    const kind = (row['kind'] ?? 'speech') as CueKind;
    for (const form of (row['forms'] ?? '').split(',')) {
      const words = form.trim().toLowerCase().split(/\s+/).filter((w) => w !== '');
      if (words.length === 0) continue;
      const list = cues.get(words[0]!) ?? [];
      list.push({ lemma: row['lemma'] ?? words.join(' '), kind, bare: row['bare'] === 'yes', object: row['object'] === 'yes', hearer: row['hearer'] === 'yes', infinitive: row['infinitive'] === 'yes' || row['infinitive'] === 'claim', infinitiveClaim: row['infinitive'] === 'claim', finding: row['finding'] === 'yes', complement: (row['complement'] ?? '').toLowerCase().split(',').map((w) => w.trim()).filter((w) => w !== '' && w !== 'no'), words });
      cues.set(words[0]!, list);
    }
  }
  for (const list of cues.values()) list.sort((a, b) => b.words.length - a.words.length);
  cached = {
    cues,
    sourceNouns: column('source-nouns.tsv', 'noun'),
    titles: column('titles.tsv', 'title'),
    modifiers: column('modifiers.tsv', 'word'),
    groupNouns: new Map(readTsv('quotes', 'group-nouns.tsv').map((r) => [(r['noun'] ?? '').toLowerCase(), r['match'] === 'name'] as const)),
    documentNouns: column('document-nouns.tsv', 'noun'),
    mediumNouns: column('medium-nouns.tsv', 'noun'),
    notContent: new Map(),
  };
  for (const r of readTsv('quotes', 'not-content.tsv')) {
    const lemma = (r['lemma'] ?? '').toLowerCase();
    const set = cached.notContent.get(lemma) ?? new Set<string>();
    set.add((r['word'] ?? '').toLowerCase());
    cached.notContent.set(lemma, set);
  }
  return cached;
}

export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
export const PERSON_PRONOUNS = new Set(['he', 'she']);
export const DETERMINERS = new Set([
  'a', 'an', 'the', 'another', 'one', 'two', 'three', 'several', 'some', 'many', 'other', 'his', 'her',
  'their', 'its', 'our', 'this', 'that', 'these', 'those', 'both', 'most', 'few', 'senior', 'top',
]);
/** Capitalised words that start sentences but are not names. */
export const NOT_NAMES = new Set([
  'but', 'and', 'or', 'so', 'the', 'a', 'an', 'however', 'meanwhile', 'also', 'later', 'in', 'on', 'at',
  'after', 'before', 'when', 'while', 'if', 'this', 'that', 'it', 'there', 'then', 'yet', 'still', 'now',
  'as', 'since', 'because', 'although', 'though', 'for', 'from', 'with', 'by', 'to', 'of', 'earlier',
  'today', 'yesterday', 'please', 'asked', 'when', 'what', 'why', 'how', 'where', 'who', 'here', 'we', 'you', 'they', 'he', 'she', 'i', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);
