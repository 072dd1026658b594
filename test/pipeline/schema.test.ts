import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { seedResult } from './seed-result.js';
import { extract } from '../../src/index.js';
import { REPO_ROOT, needsSeed } from '../shared-data.js';

const schema = JSON.parse(readFileSync(join(REPO_ROOT, 'schema', 'extract-result.schema.json'), 'utf8'));
const ajv = new Ajv2020.default({ strict: false, allErrors: true });
const validate = ajv.compile(schema);

test('schema: the seed result validates against schema/extract-result.schema.json', needsSeed(), () => {
  const ok = validate(JSON.parse(JSON.stringify(seedResult())));
  assert.ok(ok, `seed result invalid: ${ajv.errorsText(validate.errors)}`);
});

test('schema: a tiny text and an HTML page validate too', () => {
  for (const [input, format] of [
    ['NATO said on Monday it would withdraw troops from Afghanistan.', 'text'],
    ['<html><head><title>T</title></head><body><article><p>Russia and Tajikistan signed an agreement in Dushanbe on Friday.</p></article></body></html>', 'html'],
  ] as const) {
    const r = JSON.parse(JSON.stringify(extract(input, { published: '2012-10-05', format })));
    assert.ok(validate(r), `${format} input invalid: ${ajv.errorsText(validate.errors)}`);
  }
});

test('spans: every annotation of the seed points inside the article text', needsSeed(), () => {
  const r = seedResult();
  assert.deepEqual(r.diagnostics.filter((d) => d.code === 'BAD_SPAN'), []);
  for (const t of r.times) assert.equal(r.article.text.slice(t.start, t.end), t.text, `time "${t.text}" span text`);
  for (const q of r.quotes) assert.equal(r.article.text.slice(q.start, q.end), q.text, `quote "${q.text.slice(0, 30)}" span text`);
  for (const e of r.entities) for (const m of e.mentions) assert.equal(r.article.text.slice(m.start, m.end), m.text, `mention of ${e.name}`);
  for (const e of r.events) assert.equal(r.article.text.slice(e.sentence.start, e.sentence.end), e.evidence, `event ${e.id} evidence`);
});
