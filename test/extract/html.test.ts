/**
 * HTML extraction on small hand-made pages: main content kept as paragraphs, furniture left
 * out, metadata read from JSON-LD / OpenGraph / <time> / the address, precedence of the
 * caller's metadata.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../src/extract/index.js';

const P1 = 'Russia and Tajikistan have signed an agreement allowing Russian troops to stay at a military base, officials said on Friday.';
const P2 = 'The Tajik and Russian defense ministers signed the agreement during a visit, which had been planned for months, to Dushanbe.';
const P3 = 'About 7,000 troops from the division use three facilities, near Dushanbe and in the southern cities of Kulob and Qurghon-Teppa.';

function page(extraHead = '', bodyExtra = ''): string {
  return `<!DOCTYPE html><html lang="en-GB"><head><title>Russia Signs Base Deal | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="og:title" content="Russia Signs Base Deal">
<link rel="canonical" href="https://example.com/2012/10/05/russia-base">${extraHead}</head>
<body><header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav></header>
<div class="layout"><article class="story"><h1>Russia Signs Base Deal</h1><p class="byline">By Jane Roe</p>
<figure><img src="x.jpg" alt="x"><figcaption>Putin and Rahmon meet in Dushanbe on October 5.</figcaption></figure>
<div class="article-body"><p>${P1}</p><p>${P2}</p><div class="ad-slot">Advertisement</div><h2>Protracted negotiations</h2><p>${P3}</p>
<p>With reporting by Reuters and Interfax</p></div></article>
<aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Other story one about something else</a></li><li><a href="/b">Other story two</a></li></ul></aside></div>
<div class="share-tools"><a href="#">Share on Facebook</a></div>${bodyExtra}
<footer><p>© 2012 Example News. All rights reserved.</p></footer></body></html>`;
}

test('html: main content paragraphs kept, navigation/sidebar/ads/footer/caption/credits left out', () => {
  const a = extractArticle(page(), 'html');
  assert.equal(a.text, [P1, P2, 'Protracted negotiations', P3].join('\n\n'));
  assert.equal(a.paragraphs.length, 4);
  assert.equal(a.text.slice(a.paragraphs[3]!.start, a.paragraphs[3]!.end), P3);
  assert.equal(a.caption, 'Putin and Rahmon meet in Dushanbe on October 5.');
  assert.deepEqual(a.credits, ['Reuters', 'Interfax']);
});

test('html: metadata from OpenGraph, canonical link, <html lang>, the address, the byline element', () => {
  const a = extractArticle(page(), 'html');
  assert.equal(a.title, 'Russia Signs Base Deal');
  assert.equal(a.site, 'Example News');
  assert.equal(a.url, 'https://example.com/2012/10/05/russia-base');
  assert.equal(a.language, 'en');
  assert.equal(a.published, '2012-10-05', 'date from the address');
  assert.equal(a.byline, 'Jane Roe');
});

test('html: JSON-LD headline, datePublished and authors come first', () => {
  const ld = `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Deal Extends Base Lease","datePublished":"2012-10-06T09:00:00+05:00","author":[{"@type":"Person","name":"A. Writer"},{"@type":"Person","name":"B. Writer"}]}]}</script>`;
  const a = extractArticle(page(ld), 'html');
  assert.equal(a.title, 'Deal Extends Base Lease');
  assert.equal(a.published, '2012-10-06');
  assert.equal(a.byline, 'A. Writer, B. Writer');
});

test('html: article:published_time meta and <time datetime> give the date', () => {
  assert.equal(extractArticle(page('<meta property="article:published_time" content="2012-10-07T10:00:00Z">'), 'html', {}).published, '2012-10-07');
  const noUrl = page().replace(/<link rel="canonical"[^>]*>/, '').replace('<h1>', '<time datetime="2012-10-08">Oct 8</time><h1>');
  assert.equal(extractArticle(noUrl, 'html').published, '2012-10-08');
});

test('html: the caller\'s published date and url win over the page\'s', () => {
  const a = extractArticle(page(), 'html', { published: '2012-10-04', url: 'https://given.example/x' });
  assert.equal(a.published, '2012-10-04');
  assert.equal(a.url, 'https://given.example/x');
});

test('html: a page with no prose gives an empty body, not an error', () => {
  const a = extractArticle('<html><body><nav><a href="/">Home</a></nav></body></html>', 'html');
  assert.equal(a.text, '');
  assert.deepEqual(a.paragraphs, []);
});

test('html: entities decoded, scripts and styles dropped', () => {
  const a = extractArticle(`<html><body><div><p>Profits rose &gt; 5&nbsp;% at AT&amp;T, the company said on Monday in a statement.</p><script>var x = "<p>no</p>";</script><style>p{}</style></div></body></html>`, 'html');
  assert.equal(a.text, 'Profits rose > 5 % at AT&T, the company said on Monday in a statement.');
});

test('html: lists, block quotes and table cells are paragraphs', () => {
  const html = `<html><body><div class="content"><p>${P1}</p><ul><li>First point of the plan, which is long enough.</li><li>Second point of the plan, also long enough.</li></ul><blockquote>"We will secure our interests," he said, and left the room.</blockquote><table><tr><td>Troops stationed at the base, by year.</td></tr></table><p>${P2}</p></div></body></html>`;
  const a = extractArticle(html, 'html');
  assert.ok(a.text.includes('First point of the plan, which is long enough.\n\nSecond point'), a.text);
  assert.ok(a.text.includes('"We will secure our interests," he said'), a.text);
  assert.ok(a.text.includes('Troops stationed at the base, by year.'), a.text);
});

test('html: the article\'s own headline at the head of the content becomes the title and leaves the body', async () => {
  const { leadingHeadline } = await import('../../src/extract/html/article.js');
  assert.equal(leadingHeadline(['Julian Assange: Sweden drops rape investigation', 'Body text.'], ['Sweden drops Assange rape investigation - BBC News']), 'Julian Assange: Sweden drops rape investigation');
  assert.equal(leadingHeadline(['@noksutagram The Palace festival performance', 'Body text.'], ['[The Palace: Tale of Jang Noksu] The Beauty of Korea Revealed at the Festival! To the Actual Scene!']), null);
  assert.equal(leadingHeadline(['Sweden drops the investigation, prosecutors said.', 'Body.'], ['Sweden drops the investigation']), null);
});

test('html: bylines lose "By", trailing dates and a doubled name list', async () => {
  const { cleanByline } = await import('../../src/extract/html/metadata.js');
  assert.equal(cleanByline('By Sue Pleming and Mark John Sue Pleming And Mark John – Tue Mar 31, 5:28 pm ET'), 'Sue Pleming and Mark John');
  assert.equal(cleanByline('Lisa Kaczke Published 10:02 AM EST Nov 19, 2019'), 'Lisa Kaczke');
});
