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
  'entities', // recogniser + roles/countries/coreference; places and quotes need its mentions
  'places', // uses entities to keep metonymic capitals ("Moscow is allowing") as actors
  'quotes', // speakers resolve through entity mentions (pronouns included)
  'events', // uses everything above
  'facts', // built from events, times, amounts and places
] as const;

/** Largest input accepted, in bytes. Larger pages get INPUT_TOO_LARGE, never a hang. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;
/** Longest article body the language stages take (news articles are far below 100,000 characters). */
export const MAX_ARTICLE_CHARS = 1_000_000;

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
  if (article.text.length > MAX_ARTICLE_CHARS) {
    throw new SitrepError('INPUT_TOO_LARGE', `the article body is ${article.text.length} characters; the limit is ${MAX_ARTICLE_CHARS}`);
  }
  const text = article.text;
  const seg = segment(text, article.paragraphs);
  const times = findTimes(text, seg, article.published);
  const amounts = findAmounts(text, seg);
  const named = recognize(text, seg);
  const entities = resolveEntities(article, seg, named);
  const places = resolvePlaces({ article, seg, named, entities });
  const quotes = findQuotes({ article, seg, entities });
  const eventsInput = { article, seg, entities, places, times, amounts, quotes };
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
    quotes,
    events,
    facts,
    diagnostics,
    pipelineVersion: PIPELINE_VERSION,
  };
  diagnostics.push(...verifySpans(result));
  return result;
}
