/**
 * `sitrep bench events [--file news.jsonl] [--limit N]`: speed of event coding (events + facts
 * stages) given the earlier stages' output, in sentences per second on one core. The earlier
 * stages run first, untimed, over the same articles.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { extractArticle } from '../extract/index.js';
import { segment } from '../nlp/segment.js';
import { findTimes } from '../time/index.js';
import { findAmounts } from '../amounts/index.js';
import { recognize } from '../nlp/ner/index.js';
import { resolveEntities } from '../nlp/entities/index.js';
import { resolvePlaces } from '../geo/index.js';
import { findQuotes } from '../quotes/index.js';
import { codeEvents, type EventsInput } from '../events/index.js';
import { findFacts } from '../facts/index.js';

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { file: { type: 'string' }, limit: { type: 'string' }, rounds: { type: 'string' } } });
  const file = values.file ?? '../shared/data/bulk/news-text.jsonl';
  const limit = Number(values.limit ?? 1000);
  const rounds = Number(values.rounds ?? 3);
  const records = readFileSync(file, 'utf8').split('\n').filter(Boolean).slice(0, limit).map((l) => JSON.parse(l) as { text: string; published?: string });
  const inputs: EventsInput[] = [];
  let sentences = 0;
  for (const rec of records) {
    const article = extractArticle(rec.text, 'text', { published: rec.published ?? null });
    const text = article.text;
    const seg = segment(text, article.paragraphs);
    const named = recognize(text, seg);
    const entities = resolveEntities(article, seg, named);
    inputs.push({
      article,
      seg,
      entities,
      places: resolvePlaces({ article, seg, named, entities }),
      times: findTimes(text, seg, article.published),
      amounts: findAmounts(text, seg),
      quotes: findQuotes({ article, seg, entities }),
    });
    sentences += seg.sentences.length;
  }
  let best = Infinity;
  let events = 0;
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    events = 0;
    for (const input of inputs) {
      const ev = codeEvents(input);
      findFacts({ ...input, events: ev });
      events += ev.length;
    }
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9);
  }
  process.stdout.write(
    `event coding (events + facts stages), ${records.length} articles, ${sentences} sentences, ${events} events, best of ${rounds} rounds:\n` +
      `  ${best.toFixed(3)} s  →  ${Math.round(sentences / best)} sentences/s, ${Math.round(records.length / best)} articles/s on one core\n`,
  );
  return 0;
}
