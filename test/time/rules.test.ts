/**
 * Table tests of the time rules: one row per rule with its input, reference date, and the
 * expected text, type, value and mod of the one expression it must produce.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describe, timesOf } from './helpers.js';

type Row = [input: string, ref: string | null, text: string, value: string, type?: string, mod?: string];

const REF = '2012-10-05'; // a Friday
const ROWS: Row[] = [
  // absolute dates
  ['The deal was signed on October 5.', REF, 'October 5', '2012-10-05'],
  ['The notes mature Dec. 15.', REF, 'Dec. 15', '2012-12-15'],
  ['It happened on Oct. 5, 2011, in Kabul.', REF, 'Oct. 5, 2011', '2011-10-05'],
  ['It happened on 5 October 2012.', REF, '5 October 2012', '2012-10-05'],
  ['The vote is set for Monday, Oct. 26, 1998.', REF, 'Monday, Oct. 26, 1998', '1998-10-26'],
  ['Prices peaked in August 1988.', REF, 'August 1988', '1988-08'],
  ['Filed 2012-10-05 in court.', REF, '2012-10-05', '2012-10-05'],
  ['It was signed on October 5.', null, 'October 5', 'XXXX-10-05'],
  // months
  ['The talks were fast-tracked in April.', REF, 'April', '2012-04'],
  ['Talking to journalists in mid-April, he spoke.', REF, 'mid-April', '2012-04', 'DATE', 'MID'],
  ['The vote is planned for early December.', REF, 'early December', '2012-12', 'DATE', 'START'],
  ['Sales fell last November.', '1999-12-10', 'last November', '1999-11'],
  ['He will visit in January.', REF, 'January', '2013-01'],
  // years and decades
  ['A deal was signed in 1993.', REF, '1993', '1993'],
  ['Troops may stay until 2042.', REF, '2042', '2042'],
  ['Profit rose in fiscal 1989.', REF, 'fiscal 1989', '1989'],
  ['Inflation was high in the 1980s.', REF, 'the 1980s', '198'],
  ['It was popular in the early 1990s.', REF, 'the early 1990s', '199', 'DATE', 'START'],
  // weekdays
  ['The minister arrived Friday.', REF, 'Friday', '2012-10-05'],
  ['The minister arrived Tuesday.', REF, 'Tuesday', '2012-10-02'],
  ['The minister will arrive Tuesday.', REF, 'Tuesday', '2012-10-09'],
  ['They met last Friday.', REF, 'last Friday', '2012-09-28'],
  ['Shots rang out Friday morning.', REF, 'Friday morning', '2012-10-05TMO', 'TIME'],
  // days from the reference
  ['He left yesterday.', REF, 'yesterday', '2012-10-04'],
  ['He leaves tomorrow.', REF, 'tomorrow', '2012-10-06'],
  ['Fighting broke out last night.', REF, 'last night', '2012-10-04TNI', 'TIME'],
  ['The blast hit at 10 p.m. near the border.', REF, '10 p.m.', '2012-10-05T22:00', 'TIME'],
  // units from the reference
  ['He came to Dushanbe last month.', REF, 'last month', '2012-09'],
  ['Elections are due next year.', REF, 'next year', '2013'],
  ['The talks resume this week.', REF, 'this week', '2012-W40'],
  ['Output rose earlier this year.', REF, 'earlier this year', '2012', 'DATE', 'START'],
  ['He was arrested two weeks ago.', REF, 'two weeks ago', '2012-W38'],
  ['The plant closed three years ago.', REF, 'three years ago', '2009'],
  ['Protests continued over the weekend.', REF, 'the weekend', '2012-W39-WE'],
  ['He came to Dushanbe last month.', null, 'last month', 'XXXX-XX'],
  // quarters and seasons
  ['Earnings fell in the third quarter.', REF, 'the third quarter', '2012-Q3'],
  ['Sales rose in the first half.', REF, 'the first half', '2012-H1'],
  ['The offensive began last fall.', REF, 'last fall', '2011-FA'],
  ['Talks will resume this summer.', REF, 'this summer', '2012-SU'],
  ['Shops close on Christmas.', REF, 'Christmas', '2012-12-25'],
  // durations
  ['The base may stay for 30 years.', REF, '30 years', 'P30Y', 'DURATION'],
  ['They have been negotiating for nearly a year.', REF, 'nearly a year', 'P1Y', 'DURATION', 'APPROX'],
  ['Prices rose over the past two months.', REF, 'the past two months', 'P2M', 'DURATION'],
  ['The siege lasted five hours.', REF, 'five hours', 'PT5H', 'DURATION'],
  ['He won a two-year term.', REF, 'two-year', 'P2Y', 'DURATION'],
  ['He visited twice in recent weeks.', REF, 'recent weeks', 'PXW', 'DURATION'],
  ['The region has been unstable for years.', REF, 'years', 'PXY', 'DURATION'],
  ['The ban lasts at least 72 hours.', REF, 'at least 72 hours', 'PT72H', 'DURATION', 'EQUAL_OR_MORE'],
  ['The company lost money in the year ended then.', REF, 'the year', 'P1Y', 'DURATION'],
  // sets
  ['Protesters gather every Friday.', REF, 'every Friday', 'XXXX-WXX-5', 'SET'],
  ['The paper is published daily.', REF, 'daily', 'P1D', 'SET'],
  ['The council meets twice a week.', REF, 'a week', 'P1W', 'SET'],
  // added rules
  ['Sales rose in June last year.', REF, 'June last year', '2011-06'],
  ['The offer expires at 5 p.m. EST Nov. 9.', REF, '5 p.m. EST Nov. 9', '2012-11-09T17:00', 'TIME'],
  ['Fighting resumed at 12.00 local time.', REF, '12.00 local time', '2012-10-05T12:00', 'TIME'],
  ['Posted 2017-09-06 10:36 by the agency.', REF, '2017-09-06 10:36', '2017-09-06T10:36', 'TIME'],
  ['The summit runs Nov. 3-14.', REF, 'Nov. 3-14', '2012-11-03/2012-11-14'],
  ['He served there in 1992-1994.', REF, '1992-1994', '1992/1994'],
  ['It was founded in nineteen ninety-six.', REF, 'nineteen ninety-six', '1996'],
  ['Shelling continued overnight.', REF, 'overnight', '2012-10-04TNI', 'TIME'],
  ['The minister arrived Friday.', '2005', 'Friday', '2005-WXX-5'],
  ['The minister left today.', '2005', 'today', '2005-XX-XX'],
  ['Prices fell in late-November.', '1999-12-10', 'late-November', '1999-11', 'DATE', 'END'],
  ['Troops may stay for at least 20 more years.', REF, 'at least 20 more years', 'P20Y', 'DURATION', 'EQUAL_OR_MORE'],
  // vague references
  ['The army is now on alert.', REF, 'now', 'PRESENT_REF'],
  ['Troops are currently based there.', REF, 'currently', 'PRESENT_REF'],
  ['He recently visited Moscow.', REF, 'recently', 'PAST_REF'],
  ['Nobody knows what the future holds.', REF, 'the future', 'FUTURE_REF'],
];

/** Runs one row: the expression must be found with its value, type and mod (and alone when `alone`). */
function checkRow([input, ref, text, value, type = 'DATE', mod]: Row, alone: boolean): void {
  test(`"${input}" (reference ${ref}) → "${text}" = ${value}${mod ? ' ' + mod : ''}`, () => {
    const times = timesOf(input, ref);
    const hit = times.find((t) => t.text === text);
    assert.ok(hit, `expected "${text}" in "${input}", found ${describe(times)}`);
    assert.equal(hit.value, value, `value of "${text}" in "${input}" (reference ${ref})`);
    assert.equal(hit.type, type, `type of "${text}" in "${input}"`);
    assert.equal(hit.mod, mod, `mod of "${text}" in "${input}"`);
    if (alone) assert.equal(times.length, 1, `"${input}" should hold one time expression, found ${describe(times)}`);
  });
}

for (const row of ROWS) checkRow(row, true);

const MORE: Row[] = [
  ['Talks ended Dec.15 in Vienna.', REF, 'Dec.15', '2012-12-15'],
  ['The ceasefire has held for 2½ years.', REF, '2½ years', 'P2Y6M', 'DURATION'],
  ['The siege lasted 5 1/2 hours.', REF, '5 1/2 hours', 'PT5H30M', 'DURATION'],
  ['It set off hours of fighting.', REF, 'hours', 'PTXH', 'DURATION'],
  ['Rallies were held at the weekend.', '2008', 'the weekend', '2008-WXX-WE'],
  ['A bomb hit a church on Easter Sunday.', '2017-04-09', 'Easter Sunday', '2017-04-16'],
  ['He has led the party since ’91.', '2015', '’91', '1991'],
  ['The ban applies starting Monday.', REF, 'Monday', '2012-10-08'],
  ['Talks resume later in the week.', '2014-04-14', 'later in the week', '2014-W16', 'DATE', 'END'],
  ['He visited Kabul in the 20th century.', REF, 'the 20th century', '19'],
  ['Music changed in the nineties.', REF, 'the nineties', '199'],
];

for (const row of MORE) checkRow(row, false);

const SPANS: Row[] = [
  ['They met the previous Friday.', REF, 'the previous Friday', '2012-09-28'],
  ['The vote is this coming Sunday.', REF, 'this coming Sunday', '2012-10-07'],
  ['Shooting broke out late yesterday.', REF, 'late yesterday', '2012-10-04', 'DATE', 'END'],
  ['Profit fell in the third-quarter report.', REF, 'third-quarter', '2012-Q3'],
  ['They signed the 30-day truce.', REF, '30-day', 'P30D', 'DURATION'],
];

for (const row of SPANS) checkRow(row, false);

// Tense cues, anchoring to the story's last date, and the smaller rules of issue 6's follow-up.
const CONTEXT: Row[] = [
  // a weak cue ("until", "by") gives way to the verb; "by" after the expression is an agent
  ['Until Thursday, they had not named him.', REF, 'Thursday', '2012-10-04'],
  ['The decision, announced Wednesday by the agency, stands.', REF, 'Wednesday', '2012-10-03'],
  ['The offer runs until Tuesday.', REF, 'Tuesday', '2012-10-09'],
  ['The new pact takes hold effective Feb. 1.', REF, 'Feb. 1', '2013-02-01'],
  ['Neal said Friday that he would leave.', REF, 'Friday', '2012-10-05'],
  // anchored to the latest earlier date in the text
  ['On May 22, 1995, he was promoted, and the following year he moved.', REF, 'the following year', '1996'],
  ['He fled in June 1998 and returned later that year.', REF, 'later that year', '1998', 'DATE', 'END'],
  ['They met on March 3. The next day, talks resumed.', REF, 'The next day', '2012-03-04'],
  ['The index closed up Friday, then fell 4% from the previous Friday.', REF, 'the previous Friday', '2012-09-28'],
  ['They signed in March. The following month, the deal collapsed.', REF, 'The following month', '2012-04'],
  ['Two men came to the house the day after.', REF, 'the day after', '2012-10-06'],
  // smaller rules
  ['Atlanta again, January nineteen ninety-seven.', REF, 'January nineteen ninety-seven', '1997-01'],
  ['Prices were low in the winter of nineteen ninety-four.', REF, 'the winter of nineteen ninety-four', '1994-WI'],
  ['Earnings will fall for the last half of 1989.', REF, 'the last half of 1989', '1989-H2'],
  ['Orangemen march each July.', REF, 'each July', 'XXXX-07', 'SET'],
  ['Support rose from 35 percent several years ago.', REF, 'several years ago', 'PAST_REF'],
  ['The court hearing is set for the week of March 6.', '2000-02-24', 'the week of March 6', '2000-W10'],
  ['The summit is on April 24 and 25.', '1999-02-10', '25', '1999-04-25'],
  ['Families have lived here since post-1959 reforms.', REF, 'post-1959', '1959', 'DATE', 'AFTER'],
  ['Staff will be cut by year-end.', REF, 'year-end', '2012', 'DATE', 'END'],
  ['The shares hit a high for the year in June.', REF, 'the year', '2012'],
  ['The move was his top goal for the near term.', REF, 'the near term', 'FUTURE_REF'],
  ['Voters go to the polls on Election Day.', '1998-10-26', 'Election Day', '1998-11-03'],
  ['It may take a couple of years.', REF, 'a couple of years', 'P2Y', 'DURATION'],
  ['The index fell eight trading days in a row.', REF, 'eight trading days', 'P8D', 'DURATION'],
  ['It was a day-long standoff.', REF, 'day-long', 'P1D', 'DURATION'],
  ['Funds face redemptions in the weeks ahead.', REF, 'the weeks ahead', 'PXW', 'DURATION'],
  ['By mid afternoon, the shelling stopped.', REF, 'mid afternoon', '2012-10-05TAF', 'TIME', 'MID'],
  ['Shares were up at mid-afternoon yesterday.', REF, 'mid-afternoon yesterday', '2012-10-04TAF', 'TIME', 'MID'],
  ['He will appear in court at midday.', REF, 'midday', '2012-10-05T12:00', 'TIME'],
  ['The blast came at 10:35 a.m. (0735 GMT) Thursday.', REF, '10:35 a.m.', '2012-10-04T10:35', 'TIME'],
  ['Average hourly earnings rose.', REF, 'hourly', 'PT1H', 'SET'],
  // "be to" / "set to" + verb and "as early as" point a bare weekday ahead (REF is a Friday)
  ['The ferry service is to restart Tuesday after repairs.', REF, 'Tuesday', '2012-10-09'],
  ['Both delegations are to sign the accord Monday.', REF, 'Monday', '2012-10-08'],
  ['The retrial, set to open Wednesday, drew crowds.', REF, 'Wednesday', '2012-10-10'],
  ['The first convoy could leave as early as Thursday.', REF, 'Thursday', '2012-10-11'],
  ['The ferry service restarted Tuesday after repairs.', REF, 'Tuesday', '2012-10-02'],
  // "in the past year": the calendar unit before the current one; "over the past year" a length
  ['Exports doubled in the past year.', REF, 'the past year', '2011', 'DATE'],
  ['The city grew fast during the last decade.', REF, 'the last decade', '200', 'DATE'],
  ['Exports doubled over the past year.', REF, 'the past year', 'P1Y', 'DURATION'],
  ['The past year brought two floods.', REF, 'The past year', 'P1Y', 'DURATION'],
  ['Rents rose in the past two years.', REF, 'the past two years', 'P2Y', 'DURATION'],
  ['Earnings will fall in the current fiscal year.', REF, 'the current fiscal year', '2012'],
];

for (const row of CONTEXT) checkRow(row, false);

// Issue 6 (TimeML value F1): general rules of English temporal expressions, own examples.
const ISSUE6: Row[] = [
  // the same quarter a year before, as results reporting compares it
  ['Profit doubled from the year-ago third quarter.', REF, 'the year-ago third quarter', '2011-Q3'],
  ['Sales beat the year-earlier second quarter.', REF, 'the year-earlier second quarter', '2011-Q2'],
  ['Net income rose 5% in the quarter. In the quarter a year earlier, it fell.', REF, 'the quarter a year earlier', '2011-Q3'],
  ['Quarterly sales were $5 million, against $4 million for the corresponding period last year.', REF, 'the corresponding period last year', '2011-Q3'],
  ['Third-quarter sales rose; sales for last year\'s quarter were flat.', REF, "last year's quarter", '2011-Q3'],
  ['Quarter profit fell from a gain in the 2011 period.', REF, 'the 2011 period', '2011-Q3'],
  ['Net rose in the fiscal-first quarter.', REF, 'the fiscal-first quarter', '2012-Q1'],
  ['Revenue reached $2 billion in the latest fiscal year.', REF, 'the latest fiscal year', '2011'],
  // the whole reporting year is a date; "over" before "the" is a preposition, not a bound
  ['Analysts expect a loss for the full year as costs rise.', REF, 'the full year', '2012'],
  ['Rents climbed over the past year.', REF, 'the past year', 'P1Y', 'DURATION'],
  // an hour named with its part of the day, on the day the story last named
  ['The convoy will set off at 4 in the morning.', REF, '4 in the morning', '2012-10-05T04:00', 'TIME'],
  ['They met on March 3. The talks ended at ten o\'clock at night.', REF, "ten o'clock at night", '2012-03-03T22:00', 'TIME'],
  ['Voting closed at 7 in the evening.', REF, '7 in the evening', '2012-10-05T19:00', 'TIME'],
  // "or so" makes a distance back approximate
  ['A week or so ago, the general chose the date.', REF, 'A week or so ago', '2012-W39', 'DATE', 'APPROX'],
  // tense cues: a cue farther back still counts; "plan"; a plan seen from the past perfect
  ['Exiles planned a large march through Havana on Saturday.', REF, 'Saturday', '2012-10-06'],
  ['They plan to vote on Tuesday.', REF, 'Tuesday', '2012-10-09'],
  ['The offer had been scheduled to expire Tuesday.', REF, 'Tuesday', '2012-10-02'],
  ['The offer is scheduled to expire Tuesday.', REF, 'Tuesday', '2012-10-09'],
  // vague references
  ['The rebels may soon seek a truce.', REF, 'soon', 'FUTURE_REF'],
  ['They want the boy back as soon as possible.', REF, 'as soon as possible', 'FUTURE_REF'],
  ['Holders may buy stock at the then current price.', REF, 'then current', 'PAST_REF'],
  ['Analysts say the city will one day host the games.', REF, 'one day', 'FUTURE_REF'],
];

for (const row of ISSUE6) checkRow(row, false);

// Issue 6: what the rules above must not take for a time.
const ISSUE6_NOT: Array<[input: string, text: string]> = [
  ['Police arrived in the early hours of Thursday.', 'hours'],
  ['This is VOA Today.', 'Today'],
  ['Rain fell in the past three summers.', 'the past'],
  ['The group may arrive as soon as Tuesday.', 'soon'],
  ['Soon after the vote, the premier resigned.', 'Soon'],
  ['He was soon released from hospital.', 'soon'],
  ['The truce lasted one day.', 'one day=FUTURE_REF'],
];

for (const [input, text] of ISSUE6_NOT) {
  test(`"${input}" holds no "${text}"`, () => {
    const times = timesOf(input, REF);
    const hit = times.find((t) => (text.includes('=') ? `${t.text}=${t.value}` === text : t.text === text));
    assert.equal(hit, undefined, `"${input}" should not hold "${text}", found ${describe(times)}`);
  });
}

// Session 3 (TBAQ value F1): general rules, own examples.
const SESSION3: Row[] = [
  // "the week" on its own names a week of the story the text does not date: a week of the year
  ['For the week, the index slipped 2%.', REF, 'the week', '2012-WXX'],
  ["Trading was heavy in the week's first session.", REF, 'the week', '2012-WXX'],
  ['Sales stayed firm for the rest of the week.', REF, 'the week', '2012-W40'],
  ['Talks should wrap up by the end of the week.', REF, 'the week', '2012-W40'],
  ['Early in the week, shares slid.', REF, 'the week', '2012-W40', 'DATE', 'START'],
  ['Output fell in the week ended Friday.', REF, 'the week', 'P1W', 'DURATION'],
  // a stretch of years up to now or after an event: a vague length
  ['Over the years the plant grew into a town.', REF, 'the years', 'PXY', 'DURATION'],
  ['In the years that followed, the rebels regrouped.', REF, 'the years', 'PXY', 'DURATION'],
  ['Exports rose for the first time in years.', REF, 'years', 'PXY', 'DURATION'],
  // "a week" after "of" or a verb of granting or spending time is a length
  ['The vote capped the end of a week of talks.', REF, 'a week', 'P1W', 'DURATION'],
  ['The court gave them a month to appeal.', REF, 'a month', 'P1M', 'DURATION'],
  // "today's" with a specific thing of the day keeps the date
  ["The plan is in today's editions of the paper.", REF, 'today', '2012-10-05'],
];

for (const row of SESSION3) checkRow(row, false);

// Session 3: what the rules above must not take for a time.
const SESSION3_NOT: Array<[input: string, text: string]> = [
  ["Such tools are rare in today's world.", 'today'], // the present age, not the day of the story
  ["The crisis is for today's youth what the war was for their parents.", 'today'],
  ["Many of today's personal computers use the chip.", 'today'],
  ['Students learn the days of the week.', 'the week'], // the week in general
  ['They will hold a vote in the days before the summit.', 'the days'], // named from an event
];

for (const [input, text] of SESSION3_NOT) {
  test(`"${input}" holds no "${text}"`, () => {
    const times = timesOf(input, REF);
    const hit = times.find((t) => t.text === text || t.text === text.replace(/^the /, ''));
    assert.equal(hit, undefined, `"${input}" should not hold "${text}", found ${describe(times)}`);
  });
}
