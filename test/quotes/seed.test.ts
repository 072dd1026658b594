/**
 * Golden test on the seed article (../shared/seed/rferl-tajik-base.txt): every quote of the hand-made
 * reference (../shared/seed/rferl-tajik-base.gold.json) is found with its kind and speaker,
 * once with no entities (the stage's own speaker fallbacks) and once with hand-built entities.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Entity, Mention, Quote } from '../../src/core/types.js';
import { needsSeed, needsShared, seedText, sharedPath } from '../shared-data.js';
import { paragraphs, quotesOf, show } from './helpers.js';

const TEXT = seedText();
/** The page is scraped text: every non-empty line is a paragraph. */
const PARAS = paragraphs(TEXT, /\n+/g);
const GOLD = 'seed/rferl-tajik-base.gold.json';

interface GoldQuote { speaker: string; kind: string; starts: string }
function gold(): GoldQuote[] {
  return (JSON.parse(readFileSync(sharedPath(GOLD), 'utf8')) as { quotes: GoldQuote[] }).quotes;
}

const norm = (s: string) => s.toLowerCase().replace(/["“”'‘’]/g, '').replace(/\s+/g, ' ').trim();

function check(quotes: Quote[], byId = false): void {
  for (const g of gold()) {
    const q = quotes.find((x) => norm(x.text).startsWith(norm(g.starts)) && x.kind === g.kind);
    assert.ok(q, `seed: no ${g.kind} quote starting "${g.starts}"\n${show(quotes)}`);
    assert.equal(q.speaker?.name, g.speaker, `seed: speaker of "${g.starts}"`);
    if (byId) assert.ok(q.speaker?.entityId, `seed: "${g.starts}" resolves to an entity`);
  }
}

/** Entities as the entities stage would give them: every name occurrence, and the quote pronouns. */
function handEntities(): Entity[] {
  const people: Array<[string, string, string[]]> = [
    ['P1', 'Vladimir Putin', ['Vladimir Putin', 'Putin']],
    ['P2', 'Emomali Rahmon', ['Emomali Rahmon', 'Rahmon']],
    ['P3', 'Yuri Ushakov', ['Yuri Ushakov', 'Ushakov']],
    ['P4', 'Sergei Lavrov', ['Sergei Lavrov', 'Lavrov']],
    ['P5', 'Dan Burton', ['Dan Burton']],
  ];
  const pronouns = [...TEXT.matchAll(/," (he) said/g)].map((m) => ({ start: m.index! + 3, end: m.index! + 5 }));
  return people.map(([id, name, forms], i) => {
    const mentions: Mention[] = [];
    for (const form of forms) {
      for (const m of TEXT.matchAll(new RegExp(`\\b${form}\\b`, 'g'))) {
        if (!mentions.some((x) => x.start <= m.index! && m.index! < x.end)) {
          mentions.push({ start: m.index!, end: m.index! + form.length, text: form, kind: 'name' });
        }
      }
    }
    // The first '," he said' is Putin's, the second Rahmon's.
    const p = i < 2 ? pronouns[i] : undefined;
    if (p) mentions.push({ ...p, text: 'he', kind: 'pronoun' });
    return {
      id, type: 'PERSON', name, country: null, role: null, actorCode: null, actorTypes: [], knownGroup: null, mentions,
    } satisfies Entity;
  });
}

test('seed: all reference quotes, speakers found by the stage itself (no entities)', needsShared(GOLD), () => {
  check(quotesOf(TEXT, [], PARAS));
});

test('seed: all reference quotes, speakers resolved through hand-built entities', needsShared(GOLD), () => {
  check(quotesOf(TEXT, handEntities(), PARAS), true);
});

test('seed: the "undesirable organization" label and the footer give no quote', needsSeed(), () => {
  const qs = quotesOf(TEXT, [], PARAS);
  assert.ok(!qs.some((q) => q.text.includes('undesirable')), show(qs));
  assert.ok(!qs.some((q) => q.text.includes('languages')), show(qs));
  for (const q of qs) assert.equal(TEXT.slice(q.start, q.end), q.text, `span of ${q.text}`);
});
