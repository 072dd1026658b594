/**
 * Table tests for the extract stage's single-line rules: credits, datelines, dates, bylines,
 * furniture phrases, photo captions, author notes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCredits } from '../../src/extract/credits.js';
import { findDateline } from '../../src/extract/dateline.js';
import { isDateLine, parseDate } from '../../src/extract/dates.js';
import { furnitureRole } from '../../src/extract/boilerplate.js';
import { isAuthorNote, isPhotoCaption, parseByline } from '../../src/extract/text/roles.js';
import { guessLanguage } from '../../src/extract/language.js';

const CREDITS: Array<[string, string[]]> = [
  ["With reporting by Reuters, Interfax, and RFE/RL's Tajik Service", ['Reuters', 'Interfax', "RFE/RL's Tajik Service"]],
  ['(Additional reporting by Bill Maclean, David Brunnstrom, and Andrew Gray in Washington; Writing by Mark John; Editing by Janet Lawrence)', ['Bill Maclean', 'David Brunnstrom', 'Andrew Gray', 'Mark John', 'Janet Lawrence']],
  ['Reporting by Amie Ferris-Rotman and Matt Robinson; additional reporting by Mark Heinrich in Vienna', ['Amie Ferris-Rotman', 'Matt Robinson', 'Mark Heinrich']],
  ['Associated Press reporter Hamid Ahmed contributed to this report.', ['Associated Press reporter Hamid Ahmed']],
  ['AP reporters Tony G. Gabriel and Mariam Rizk contributed to this report.', ['AP reporters Tony G. Gabriel and Mariam Rizk']],
  ['(Editing by Alexander Smith)', ['Alexander Smith']],
];
for (const [line, want] of CREDITS) {
  test(`credits: "${line.slice(0, 50)}" names ${want.join(', ')}`, () => assert.deepEqual(parseCredits(line), want));
}

const DATELINES: Array<[string, string, string, string | null]> = [
  // paragraph, dateline text, place, agency
  ['BAGHDAD, Iraq (AP) -- Sunni Arab clerics pleaded Friday.', 'BAGHDAD, Iraq (AP) --', 'BAGHDAD, Iraq', 'AP'],
  ['THE HAGUE (Reuters) – Iran offered help on Tuesday.', 'THE HAGUE (Reuters) –', 'THE HAGUE', 'Reuters'],
  ['VIENNA, (Reuters) – Iran and six world powers were close.', 'VIENNA, (Reuters) –', 'VIENNA', 'Reuters'],
  ['CAIRO (AP) — Hundreds of thousands thronged the streets.', 'CAIRO (AP) —', 'CAIRO', 'AP'],
  ['BAGHDAD, Iraq -- The Iraqi prime minister sealed the border.', 'BAGHDAD, Iraq --', 'BAGHDAD, Iraq', null],
  ['MOSCOW: Russia on Monday expelled two Czech diplomats.', 'MOSCOW:', 'MOSCOW', null],
  ['YEREVAN, October 11. /TASS/. Azerbaijan’s claims are false.', 'YEREVAN, October 11. /TASS/.', 'YEREVAN', 'TASS'],
  ['Tashkent, Uzbekistan, Sept. 6', 'Tashkent, Uzbekistan, Sept. 6', 'Tashkent, Uzbekistan', null],
];
for (const [para, text, place, agency] of DATELINES) {
  test(`dateline: "${para.slice(0, 40)}" → "${text}" at ${place}`, () => {
    const d = findDateline(para);
    assert.ok(d, `no dateline found in "${para}"`);
    assert.equal(para.slice(0, d.end), text);
    assert.equal(d.place, place);
    assert.equal(d.agency, agency);
  });
}
test('dateline: "AFP - Taliban militants ..." has an agency and no place', () => {
  const d = findDateline('AFP - Taliban militants armed with rockets stormed a post.');
  assert.equal(d?.agency, 'AFP');
  assert.equal(d?.place, '');
});

const DATES: Array<[string, string | null]> = [
  ['April 14, 2014', '2014-04-14'],
  ['2019-11-20T23:30:00-05:00', '2019-11-20'],
  ['14 April 2014', '2014-04-14'],
  ['Sept. 6, 2017', '2017-09-06'],
  ['Published: Tuesday, 19 November 2019', '2019-11-19'],
  ['20191119', '2019-11-19'],
  ['2017-13-45', null],
  ['no date here', null],
];
for (const [s, want] of DATES) test(`date: "${s}" → ${want}`, () => assert.equal(parseDate(s), want));
test('date line: "April 14, 2014" is a date line; a sentence with a date is not', () => {
  assert.equal(isDateLine('April 14, 2014'), true);
  assert.equal(isDateLine('Updated 10:36 GMT, 6 September 2017'), true);
  assert.equal(isDateLine('The talks began on April 14, 2014 in Geneva.'), false);
});

test('byline: "By Demir Azizov– Trend:" → Demir Azizov', () => assert.equal(parseByline('By Demir Azizov– Trend:'), 'Demir Azizov'));
test('byline: "By Jane Smith and John Doe" → both names', () => assert.equal(parseByline('By Jane Smith and John Doe'), 'Jane Smith and John Doe'));

const FURNITURE: Array<[string, 'drop' | 'tail']> = [
  ['Accessibility links', 'drop'],
  ['Breaking News', 'drop'],
  ['1. Skip to content', 'drop'],
  ['  • 16x9 Image', 'tail'],
  ['To find out more, click here.', 'drop'],
  ['https://p.dw.com/p/1BhwN', 'drop'],
  ['2017-09-06 10:36 | www.trend.az | 1', 'drop'],
  ['Issued on: Modified:', 'drop'],
  ['Daily newsletterReceive essential international news every morning', 'tail'],
  ['This article has been adapted from its original source.', 'drop'],
  ['____', 'drop'],
  ['Related Stories', 'tail'],
  ['Advert', 'drop'],
  ['This slideshow requires JavaScript.', 'drop'],
  ['[button link="http://example.com/submit" type="big"] Send us YOUR review[/button]', 'drop'],
  ['05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde', 'drop'],
  ['Читайте также', 'drop'],
  ['Leia também: outra notícia', 'drop'],
];
for (const [line, role] of FURNITURE) test(`furniture: "${line}" is ${role}`, () => assert.equal(furnitureRole(line), role));

test('photo caption: ends with a photo credit in parentheses', () => {
  assert.equal(isPhotoCaption("Netanyahu reacts as he visits the Western Wall on March 18. (Thomas Coex/AFP/Getty Images)"), true);
  assert.equal(isPhotoCaption('Netanyahu pledged to form a new coalition quickly. (Reuters)'), true);
});
test('author note: "Steven Mufson covers the White House." is an author note', () => {
  assert.equal(isAuthorNote('Steven Mufson covers the White House. Since joining The Post, he has covered economics.'), true);
});
test('language: English and Russian by function words', () => {
  assert.equal(guessLanguage('The minister said on Monday that the talks with the delegation were going well and that it was time.'), 'en');
  assert.equal(guessLanguage('Министр заявил, что переговоры идут хорошо и что это было не так просто, как все думали.'), 'ru');
});

test('hard-wrapped wire copy is joined back into paragraphs (indent or blank line starts one)', async () => {
  const { extractArticle } = await import('../../src/extract/index.js');
  const wire = [
    "Texas Commerce Bancshares Inc's Texas",
    'Commerce Bank-Houston said it filed an application with the',
    'Comptroller of the Currency in an effort to create the largest',
    'banking network in Harris County.',
    '    The bank said the network would link 31 banks having',
    '13.5 billion dlrs in assets and 7.5 billion dlrs in deposits.',
  ].join('\n');
  const a = extractArticle(wire, 'text');
  assert.equal(a.title, null);
  assert.equal(a.paragraphs.length, 2);
  assert.ok(a.text.startsWith("Texas Commerce Bancshares Inc's Texas Commerce Bank-Houston said it filed"), a.text);
  assert.ok(a.text.endsWith('The bank said the network would link 31 banks having 13.5 billion dlrs in assets and 7.5 billion dlrs in deposits.'), a.text);
});
