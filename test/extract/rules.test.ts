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
  ['(Additional reporting by Peter Varga, Lucy Holmqvist, and Omar Reyes in Ottawa; Writing by Nina Berg; Editing by Carl Mott)', ['Peter Varga', 'Lucy Holmqvist', 'Omar Reyes', 'Nina Berg', 'Carl Mott']],
  ['Reporting by Lena Ortiz-Vogel and Sam Hartley; additional reporting by Iris Colbert in Geneva', ['Lena Ortiz-Vogel', 'Sam Hartley', 'Iris Colbert']],
  ['Associated Press reporter Farid Nouri contributed to this report.', ['Associated Press reporter Farid Nouri']],
  ['AP reporters Sam R. Okafor and Leila Haddadi contributed to this report.', ['AP reporters Sam R. Okafor and Leila Haddadi']],
  ['(Editing by Alexander Smith)', ['Alexander Smith']],
];
for (const [line, want] of CREDITS) {
  test(`credits: "${line.slice(0, 50)}" names ${want.join(', ')}`, () => assert.deepEqual(parseCredits(line), want));
}

const DATELINES: Array<[string, string, string, string | null]> = [
  // paragraph, dateline text, place, agency
  ['AMMAN, Jordan (AP) -- Two bridges reopened Thursday.', 'AMMAN, Jordan (AP) --', 'AMMAN, Jordan', 'AP'],
  ['NEW DELHI (Reuters) – A new metro line opened on Sunday.', 'NEW DELHI (Reuters) –', 'NEW DELHI', 'Reuters'],
  ['OSLO, (Reuters) – Salmon exports rose sharply in May.', 'OSLO, (Reuters) –', 'OSLO', 'Reuters'],
  ['TUNIS (AP) — Dozens of bakers went on strike.', 'TUNIS (AP) —', 'TUNIS', 'AP'],
  ['KABUL, Afghanistan -- The city council raised bus fares.', 'KABUL, Afghanistan --', 'KABUL, Afghanistan', null],
  ['WARSAW: Poland on Friday opened a new rail link.', 'WARSAW:', 'WARSAW', null],
  ['MINSK, March 3. /TASS/. The harvest was late this year.', 'MINSK, March 3. /TASS/.', 'MINSK', 'TASS'],
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
test('dateline: "AFP - Rebel fighters ..." has an agency and no place', () => {
  const d = findDateline('AFP - Rebel fighters carrying mortars shelled an army base.');
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
  ['2019-03-14 08:05 | www.baku-daily.az | 2', 'drop'],
  ['Issued on: Modified:', 'drop'],
  ['Daily newsletterReceive the morning briefing from our foreign desk', 'tail'],
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
  assert.equal(isPhotoCaption("A farmer inspects flood damage near Multan on May 4. (Rana Iqbal/AFP/Getty Images)"), true);
  assert.equal(isPhotoCaption('Netanyahu pledged to form a new coalition quickly. (Reuters)'), true);
});
test('author note: "Dana Whitlock covers the Pentagon." is an author note', () => {
  assert.equal(isAuthorNote('Dana Whitlock covers the Pentagon. Before that, she reported on trade from Singapore.'), true);
});
test('language: English and Russian by function words', () => {
  assert.equal(guessLanguage('The minister said on Monday that the talks with the delegation were going well and that it was time.'), 'en');
  assert.equal(guessLanguage('Министр заявил, что переговоры идут хорошо и что это было не так просто, как все думали.'), 'ru');
});

test('hard-wrapped wire copy is joined back into paragraphs (indent or blank line starts one)', async () => {
  const { extractArticle } = await import('../../src/extract/index.js');
  const wire = [
    "Midland Valley Bancorp Inc's Midland",
    'Valley Trust-Tulsa said it asked the state banking board',
    'for approval to build the biggest automated teller system',
    'in Tulsa County.',
    '    The bank said the system would join 24 banks holding',
    '8.2 billion dlrs in assets and 5.1 billion dlrs in deposits.',
  ].join('\n');
  const a = extractArticle(wire, 'text');
  assert.equal(a.title, null);
  assert.equal(a.paragraphs.length, 2);
  assert.ok(a.text.startsWith("Midland Valley Bancorp Inc's Midland Valley Trust-Tulsa said it asked"), a.text);
  assert.ok(a.text.endsWith('The bank said the system would join 24 banks holding 8.2 billion dlrs in assets and 5.1 billion dlrs in deposits.'), a.text);
});
