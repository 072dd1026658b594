/**
 * Negatives: body text that looks like furniture, credits, datelines, bylines or captions but
 * is not, and must stay untouched.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCredits } from '../../src/extract/credits.js';
import { findDateline } from '../../src/extract/dateline.js';
import { furnitureRole } from '../../src/extract/boilerplate.js';
import { isAuthorNote, isPhotoCaption, parseByline } from '../../src/extract/text/roles.js';
import { extractArticle } from '../../src/extract/index.js';

const NOT_CREDITS = [
  'Reporters were told by the minister that the talks had failed.',
  'He said the report was written by a team of experts over two years, and it will be published on Monday.',
  'The police said the attack was carried out by two men. Witnesses contributed to this report, they said.',
  'Research by chip maker Zentec shows that more and more families now use a tablet for their weekly shopping.',
];
for (const s of NOT_CREDITS) test(`not a credit line: "${s.slice(0, 50)}"`, () => assert.equal(parseCredits(s), null));

const NOT_DATELINES = [
  'The NATO summit - held in Brussels - ended on Friday.',
  'US and South Korean forces began exercises on Monday.',
  'I think so, he said.',
  'Russia and Tajikistan have signed an agreement.',
];
for (const s of NOT_DATELINES) test(`not a dateline: "${s}"`, () => assert.equal(findDateline(s)?.place || null, null));

const NOT_FURNITURE = [
  'The minister said the news was breaking all over the capital.',
  'Share prices fell 3 percent on Monday.',
  'Chile signs accord to extend fishing rights',
  'Facebook changed its privacy policy on Monday after regulators in Europe and the United States complained about it.',
  'Russia declared the group an "undesirable organization" in 2015, banning its work in the country.',
];
for (const s of NOT_FURNITURE) test(`not furniture: "${s}"`, () => assert.equal(furnitureRole(s), null));

test('not a byline: "By Monday the troops had left."', () => assert.equal(parseByline('By Monday the troops had left the city, officials said.'), null));
test('not a photo caption: a sentence with a parenthetical abbreviation', () => {
  assert.equal(isPhotoCaption('The survey was run by the Institute for Coastal and Marine Studies (ICMS) last year.'), false);
});
test('not an author note: "John Smith is a farmer" in the body', () => assert.equal(isAuthorNote('John Smith is a farmer who lost his land.'), false));

test('scraped text: repeated lines far into the body are not a caption', () => {
  const lines = ['Headline Of The Story', ''];
  for (let i = 0; i < 30; i++) lines.push(`Sentence number ${i} of the article says something useful.`, '');
  lines.push('The chorus repeats.', 'The chorus repeats.');
  const a = extractArticle(lines.join('\n'), 'text');
  assert.equal(a.caption, null);
  assert.ok(a.text.includes('The chorus repeats.'), 'the repeated body line was removed');
});

test('scraped text: a long paragraph cut before a name line is not a pull quote', () => {
  const long = 'The federation upheld its decision after a long hearing on Wednesday, and the club said it would take the matter further, '.repeat(3) + 'McCreadie told the';
  const a = extractArticle(['Club to fight cup exit', '', 'The club will appeal, officials said on Friday.', '', long, '', 'News Letter', '', '. It was a sad case, he said.'].join('\n'), 'text');
  assert.ok(a.text.includes('McCreadie told the'), 'the cut-off paragraph was dropped');
});

test('scraped text: table rows with several numbers are not other-story headlines', () => {
  const a = extractArticle(['Acme Corp results', '', 'Acme said on Monday its results were as follows.', 'Revs 1.4 billion vs 1.3 billion', 'Avg shrs 13.9 mln vs 13.8 mln'].join('\n'), 'text');
  assert.ok(a.text.includes('Revs 1.4 billion vs 1.3 billion'), a.text);
});

test('scraped text: a credit line at the head does not end the article', () => {
  const a = extractArticle(['Talks resume in Geneva', '', 'Reporting by Jane Roe and John Doe', '', 'Talks resumed in Geneva on Monday, officials said.', '', 'The next round is due in May, they added.'].join('\n'), 'text');
  assert.deepEqual(a.credits, ['Jane Roe', 'John Doe']);
  assert.equal(a.paragraphs.length, 2, a.text);
});

test('scraped text: a first line that is a quoted sentence is body, not the title', () => {
  const a = extractArticle(['"We will not give up," the minister said on Monday in Kabul.”', 'Talks resumed on Tuesday, officials said.'].join('\n'), 'text');
  assert.equal(a.title, null);
  const b = extractArticle(['He said: "We will not give up."', 'Talks resumed on Tuesday, officials said.'].join('\n'), 'text');
  assert.equal(b.title, null);
});
