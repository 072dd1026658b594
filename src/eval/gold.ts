/**
 * `sitrep eval gold DIR|FILE.gold.json... [--verbose] [--json] [--html]`: runs sitrep on each
 * reference's input file (given the reference's publication date) and prints a score table.
 * `--html` reads the page's HTML instead of the scraped text where the folder has it.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { extract } from '../index.js';
import { toErrorRecord } from '../core/errors.js';
import { scoreArticle, type ArticleScore, type Count, type Gold } from './gold-match.js';

function goldFiles(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (statSync(p).isDirectory()) {
      for (const f of readdirSync(p).sort()) if (f.endsWith('.gold.json')) out.push(join(p, f));
    } else out.push(p);
  }
  return out;
}

const prf = (c: Count) => {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
};
const pct = (a: number, b: number) => (b === 0 ? '   -  ' : ((100 * a) / b).toFixed(1).padStart(5) + '%');

export interface GoldTotals {
  articles: number;
  failed: number;
  events: { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number; matchedOptional: number };
  quotes: { precision: number; recall: number; f1: number; speakerAccuracy: number };
  body: { mustInclude: number; mustExclude: number };
  times: { valueAccuracy: number; total: number };
  places: { accuracy: number; total: number };
  people: { found: number; countryCorrect: number; total: number };
  amounts: { found: number; total: number };
  casualties: { found: number; total: number };
}

export function totals(scores: ArticleScore[], failed: number): GoldTotals {
  const sum = (f: (s: ArticleScore) => number) => scores.reduce((a, s) => a + f(s), 0);
  const ev = { tp: sum((s) => s.events.tp), fp: sum((s) => s.events.fp), fn: sum((s) => s.events.fn) };
  const opt = sum((s) => s.events.matchedOptional);
  // Matched optional references are neither hits for recall nor false alarms for precision.
  const evP = ev.tp + opt + ev.fp === 0 ? 0 : (ev.tp + opt) / (ev.tp + opt + ev.fp);
  const evR = ev.tp + ev.fn === 0 ? 0 : ev.tp / (ev.tp + ev.fn);
  const q = { tp: sum((s) => s.quotes.tp), fp: sum((s) => s.quotes.fp), fn: sum((s) => s.quotes.fn) };
  const qs = prf(q);
  return {
    articles: scores.length,
    failed,
    events: { precision: evP, recall: evR, f1: evP + evR === 0 ? 0 : (2 * evP * evR) / (evP + evR), ...ev, matchedOptional: opt },
    quotes: { precision: qs.p, recall: qs.r, f1: qs.f, speakerAccuracy: sum((s) => s.quotes.speakerRight) / Math.max(1, sum((s) => s.quotes.contentMatched)) },
    body: { mustInclude: sum((s) => s.body.included) / Math.max(1, sum((s) => s.body.includeTotal)), mustExclude: sum((s) => s.body.excluded) / Math.max(1, sum((s) => s.body.excludeTotal)) },
    times: { valueAccuracy: sum((s) => s.times.right) / Math.max(1, sum((s) => s.times.total)), total: sum((s) => s.times.total) },
    places: { accuracy: sum((s) => s.places.right) / Math.max(1, sum((s) => s.places.total)), total: sum((s) => s.places.total) },
    people: { found: sum((s) => s.people.found) / Math.max(1, sum((s) => s.people.total)), countryCorrect: sum((s) => s.people.countryRight) / Math.max(1, sum((s) => s.people.total)), total: sum((s) => s.people.total) },
    amounts: { found: sum((s) => s.amounts.right) / Math.max(1, sum((s) => s.amounts.total)), total: sum((s) => s.amounts.total) },
    casualties: { found: sum((s) => s.casualties.right) / Math.max(1, sum((s) => s.casualties.total)), total: sum((s) => s.casualties.total) },
  };
}

/** Runs sitrep on the input named by a reference file. */
export function runOnGold(goldPath: string, preferHtml = false): { gold: Gold; score: ArticleScore } {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
  let input = join(dirname(goldPath), gold.file ?? basename(goldPath).replace('.gold.json', '.txt'));
  // --html: read the page's HTML where the reference folder has it, to test the HTML path end to end.
  const html = input.replace(/\.txt$/, '.html');
  if (preferHtml && html !== input && existsSync(html)) input = html;
  const bytes = readFileSync(input);
  const result = extract(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
    id: gold.id,
    published: gold.published ?? null,
    format: input.endsWith('.html') ? 'html' : 'text',
  });
  return { gold, score: scoreArticle(gold, result) };
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { verbose: { type: 'boolean', short: 'v' }, json: { type: 'boolean' }, html: { type: 'boolean' } } });
  if (positionals.length === 0) {
    process.stderr.write('usage: sitrep eval gold DIR|FILE.gold.json... [--verbose] [--json] [--html]\n');
    return 2;
  }
  const scores: ArticleScore[] = [];
  let failed = 0;
  const lines: string[] = [];
  lines.push('article   events P    R     F1  | quotes F1 spk  | body in  out  | times  | places | people cty');
  for (const f of goldFiles(positionals)) {
    try {
      const { score: s } = runOnGold(f, values.html);
      scores.push(s);
      const e = prf({ tp: s.events.tp + s.events.matchedOptional, fp: s.events.fp, fn: 0 });
      const er = s.events.tp / Math.max(1, s.events.tp + s.events.fn);
      const q = prf(s.quotes);
      lines.push(
        `${s.id.padEnd(9)} ${e.p.toFixed(2).padStart(9)} ${er.toFixed(2)} ${((2 * e.p * er) / Math.max(1e-9, e.p + er)).toFixed(2)} | ${q.f.toFixed(2).padStart(9)} ${pct(s.quotes.speakerRight, s.quotes.contentMatched)} | ${pct(s.body.included, s.body.includeTotal)} ${pct(s.body.excluded, s.body.excludeTotal)} | ${pct(s.times.right, s.times.total)} | ${pct(s.places.right, s.places.total)} | ${pct(s.people.countryRight, s.people.total)}`,
      );
      if (values.verbose) {
        for (const m of s.events.misses) lines.push(`    event missed: ${m}`);
        for (const m of s.events.falseAlarms) lines.push(`    event false alarm: ${m}`);
        for (const m of s.quotes.misses) lines.push(`    quote: ${m}`);
        for (const m of s.body.misses) lines.push(`    body ${m}`);
        for (const m of s.times.misses) lines.push(`    time: ${m}`);
        for (const m of s.places.misses) lines.push(`    place: ${m}`);
        for (const m of s.people.misses) lines.push(`    person: ${m}`);
        for (const m of s.casualties.misses) lines.push(`    casualties: ${m}`);
      }
    } catch (err) {
      failed++;
      const e = toErrorRecord(err);
      lines.push(`${basename(f).padEnd(9)} error ${e.code}: ${e.message}`);
    }
  }
  const t = totals(scores, failed);
  if (values.json) {
    process.stdout.write(JSON.stringify({ totals: t, articles: scores }, null, 2) + '\n');
    return failed > 0 ? 1 : 0;
  }
  lines.push('');
  lines.push(`articles: ${t.articles} scored, ${t.failed} failed`);
  lines.push(`events:   P ${t.events.precision.toFixed(3)}  R ${t.events.recall.toFixed(3)}  F1 ${t.events.f1.toFixed(3)}  (required hit ${t.events.tp}, missed ${t.events.fn}, false alarms ${t.events.fp}, optional matched ${t.events.matchedOptional})`);
  lines.push(`quotes:   P ${t.quotes.precision.toFixed(3)}  R ${t.quotes.recall.toFixed(3)}  F1 ${t.quotes.f1.toFixed(3)}  speaker accuracy ${t.quotes.speakerAccuracy.toFixed(3)}`);
  lines.push(`body:     must_include kept ${(100 * t.body.mustInclude).toFixed(1)}%  must_exclude removed ${(100 * t.body.mustExclude).toFixed(1)}%`);
  lines.push(`times:    value accuracy ${t.times.valueAccuracy.toFixed(3)} (${t.times.total} references)`);
  lines.push(`places:   GeoNames accuracy ${t.places.accuracy.toFixed(3)} (${t.places.total} references with ids)`);
  lines.push(`people:   found ${t.people.found.toFixed(3)}  country correct ${t.people.countryCorrect.toFixed(3)} (${t.people.total} references)`);
  lines.push(`amounts:  found ${t.amounts.found.toFixed(3)} (${t.amounts.total} references)`);
  if (t.casualties.total > 0) lines.push(`casualties: killed/wounded figures found as counts ${t.casualties.found.toFixed(3)} (${t.casualties.total} references)`);
  process.stdout.write(lines.join('\n') + '\n');
  return failed > 0 ? 1 : 0;
}
