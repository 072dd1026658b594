/**
 * The pipeline, in order. Each stage is a function with a typed input and output; none reaches
 * into another's internals. Order matters where noted.
 */
import type { Diagnostic, ExtractResult, InputMeta, StageName } from './types.js';
import { SitrepError } from './errors.js';
import { PIPELINE_VERSION } from './version.js';
import { decodeInput, extractArticle } from '../extract/index.js';
import { segment } from '../nlp/segment.js';
import { findTimes } from '../time/index.js';
import { findAmounts } from '../amounts/index.js';
import { measureTone } from '../nlp/tone/index.js';
import { recognize } from '../nlp/ner/index.js';
import { resolveEntities } from '../nlp/entities/index.js';
import { resolvePlaces } from '../geo/index.js';
import { findQuotes } from '../quotes/index.js';
import { codeEvents } from '../events/index.js';
import { findFacts } from '../facts/index.js';
import { verifySpans } from './spans.js';

/** The stages in the order they run. */
export const STAGES: readonly StageName[] = [
  'extract', // page → immutable article text
  'segment', // tokens and sentences
  'times', // needs only text + publication date
  'amounts',
  'tone', // GDELT's document tone from a word-valence list
  'entities', // recogniser + roles/countries/coreference; places and quotes need its mentions
  'places', // uses entities to keep metonymic capitals ("Moscow is allowing") as actors
  'quotes', // speakers resolve through entity mentions (pronouns included)
  'events', // uses everything above
  'facts', // built from events, times, amounts and places
] as const;

/** Largest input accepted, in bytes. Larger pages get INPUT_TOO_LARGE, never a hang. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;
/**
 * The language stages read at most this many characters of the article body (news articles are
 * far below it); a longer body is kept whole in `article.text`, analysed up to the last paragraph
 * that fits, and the result says so in a diagnostic. Offsets stay valid: the analysed text is a
 * prefix of `article.text`.
 */
export const MAX_ANALYSED_CHARS = 200_000;

/** Runs the whole pipeline on one input (bytes or an already decoded string). */
export function runPipeline(input: Uint8Array | string, meta: InputMeta = {}): ExtractResult {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > MAX_INPUT_BYTES) {
    throw new SitrepError('INPUT_TOO_LARGE', `input is ${(size / 1048576).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB`);
  }
  const decoded =
    typeof input === 'string'
      ? { content: input, format: meta.format ?? (/^\s*</.test(input) ? ('html' as const) : ('text' as const)) }
      : decodeInput(input, meta);
  if (decoded.content.trim() === '') throw new SitrepError('EMPTY_INPUT', 'the input is empty');
  const diagnostics: Diagnostic[] = [];

  const article = extractArticle(decoded.content, decoded.format, meta);
  if (article.text.trim() === '') throw new SitrepError('NO_ARTICLE', 'no article text found in the input');
  let view = article;
  if (article.text.length > MAX_ANALYSED_CHARS) {
    const paragraphs = article.paragraphs.filter((p) => p.end <= MAX_ANALYSED_CHARS);
    const cut = paragraphs.at(-1)?.end ?? MAX_ANALYSED_CHARS;
    view = { ...article, text: article.text.slice(0, cut), paragraphs: paragraphs.length ? paragraphs : [{ start: 0, end: cut }] };
    diagnostics.push({ stage: 'segment', code: 'ANALYSIS_TRUNCATED', message: `the article body has ${article.text.length} characters; the language stages read the first ${cut}` });
  }
  const text = view.text;
  const seg = segment(text, view.paragraphs);
  const times = findTimes(text, seg, article.published);
  const amounts = findAmounts(text, seg);
  const tone = measureTone(text, seg);
  const named = recognize(text, seg);
  const entities = resolveEntities(view, seg, named);
  const places = resolvePlaces({ article: view, seg, named, entities });
  const quotes = findQuotes({ article: view, seg, entities, scope: meta.quoteScope ?? 'speech' });
  const eventsInput = { article: view, seg, entities, places, times, amounts, quotes };
  const events = codeEvents(eventsInput);
  const facts = findFacts({ ...eventsInput, events });

  const result: ExtractResult = {
    ...(meta.id !== undefined ? { id: meta.id } : {}),
    article,
    sentences: seg.sentences,
    entities,
    places,
    times,
    amounts,
    tone,
    quotes,
    events,
    facts,
    diagnostics,
    pipelineVersion: PIPELINE_VERSION,
  };
  diagnostics.push(...verifySpans(result));
  return result;
}
