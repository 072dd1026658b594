/**
 * `sitrep eval conll FILE [--json]`: exact-span precision, recall and F1 of the named-entity
 * recogniser on a CoNLL-2003 file, overall and per type, counting chunks as conlleval does (IOB1).
 */
import { readFileSync } from 'node:fs';
import { parseConll } from '../nlp/ner/conll-format.js';
import { tagConllDocument } from '../nlp/ner/conll-run.js';
import { type Scores, addSpans, emptyScores, prf } from '../nlp/ner/score.js';

/** Scores the recogniser on CoNLL text. */
export function scoreConll(raw: string): { scores: Scores; tokens: number } {
  const scores = emptyScores();
  let tokens = 0;
  for (const doc of parseConll(raw)) {
    for (const s of tagConllDocument(doc)) {
      addSpans(scores, s.goldSpans, s.predSpans);
      tokens += s.tokens.length;
    }
  }
  return { scores, tokens };
}

export function report(scores: Scores): Record<string, { precision: number; recall: number; f1: number; gold: number; predicted: number }> {
  const row = (c: { tp: number; fp: number; fn: number }) => {
    const p = prf(c);
    return { precision: round(p.precision), recall: round(p.recall), f1: round(p.f1), gold: c.tp + c.fn, predicted: c.tp + c.fp };
  };
  const out: ReturnType<typeof report> = { overall: row(scores.overall) };
  for (const t of ['PER', 'ORG', 'LOC', 'MISC']) out[t] = row(scores.byType.get(t) ?? { tp: 0, fp: 0, fn: 0 });
  return out;
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

export async function run(argv: string[]): Promise<number> {
  const file = argv.find((a) => !a.startsWith('--'));
  if (!file) {
    process.stderr.write('usage: sitrep eval conll FILE [--json]\n');
    return 2;
  }
  const { scores, tokens } = scoreConll(readFileSync(file, 'utf8'));
  const rep = report(scores);
  if (argv.includes('--json')) {
    process.stdout.write(JSON.stringify({ file, tokens, ...rep }, null, 2) + '\n');
    return 0;
  }
  const pct = (x: number) => (x * 100).toFixed(2).padStart(6);
  const lines = [`${file}: ${tokens} tokens`, 'type     precision  recall      F1   gold  predicted'];
  for (const [k, r] of Object.entries(rep)) {
    lines.push(`${k.padEnd(8)} ${pct(r.precision)}    ${pct(r.recall)}  ${pct(r.f1)}  ${String(r.gold).padStart(5)}  ${String(r.predicted).padStart(9)}`);
  }
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}
