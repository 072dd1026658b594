/**
 * Times stage: temporal expressions normalised to TIMEX3 against the publication date.
 *
 * Design (after chrono's parsers + refiners): each parser in `parsers/` proposes candidates from
 * one regular expression built from the data tables in `data/time/`; the refiners then drop
 * what the context rules out and settle overlaps (longest wins). Values resolve against the
 * reference (`reference.ts`) with tense cues (`resolve.ts`); expressions named from another time
 * in the story ("the next day", "that year") resolve against the latest earlier date in the text
 * (`refiners/anchors.ts`).
 *
 * chrono-node is not used at run time: its spans follow its own conventions (it folds "in",
 * "on", "at" into the match and merges ranges), it returns instants rather than TIMEX3 values at
 * the written granularity ("last month" → a day, not `2012-09`), and it has no durations, sets,
 * vague references or mods. Covering those is what this module adds; the date-resolution ideas
 * (nearest occurrence, forward for future cues) follow chrono's and HeidelTime's.
 *
 * Span rule (TimeML extent): the span covers the expression with its own modifiers and
 * determiners ("mid-April", "nearly a year", "the past two months", "up to 30 years") but not
 * the preposition that relates it to an event ("in April" → "April", "until 2042" → "2042").
 * References that include the preposition match on value and overlap.
 */
import type { Segmentation, TimeExpression } from '../core/types.js';
import { makeContext, type Candidate, type Parser } from './candidate.js';
import { parseReference } from './reference.js';
import { isoDateParser, monthDayParser, dayMonthParser, monthYearParser } from './parsers/absolute-date.js';
import { monthParser } from './parsers/month.js';
import { yearParser, decadeParser, shortYearParser, decadeWordParser, centuryParser } from './parsers/year.js';
import { weekdayParser } from './parsers/weekday.js';
import { relativeDayParser } from './parsers/relative-day.js';
import { thisLastNextParser, agoParser, yearAgoParser, inTheUnitParser, quarterYearAgoParser } from './parsers/relative-unit.js';
import { countedDurationParser, singleUnitDurationParser, vagueDurationParser, unitAdjectiveParser } from './parsers/duration.js';
import { everyParser, adverbSetParser, rateParser } from './parsers/set.js';
import { vagueParser } from './parsers/vague.js';
import { quarterParser } from './parsers/quarter.js';
import { seasonParser } from './parsers/season.js';
import { clockParser, clock24Parser, clockPartParser, partOfDayParser } from './parsers/time-of-day.js';
import { holidayParser } from './parsers/holiday.js';
import { weekendParser } from './parsers/weekend.js';
import { theYearParser, unitEndParser } from './parsers/the-year.js';
import { dayRangeParser, yearRangeParser } from './parsers/range.js';
import { spokenYearParser } from './parsers/spoken-year.js';
import { removeOverlaps } from './refiners/overlaps.js';
import { resolveAnchors } from './refiners/anchors.js';
import { anchoredParser } from './parsers/anchored.js';
import { filterCandidates } from './refiners/filters.js';

/** Parsers in priority order (first wins a tie in length). */
export const PARSERS: readonly Parser[] = [
  isoDateParser,
  dayRangeParser,
  yearRangeParser,
  monthDayParser,
  dayMonthParser,
  monthYearParser,
  clockParser,
  clock24Parser,
  clockPartParser,
  partOfDayParser,
  relativeDayParser,
  anchoredParser,
  weekdayParser,
  agoParser,
  yearAgoParser,
  quarterYearAgoParser,
  weekendParser,
  theYearParser,
  unitEndParser,
  thisLastNextParser,
  inTheUnitParser,
  quarterParser,
  seasonParser,
  holidayParser,
  monthParser,
  decadeParser,
  decadeWordParser,
  centuryParser,
  yearParser,
  spokenYearParser,
  shortYearParser,
  everyParser,
  rateParser,
  adverbSetParser,
  singleUnitDurationParser,
  countedDurationParser,
  vagueDurationParser,
  unitAdjectiveParser,
  vagueParser,
];

/** All candidates of all parsers, before refining (exported for debugging and tests). */
export function proposeTimes(text: string, seg: Segmentation, published: string | null): Array<Candidate & { order: number }> {
  const ctx = makeContext(text, seg, parseReference(published));
  const out: Array<Candidate & { order: number }> = [];
  PARSERS.forEach((parser, order) => {
    const re = parser.pattern();
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      let got: Candidate | Candidate[] | null = null;
      try {
        got = parser.extract(m, ctx);
      } catch {
        got = null; // a rule that fails on odd input proposes nothing
      }
      for (const c of Array.isArray(got) ? got : got ? [got] : []) out.push({ ...c, order });
      // let later matches start inside this one (e.g. "May 5 2012" after a rejected "May 5")
      re.lastIndex = m.index + 1;
    }
  });
  return out;
}

export function findTimes(text: string, seg: Segmentation, published: string | null): TimeExpression[] {
  const settled = resolveAnchors(
    removeOverlaps(filterCandidates(text, proposeTimes(text, seg, published)) as Array<Candidate & { order: number }>),
    parseReference(published),
  );
  return settled.map((c) => ({
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    type: c.type,
    value: c.value,
    ...(c.mod ? { mod: c.mod } : {}),
    rule: c.rule,
  }));
}
