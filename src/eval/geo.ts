/**
 * `sitrep eval geo FILE...`: geoparsing scores of the places stage on LGL, GeoWebNews or GeoVirus
 * XML (format detected from the file). For GeoVirus, the EUPEG outputs of published geoparsers in
 * `geovirus-baselines/` beside the file are scored with the same scorer, side by side.
 * Options: `--limit N` (first N documents), `--errors` (print wrong resolutions and misses),
 * `--adjectives` / `--no-adjectives`: read "Georgian" as a mention of Georgia or not. The pipeline
 * does not; the suite follows each corpus's guideline by default (LGL and GeoWebNews annotate
 * adjectival toponyms, GeoVirus does not).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { readCorpus, readEupegLine, detectFormat, type GeoDoc } from '../geo/eval/corpora.js';
import { emptyTally, scoreDocument, summarize, type GeoScores } from '../geo/eval/score.js';
import { predictToponyms } from '../geo/eval/run-places.js';
import { getGazetteer } from '../geo/gazetteer.js';
import { distanceKm } from '../geo/resolve.js';

const f3 = (x: number) => x.toFixed(3);
const HEADER = 'system              P      R      F1     acc161  meanKm  medianKm  AUC    id     matched/gold';

function row(name: string, s: GeoScores): string {
  return [
    name.padEnd(18), f3(s.precision), f3(s.recall), f3(s.f1), ' ' + f3(s.acc161),
    s.meanKm.toFixed(0).padStart(7), s.medianKm.toFixed(1).padStart(9), ' ' + f3(s.auc),
    s.idRate === null ? '  -  ' : f3(s.idRate), `  ${s.matched}/${s.gold}`,
  ].join('  ');
}

function printErrors(docs: GeoDoc[], preds: ReturnType<typeof predictToponyms>[]): void {
  docs.forEach((d, i) => {
    const pred = preds[i]!;
    for (const g of d.toponyms) {
      const p = pred.find((x) => x.start < g.end && g.start < x.end);
      const ctx = d.text.slice(Math.max(0, g.start - 30), g.end + 30).replace(/\s+/g, ' ');
      if (!p) process.stdout.write(`MISS  doc ${i} "${g.name}"  …${ctx}…\n`);
      else if (p.lat === null || p.lon === null || distanceKm(g.lat, g.lon, p.lat, p.lon) > 161) {
        const km = p.lat === null || p.lon === null ? NaN : distanceKm(g.lat, g.lon, p.lat, p.lon);
        process.stdout.write(`FAR   doc ${i} "${g.name}" ${km.toFixed(0)} km (pred ${p.lat},${p.lon} gold ${g.lat},${g.lon})  …${ctx}…\n`);
      }
    }
    for (const p of pred) {
      if (!d.toponyms.some((g) => p.start < g.end && g.start < p.end) && !d.neutral.some((g) => p.start < g.end && g.start < p.end)) process.stdout.write(`EXTRA doc ${i} "${d.text.slice(p.start, p.end)}"\n`);
    }
  });
}

async function runFile(file: string, limit: number, errors: boolean, adjectivesOpt: boolean | null): Promise<void> {
  const xml = readFileSync(file, 'utf8');
  const format = detectFormat(xml);
  // LGL and GeoWebNews annotate adjectival toponyms ("Georgian"); GeoVirus does not.
  const adjectives = adjectivesOpt ?? format !== 'geovirus';
  let docs = readCorpus(xml, format);
  if (limit > 0) docs = docs.slice(0, limit);
  const gaz = getGazetteer();
  const t0 = performance.now();
  const preds = docs.map((d) => predictToponyms(d.text, { adjectives }));
  const ms = performance.now() - t0;
  const tally = emptyTally();
  docs.forEach((d, i) => scoreDocument(tally, d.toponyms, preds[i]!, d.neutral));
  process.stdout.write(`\n${basename(file)} (${format}${adjectives ? ', adjectives read' : ''}): ${docs.length} documents, ${tally.gold} gold toponyms; gazetteer load ${gaz.loadMs.toFixed(0)} ms, places stage ${ms.toFixed(0)} ms\n`);
  process.stdout.write(HEADER + '\n' + row('sitrep', summarize(tally)) + '\n');
  if (errors) printErrors(docs, preds);

  const baseDir = join(dirname(file), 'geovirus-baselines');
  if (format !== 'geovirus' || !existsSync(baseDir)) return;
  // EUPEG files hold one line per document that has at least one gold location, in order.
  const withGold = docs.filter((d) => d.toponyms.length > 0);
  for (const f of readdirSync(baseDir).filter((n) => n.endsWith('.txt')).sort()) {
    const lines = readFileSync(join(baseDir, f), 'utf8').split('\n');
    const t = emptyTally();
    withGold.forEach((d, i) => scoreDocument(t, d.toponyms, readEupegLine(lines[i] ?? ''), d.neutral));
    process.stdout.write(row(f.replace(/^GeoVirus_|\.txt$/g, ''), summarize(t)) + '\n');
  }
}

export async function run(argv: string[]): Promise<number> {
  const files: string[] = [];
  let limit = 0;
  let errors = false;
  let adjectives: boolean | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--limit') limit = Number(argv[++i]);
    else if (a === '--errors') errors = true;
    else if (a === '--no-adjectives') adjectives = false;
    else if (a === '--adjectives') adjectives = true;
    else files.push(a);
  }
  if (files.length === 0) {
    process.stderr.write('usage: sitrep eval geo FILE.xml... [--limit N] [--errors] [--adjectives|--no-adjectives]   (LGL, GeoWebNews or GeoVirus XML)\n');
    return 2;
  }
  for (const f of files) {
    if (!existsSync(f)) {
      process.stderr.write(`sitrep eval geo: no such file ${f}\n`);
      return 2;
    }
    await runFile(f, limit, errors, adjectives);
  }
  return 0;
}
