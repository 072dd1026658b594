/**
 * `sitrep bench ner [FILE] [--rounds N]`: named-entity recogniser speed, tokens per second on one
 * core, over CoNLL-2003 documents (default `../shared/data/ner/eng.testa`). The model load is timed
 * apart; each round tags every document through `recognize`. The first round runs with everything
 * cold (JIT and feature caches); the timed rounds see documents the feature caches have seen, so
 * as many rounds again are run with the caches dropped first (text never seen before).
 */
import { readFileSync } from 'node:fs';
import { parseConll, documentText } from '../nlp/ner/conll-format.js';
import { recognize } from '../nlp/ner/index.js';
import { loadModels } from '../nlp/ner/model.js';
import { loadGazetteer } from '../nlp/ner/gazetteer.js';
import { resetCaches } from '../nlp/ner/feature-ids.js';

export async function run(argv: string[]): Promise<number> {
  const ri = argv.indexOf('--rounds');
  const file = argv.find((a, i) => !a.startsWith('--') && !(ri >= 0 && i === ri + 1)) ?? '../shared/data/ner/eng.testa';
  const rounds = ri >= 0 ? Math.max(1, Number(argv[ri + 1])) : 3;
  const docs = parseConll(readFileSync(file, 'utf8')).map(documentText);
  const tokens = docs.reduce((n, d) => n + d.seg.tokens.length, 0);
  let t = process.hrtime.bigint();
  loadModels();
  loadGazetteer();
  const loadMs = Number(process.hrtime.bigint() - t) / 1e6;
  // One warm-up round so the JIT has compiled the hot loop.
  const cpu0 = process.cpuUsage();
  for (const d of docs) recognize(d.text, d.seg);
  const c0 = process.cpuUsage(cpu0);
  const firstRate = tokens / ((c0.user + c0.system) / 1e6);
  const rates: number[] = [];
  const cpuRates: number[] = [];
  let spans = 0;
  for (let r = 0; r < rounds; r++) {
    t = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    spans = 0;
    for (const d of docs) spans += recognize(d.text, d.seg).length;
    const s = Number(process.hrtime.bigint() - t) / 1e9;
    const c = process.cpuUsage(cpu);
    rates.push(tokens / s);
    cpuRates.push(tokens / ((c.user + c.system) / 1e6));
  }
  const coldRates: number[] = [];
  for (let r = 0; r < rounds; r++) {
    resetCaches();
    const cpu = process.cpuUsage();
    for (const d of docs) recognize(d.text, d.seg);
    const c = process.cpuUsage(cpu);
    coldRates.push(tokens / ((c.user + c.system) / 1e6));
  }
  coldRates.sort((a, b) => a - b);
  cpuRates.sort((a, b) => a - b);
  rates.sort((a, b) => a - b);
  const median = rates[Math.floor(rates.length / 2)]!;
  const mem = process.memoryUsage();
  process.stdout.write(
    [
      `${file}: ${docs.length} documents, ${tokens} tokens, ${spans} entities`,
      `model load: ${loadMs.toFixed(0)} ms`,
      `speed: ${Math.round(median)} tokens/s wall clock (median of ${rounds} rounds; min ${Math.round(rates[0]!)}, max ${Math.round(rates[rates.length - 1]!)})`,
      `       ${Math.round(cpuRates[Math.floor(rounds / 2)]!)} tokens per CPU second (median; wall clock suffers when other processes share the core)`,
      `       ${Math.round(coldRates[Math.floor(rounds / 2)]!)} tokens per CPU second with the feature caches dropped before each round (median; unseen text)`,
      `       ${Math.round(firstRate)} tokens per CPU second in the warm-up round (JIT and caches cold)`,
      `memory: rss ${(mem.rss / 1048576).toFixed(0)} MB, heap ${(mem.heapUsed / 1048576).toFixed(0)} MB`,
    ].join('\n') + '\n',
  );
  return 0;
}
