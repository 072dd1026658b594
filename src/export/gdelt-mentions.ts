/** GDELT 2.0 Mentions table: one row (16 columns) per article-level event, with character offsets. */
import type { EventRow } from '../store/types.js';
import { dateParts, gdeltStamp } from './gdelt-events.js';
import { tsvCell } from './sink.js';

export const GDELT_MENTION_COLUMNS: readonly string[] = [
  'GLOBALEVENTID', 'EventTimeDate', 'MentionTimeDate', 'MentionType', 'MentionSourceName', 'MentionIdentifier',
  'SentenceID', 'Actor1CharOffset', 'Actor2CharOffset', 'ActionCharOffset', 'InRawText', 'Confidence',
  'MentionDocLen', 'MentionDocTone', 'MentionDocTranslationInfo', 'Extras',
];

export function gdeltMentionRow(e: EventRow, dateAdded: string): string {
  const d = dateParts(e.date ?? e.published, dateAdded);
  const cells: Array<string | number> = [
    e.mergedId, `${d.sqlDate}000000`, gdeltStamp(dateAdded), 1, e.source, e.url ?? e.articleId,
    e.sentenceIndex, e.actor1Start ?? -1, e.actor2Start ?? -1, e.verbStart ?? e.sentenceStart, 1,
    Math.round(e.confidence * 100), e.docLength, e.docTone ?? '', '', '',
  ];
  return cells.map(tsvCell).join('\t');
}
