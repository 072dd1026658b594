/**
 * Golden tests on whole real pages: the seed page and the news-dev articles (scraped text and,
 * where present, the page's HTML) against their hand-made references: body sentences kept
 * whole, furniture left out, caption and credits set apart. Skips when ../shared is absent.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { decodeInput, extractArticle } from '../../src/extract/index.js';
import type { Article } from '../../src/core/types.js';
import { needsShared, sharedPath } from '../shared-data.js';

interface Gold {
  title?: string;
  body?: { must_include?: string[]; must_exclude?: string[]; caption?: string | null; credits?: string[] };
}

const squash = (s: string) => s.replace(/\s+/g, ' ');

function extractFile(path: string): Article {
  const format = path.endsWith('.html') ? 'html' : 'text';
  const { content } = decodeInput(new Uint8Array(readFileSync(path)), { format });
  return extractArticle(content, format, {});
}

function checkAgainstGold(name: string, a: Article, gold: Gold): void {
  const body = gold.body ?? {};
  const text = squash(a.text);
  for (const s of body.must_include ?? []) assert.ok(text.includes(squash(s)), `${name}: body lacks "${s.slice(0, 80)}"`);
  for (const s of body.must_exclude ?? []) assert.ok(!a.text.includes(s), `${name}: body holds furniture "${s.slice(0, 80)}"`);
  if (body.caption) {
    assert.equal(a.caption, body.caption, `${name}: caption`);
    assert.ok(!a.text.split('\n\n').includes(body.caption), `${name}: caption left in the body as a paragraph`);
  }
  for (const c of body.credits ?? []) {
    assert.ok(a.credits.some((x) => x.includes(c) || c.includes(x)), `${name}: credit "${c}" missing from ${JSON.stringify(a.credits)}`);
  }
  let last = -1;
  for (const p of a.paragraphs) {
    assert.ok(p.start > last && p.end <= a.text.length, `${name}: paragraph spans out of order`);
    last = p.end;
  }
  if (a.dateline) assert.ok(a.text.slice(a.dateline.start, a.dateline.end).startsWith(a.dateline.place.split(',')[0]!), `${name}: dateline span does not start with its place`);
}

test('seed page (rferl-tajik-base.txt): title, body, caption, credits', needsShared('seed', 'rferl-tajik-base.txt'), () => {
  const a = extractFile(sharedPath('seed', 'rferl-tajik-base.txt'));
  const gold = JSON.parse(readFileSync(sharedPath('seed', 'rferl-tajik-base.gold.json'), 'utf8')) as Gold;
  checkAgainstGold('seed', a, gold);
  assert.equal(a.title, gold.title, 'seed: title');
  assert.deepEqual(a.credits, ['Reuters', 'Interfax', "RFE/RL's Tajik Service"], 'seed: credits');
  assert.ok(a.text.startsWith('Russia and Tajikistan have signed an agreement'), `seed: body starts with "${a.text.slice(0, 60)}"`);
  assert.ok(a.text.endsWith('It is the largest foreign deployment of Russian troops.'), `seed: body ends with "${a.text.slice(-60)}"`);
  assert.equal(a.language, 'en');
});

const NEWS = sharedPath('data', 'news-dev');
const goldFiles = existsSync(NEWS) ? readdirSync(NEWS).filter((f) => f.endsWith('.gold.json')).sort() : [];
test('news-dev: every scraped text and HTML page meets its body reference', needsShared('data', 'news-dev'), () => {
  let checked = 0;
  for (const g of goldFiles) {
    const gold = JSON.parse(readFileSync(`${NEWS}/${g}`, 'utf8')) as Gold;
    for (const ext of ['txt', 'html']) {
      const path = `${NEWS}/${g.replace('.gold.json', `.${ext}`)}`;
      if (!existsSync(path)) continue;
      checkAgainstGold(`${g.replace('.gold.json', '')}.${ext}`, extractFile(path), gold);
      checked++;
    }
  }
  assert.ok(checked >= 30, `only ${checked} pages checked`);
});

test('news-dev: datelines of wire stories point into the text', needsShared('data', 'news-dev', '004.txt'), () => {
  const cases: Array<[string, string, string]> = [
    ['001.txt', 'BAGHDAD, Iraq --', 'BAGHDAD, Iraq'],
    ['004.txt', 'BAGHDAD, Iraq (AP) --', 'BAGHDAD, Iraq'],
    ['006.txt', 'THE HAGUE (Reuters) –', 'THE HAGUE'],
  ];
  for (const [file, text, place] of cases) {
    const a = extractFile(`${NEWS}/${file}`);
    assert.ok(a.dateline, `${file}: no dateline`);
    assert.equal(a.text.slice(a.dateline.start, a.dateline.end), text, `${file}: dateline text`);
    assert.equal(a.dateline.place, place, `${file}: dateline place`);
  }
});
