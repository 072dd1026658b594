/**
 * Fuzzing the extract stage: malformed HTML (unclosed and stray tags, broken entities, comments,
 * CDATA, JSON-LD, charset declarations), random bytes and odd scraped text. Every input must
 * give an Article whose spans hold, or a SitrepError; never another exception.
 * SITREP_FUZZ_RUNS sets the number of documents (default 10,000 in all).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { decodeInput, extractArticle } from '../../src/extract/index.js';
import { SitrepError } from '../../src/core/errors.js';
import type { Article } from '../../src/core/types.js';

const RUNS = Number(process.env['SITREP_FUZZ_RUNS'] ?? 10000);

function checkArticle(a: Article, input: string): void {
  let last = -1;
  for (const p of a.paragraphs) {
    assert.ok(p.start > last && p.start <= p.end && p.end <= a.text.length, `bad paragraph span ${JSON.stringify(p)} for input ${JSON.stringify(input.slice(0, 200))}`);
    assert.ok(!a.text.slice(p.start, p.end).includes('\n\n'), `paragraph holds a blank line for input ${JSON.stringify(input.slice(0, 200))}`);
    last = p.end;
  }
  if (a.dateline) assert.ok(a.dateline.start >= 0 && a.dateline.end <= a.text.length, 'dateline outside the text');
}

/** Runs the stage; only a SitrepError may escape. */
function run(bytes: Uint8Array, label: string): void {
  try {
    const { content, format } = decodeInput(bytes);
    checkArticle(extractArticle(content, format, {}), label);
  } catch (err) {
    if (!(err instanceof SitrepError)) throw new Error(`crash on ${JSON.stringify(label.slice(0, 300))}: ${String((err as Error)?.stack ?? err)}`);
  }
}

const tagName = fc.constantFrom('p', 'div', 'span', 'a', 'script', 'style', 'title', 'meta', 'li', 'ul', 'table', 'td', 'tr', 'br', 'svg', 'noscript', 'article', 'nav', 'h1', 'figure', 'figcaption', 'time', 'html', 'body', 'head', 'textarea', 'x-y', 'P', 'DIV');
const attr = fc.tuple(fc.constantFrom('class', 'id', 'href', 'charset', 'content', 'property', 'name', 'datetime', 'type', 'hidden', 'style', 'lang', 'rel', '"', "'", '=', ''), fc.string({ maxLength: 30 }))
  .map(([k, v]) => (k === '' ? ` ${v}` : ` ${k}="${v.replace(/"/g, '&quot;')}"`));
const fragment = fc.oneof(
  fc.tuple(tagName, fc.array(attr, { maxLength: 3 })).map(([t, a]) => `<${t}${a.join('')}>`),
  tagName.map((t) => `</${t}>`),
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('&amp;', '&#0;', '&#x110000;', '&#xD800;', '&nbsp', '&', '<', '>', '</', '<!--', '-->', '<![CDATA[', ']]>', '<?xml version="1.0" encoding="x"?>', '<!DOCTYPE html>', '\u0000', '\ufeff', '\r', '\n\n', 'BAGHDAD, Iraq (AP) --', 'With reporting by ', '(Reuters)'),
  fc.constantFrom('<script type="application/ld+json">', '{"@type":"NewsArticle","articleBody":', '"x"}', '[{"@graph":[', ']}]', '<meta charset="windows-1251">', '<meta property="og:title" content="T">'),
  fc.lorem({ maxCount: 12 }).map((s) => `<p>${s}.</p>`),
);
const htmlDoc = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(''));

test(`fuzz: ${Math.round(RUNS * 0.6)} malformed HTML documents never crash`, () => {
  fc.assert(fc.property(htmlDoc, (doc) => run(new TextEncoder().encode(doc), doc)), { numRuns: Math.round(RUNS * 0.6) });
});

test(`fuzz: ${Math.round(RUNS * 0.25)} random byte strings never crash`, () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), fc.constantFrom(new Uint8Array(), new Uint8Array([0xef, 0xbb, 0xbf]), new Uint8Array([0xff, 0xfe]), new Uint8Array([0xfe, 0xff]), new TextEncoder().encode('<html><meta charset="utf-8">')), (bytes, prefix) => {
      const all = new Uint8Array(prefix.length + bytes.length);
      all.set(prefix);
      all.set(bytes, prefix.length);
      run(all, Array.from(all.slice(0, 60)).join(','));
    }),
    { numRuns: Math.round(RUNS * 0.25) },
  );
});

const textLine = fc.oneof(fc.lorem({ maxCount: 20 }), fc.string({ maxLength: 80 }), fc.constantFrom('', 'Breaking News', 'By Jane Doe', 'April 14, 2014', '---', 'With reporting by AP and Reuters', 'W300', '(Editing by X)', '16x9 Image', 'Same line', 'Same line'));
test(`fuzz: ${Math.round(RUNS * 0.15)} scraped texts never crash`, () => {
  fc.assert(
    fc.property(fc.array(textLine, { maxLength: 30 }), (lines) => {
      const doc = lines.join('\n');
      try {
        checkArticle(extractArticle(doc, 'text', {}), doc);
      } catch (err) {
        if (!(err instanceof SitrepError)) throw err;
      }
    }),
    { numRuns: Math.round(RUNS * 0.15) },
  );
});

test('large malformed inputs: 10^5 nested, unclosed, sibling or stray elements, a 5 MB attribute', () => {
  const cases: Array<[string, string]> = [
    ['10^5 nested divs', '<div>'.repeat(100000) + '<p>Deep text, with a comma, and a full stop at the end.</p>' + '</div>'.repeat(100000)],
    ['10^5 unclosed', '<div><span><p><li>'.repeat(100000) + 'text'],
    ['5 MB attribute', `<div class="${'a'.repeat(5_000_000)}"><p>Body text of the article, long enough to count.</p></div>`],
    ['10^5 stray closing tags', '</div></p></span>'.repeat(100000) + '<p>Body text of the article, long enough to count.</p>'],
    ['10^5 table cells', '<table>' + '<tr><td>cell text, here'.repeat(100000) + '</table>'],
    ['10^5 sibling containers of one class', '<div class="story-part">' + '<p>Some article text, with commas, here.</p></div><div class="story-part">'.repeat(100000)],
    ['10^5 nested bylines', '<div class="byline">'.repeat(100000) + 'x'.repeat(300)],
  ];
  for (const [name, html] of cases) {
    const a = extractArticle(html, 'html', {});
    checkArticle(a, name);
  }
  assert.equal(extractArticle('<div>'.repeat(100000) + '<p>Deep text, with a comma, and a full stop at the end.</p>', 'html').text, 'Deep text, with a comma, and a full stop at the end.');
});
