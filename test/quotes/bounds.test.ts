/**
 * Attribution scope: where a reported content ends (`src/quotes/bounds.ts`). The writer's words
 * after an object or an infinitive are cut (relative clauses, dashes, new clauses, adverbial
 * clauses, the source's next verb); a that-clause keeps its own asides.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleOf, show, broad } from './helpers.js';
import { segment } from '../../src/nlp/segment.js';
import { findQuotes } from '../../src/quotes/index.js';


/** The content of the cue `cue`, or a failure listing all quotes. */
function contentOf(t: string, cue: string): string {
  const qs = broad(t);
  const q = qs.find((x) => x.cue && t.slice(x.cue.start, x.cue.end) === cue);
  assert.ok(q, `no content for "${cue}": ${show(qs)}`);
  return q!.text;
}

test('relative: a non-restrictive relative clause after an object is the writer\'s', () => {
  assert.equal(contentOf('The council asked the governor to pardon the night clerk, who has not been charged with any crime.', 'asked'), 'the governor to pardon the night clerk');
  assert.equal(contentOf('Polls show a tight race in the county, where nine seats are at stake.', 'show'), 'a tight race in the county');
});

test('relative: a relative clause closed by a comma, after which the infinitive goes on, stays', () => {
  assert.equal(contentOf('The sheriff vowed to set up a patrol unit, which would enlist volunteers, to stop cattle theft.', 'vowed'), 'to set up a patrol unit, which would enlist volunteers, to stop cattle theft');
});

test('relative: a that-clause keeps its relative clauses', () => {
  assert.equal(contentOf('He said the bridge would reopen in May, which pleased the drivers.', 'said'), 'the bridge would reopen in May, which pleased the drivers');
  assert.equal(contentOf('She said the factory, which employs 300 people, would close in May.', 'said'), 'the factory, which employs 300 people, would close in May');
});

test('newClause: "and" before a clause with its own subject ends an infinitive content', () => {
  assert.equal(contentOf('The union agreed to lend the farmers $2 million, and the regional bank also stepped in with credit.', 'agreed'), 'to lend the farmers $2 million');
  assert.equal(contentOf('Small firms seek to cut their costs and lenders look to recover their loans.', 'seek'), 'to cut their costs');
});

test('newClause: coordinated clauses of a that-clause are both the source\'s', () => {
  assert.equal(contentOf('The minister said taxes would rise, and the deficit would fall.', 'said'), 'taxes would rise, and the deficit would fall');
});

test('newAttribution: a new subject with a reporting verb ends even a that-clause', () => {
  assert.equal(contentOf('The minister said the reforms were not finished, and rights groups warned that the courts were still weak.', 'said'), 'the reforms were not finished');
});

test('adverbial: a subordinate clause with its own subject after an object is the writer\'s narration', () => {
  assert.equal(contentOf('The assembly condemned the rocket launch as the navy fired two more rockets into the bay.', 'condemned'), 'the rocket launch');
  assert.equal(contentOf('The senator described the mayor as an embarrassment after he attacked the fire brigade.', 'described'), 'the mayor as an embarrassment');
});

test('coordinatedVerb: the source\'s next verb after an object ends it', () => {
  assert.equal(contentOf('The committee had promised a veto and attempted to persuade members of both chambers.', 'promised'), 'a veto');
});

test('dash: a dash after an infinitive opens the writer\'s comment; a clause keeps it', () => {
  assert.equal(contentOf('The mayor pledged to rebuild the harbour -- a promise her rivals mocked.', 'pledged'), 'to rebuild the harbour');
  assert.equal(contentOf('He said the deal had helped him - starting his plan to rebuild the mill.', 'said'), 'the deal had helped him - starting his plan to rebuild the mill');
});

test('fronted: a cue in a fronted subordinate clause reports up to the main clause', () => {
  assert.equal(contentOf('Although some aides have suggested that the governor will resign, she is determined to finish her term.', 'suggested'), 'the governor will resign');
});

test('outerVerb: an auxiliary after an infinitive belongs to the sentence around the cue', () => {
  assert.equal(contentOf('The reason he refuses to publish the audit may be that it shows large debts.', 'refuses'), 'to publish the audit');
});

test('participle: an adverb and a participle, or an absolute "with" phrase, after a comma are the writer\'s', () => {
  assert.equal(contentOf('The coach told his players they would lose the final if they did not train harder, implicitly putting his own job on the line.', 'told'), 'they would lose the final if they did not train harder');
  assert.equal(contentOf('Forecasts show the incumbent with a narrow lead, with two other surveys showing her behind.', 'show'), 'the incumbent with a narrow lead');
});

test('trimming is for the attribution scope only: news speech keeps the finder\'s end', () => {
  const t = 'The council asked the governor to pardon the night clerk, who has not been charged with any crime.';
  const article = articleOf(t);
  const speech = findQuotes({ article, seg: segment(t, article.paragraphs), entities: [] });
  assert.ok(!speech.some((q) => q.text === 'the governor to pardon the night clerk'), show(speech));
});
