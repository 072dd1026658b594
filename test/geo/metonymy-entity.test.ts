/** A metonymic capital keeps its Place and points to the actor entity of its country. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../src/core/types.js';
import { resolvePlaces } from '../../src/geo/index.js';
import { articleFromText } from '../../src/geo/eval/run-places.js';
import { segment } from '../../src/nlp/segment.js';

function gpe(id: string, name: string, country: string, text: string): Entity {
  const start = text.indexOf(name);
  return {
    id, type: 'GPE', name, country, role: null, actorCode: null, actorTypes: [], knownGroup: null,
    mentions: start >= 0 ? [{ start, end: start + name.length, text: name, kind: 'name' }] : [],
  };
}

test('"Moscow is allowing" links Moscow to the Russia entity; "in Russia" stays a location', () => {
  const text = 'Moscow is allowing more Tajik migrant workers to earn cash in Russia.';
  const article = articleFromText(text);
  const seg = segment(text, article.paragraphs);
  const entities = [gpe('E1', 'Russia', 'RUS', text)];
  const ps = resolvePlaces({ article, seg, named: [], entities });
  const moscow = ps.find((p) => p.name === 'Moscow');
  assert.ok(moscow, `${text}: Moscow should be a place`);
  assert.equal(moscow.geonameId, 524901, `${text}: Moscow should be GeoNames 524901`);
  assert.equal(moscow.entityId, 'E1', `${text}: metonymic Moscow should point to the Russia entity`);
  const russia = ps.find((p) => p.name === 'Russia');
  assert.ok(russia && russia.kind === 'country', `${text}: Russia should be a country place`);
  assert.equal(russia.entityId ?? null, null, `${text}: "in Russia" is a location, not an actor`);
});
