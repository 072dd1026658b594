/**
 * The document model shared by every stage.
 *
 * The cleaned article text (`Article.text`) never changes once the extract stage has produced it.
 * Every annotation is a span into it: `start`/`end` are UTF-16 offsets (JavaScript string indices),
 * `end` exclusive, so `article.text.slice(start, end)` is the supporting text.
 */

/** A half-open range of UTF-16 code units in `Article.text`. */
export interface Span {
  start: number;
  end: number;
}

/** Names of the pipeline stages, in the order `src/core/pipeline.ts` runs them. */
export type StageName =
  | 'extract'
  | 'segment'
  | 'times'
  | 'amounts'
  | 'tone'
  | 'entities'
  | 'places'
  | 'quotes'
  | 'events'
  | 'facts';

// ---------------------------------------------------------------- extract

export interface Article {
  title: string | null;
  /** Publication date, ISO `YYYY-MM-DD` (or `YYYY-MM`, `YYYY` when only that is known). */
  published: string | null;
  url: string | null;
  byline: string | null;
  /** ISO 639-1 code. */
  language: string | null;
  site: string | null;
  /** The clean article body: paragraphs separated by a blank line ("\n\n"). Immutable. */
  text: string;
  /** Photo caption, kept apart from the body. */
  caption: string | null;
  /** "With reporting by" credits, one source a string. */
  credits: string[];
  /** Paragraph spans into `text`. */
  paragraphs: Span[];
  /** Where the dateline ("BAGHDAD, Iraq (AP) --") sits in `text`, if there is one. */
  dateline: (Span & { place: string }) | null;
}

// ---------------------------------------------------------------- segment

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol';

export interface Token extends Span {
  text: string;
  kind: TokenKind;
}

export interface Sentence extends Span {
  /** Index of the first token of the sentence in `Segmentation.tokens`. */
  firstToken: number;
  /** Index one past the last token. */
  endToken: number;
  /** Index of the paragraph (in `Article.paragraphs`) holding the sentence. */
  paragraph: number;
}

export interface Segmentation {
  tokens: Token[];
  sentences: Sentence[];
}

// ---------------------------------------------------------------- times and amounts

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface TimeExpression extends Span {
  text: string;
  type: TimexType;
  /** TIMEX3 value: `2012-10-05`, `2012-09`, `P30Y`, `PXW`, `XXXX-WXX-5`, `PAST_REF`… */
  value: string;
  /** TIMEX3 `mod` (`START`, `MID`, `END`, `APPROX`, `LESS_THAN`, `MORE_THAN`…), if any. */
  mod?: string;
  /** Which rule produced it (for debugging and transparency). */
  rule?: string;
}

export interface Amount extends Span {
  text: string;
  value: number;
  /** The counted thing, as written in singular or plural ("troops", "people"). */
  object: string | null;
  /** `about`, `at least`, `more than`, `up to`… */
  modifier?: string | null;
  /** Currency (ISO 4217) for money amounts. */
  unit?: string | null;
  /** Upper bound of a range ("5,000 to 7,000"). */
  valueMax?: number | null;
}

// ---------------------------------------------------------------- tone

/** GDELT's document tone (GKG V1.5TONE): percentages of the article's words. */
export interface Tone {
  /** positive − negative. */
  tone: number;
  positive: number;
  negative: number;
  /** positive + negative. */
  polarity: number;
  /** Personal pronouns, % of words. */
  selfGroupDensity: number;
  wordCount: number;
  /** Each word that counted, with its valence after negation (AFINN-165, −5…+5). */
  scored: Array<Span & { score: number }>;
}

// ---------------------------------------------------------------- entities

export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'MISC';

export type MentionKind = 'name' | 'alias' | 'pronoun' | 'nominal' | 'title' | 'demonym';

export interface Mention extends Span {
  text: string;
  kind: MentionKind;
}

export interface Entity {
  id: string;
  type: EntityType;
  /** Canonical name: the longest name mention ("Vladimir Putin"). */
  name: string;
  /** ISO 3166 alpha-3, from demonyms, possessives, "of Russia", or the country itself. */
  country: string | null;
  /** Title or function as the text gives it ("President", "Defense Minister"). */
  role: string | null;
  /** CAMEO actor code, e.g. `RUSGOV`, `USALEG`, `NAT` (NATO), `IGOUNO`. */
  actorCode: string | null;
  /** CAMEO role types (`GOV`, `MIL`, `LEG`…). */
  actorTypes: string[];
  /** Known-group code (`NAT`, `UNO`, `EUR`…) for IGOs and well-known groups. */
  knownGroup: string | null;
  mentions: Mention[];
}

/** A raw recogniser output: a typed name span (CoNLL labels). */
export interface NamedSpan extends Span {
  label: 'PER' | 'ORG' | 'LOC' | 'MISC';
  score?: number;
}

// ---------------------------------------------------------------- places

export interface Place {
  id: string;
  /** Name as first written in the text. */
  name: string;
  geonameId: number | null;
  lat: number | null;
  lon: number | null;
  /** ISO 3166 alpha-2. */
  countryCode: string | null;
  /** GeoNames feature code (`PPLC`, `PPLA`, `PCLI`, `ADM1`, `RGN`, `CONT`…). */
  featureCode: string | null;
  admin1: string | null;
  admin2?: string | null;
  population?: number | null;
  /** `city`, `country`, `admin`, `region`, `continent`, `feature`. */
  kind: string;
  mentions: Mention[];
  /** The entity (actor) id when a mention is metonymic ("Washington said"). */
  entityId?: string | null;
}

// ---------------------------------------------------------------- quotes

export type QuoteKind = 'direct' | 'partial' | 'indirect';

export interface Speaker extends Span {
  /** Canonical name of the resolved entity, or the mention text when unresolved ("a spokesman"). */
  name: string;
  entityId: string | null;
}

export interface Quote extends Span {
  /** The quoted or reported content (without quotation marks). */
  text: string;
  kind: QuoteKind;
  cue: Span | null;
  speaker: Speaker | null;
}

// ---------------------------------------------------------------- events

export interface Actor {
  name: string;
  /** Full CAMEO actor code (`RUSGOV`). */
  code: string;
  /** ISO alpha-3. */
  countryCode: string | null;
  knownGroup: string | null;
  types: string[];
  entityId: string | null;
  /** Where the actor is named in this event's sentence. */
  span?: Span | null;
  /**
   * Where the text places the actor (GDELT's Actor1Geo/Actor2Geo), with `source`: `actor` (the actor
   * is the place: "Moscow said"), `located` ("troops in Syria"), `sentence` (a place of the actor's
   * country in the sentence), `country` (the actor's country).
   */
  geo?: EventPlace | null;
}

export interface EventPlace {
  name: string;
  placeId: string | null;
  geonameId: number | null;
  lat: number | null;
  lon: number | null;
  countryCode: string | null;
  featureCode?: string | null;
  /** `sentence`, `dateline`, `country` (only the country is named); for actors see `Actor.geo`. */
  source: string;
}

export interface SitrepEvent {
  id: string;
  code: string;
  rootCode: string;
  baseCode: string;
  quadClass: number;
  goldstein: number;
  plover: { event: string; mode: string | null } | null;
  actor1: Actor | null;
  actor2: Actor | null;
  date: string | null;
  dateSource: 'stated' | 'implied' | null;
  place: EventPlace | null;
  isRoot: boolean;
  sentence: Span;
  /** The exact sentence text. */
  evidence: string;
  /** Spans of the verb (or event noun) and of each actor. */
  evidenceSpans: { verb: Span; actor1: Span | null; actor2: Span | null };
  /** `asserted`, `negated`, `intended`, `reported`, `hypothetical`. */
  modality: string;
  confidence: number;
  /** Which pattern produced it. */
  rule: string;
  mentions: Span[];
}

// ---------------------------------------------------------------- facts

export interface Fact {
  id: string;
  kind: 'agreement' | 'deployment' | 'attack' | 'count';
  /** Kind-specific fields; every value that comes from the text keeps its span in `evidence`. */
  fields: Record<string, unknown>;
  evidence: Array<Span & { field: string }>;
}

// ---------------------------------------------------------------- the whole result

export interface Diagnostic {
  stage: StageName;
  code: string;
  message: string;
}

export interface ExtractResult {
  id?: string;
  article: Article;
  sentences: Sentence[];
  entities: Entity[];
  places: Place[];
  times: TimeExpression[];
  amounts: Amount[];
  /** Absent in results stored before the tone stage existed. */
  tone?: Tone;
  quotes: Quote[];
  events: SitrepEvent[];
  facts: Fact[];
  diagnostics: Diagnostic[];
  pipelineVersion: string;
}

/** What the caller knows about an input beyond its bytes. */
export interface InputMeta {
  id?: string;
  /** Publication date when the page does not state it (or to override it). */
  published?: string | null;
  url?: string | null;
  /** `text` (scraped text) or `html`; guessed from the content when absent. */
  format?: 'text' | 'html';
  /**
   * What the quotes stage reports: `speech` (default: quotations and reported speech), or
   * `attribution` (also beliefs, intentions and stances held by a source: "she wants to…", "he
   * criticized…", as PolNeAR annotates attribution).
   */
  quoteScope?: 'speech' | 'attribution';
}
