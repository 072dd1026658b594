/**
 * `sitrep bench <suite> ...`: speed and memory benchmarks. Each suite is a module under `src/bench/`
 * exporting `run(argv): Promise<number>`.
 */
export const summary = 'speed and memory benchmarks (extraction, pipeline, ner, events, store)';

const SUITES: Record<string, () => Promise<{ run(argv: string[]): Promise<number> }>> = {
  ner: () => import('../../bench/ner.js'),
  extraction: () => import('../../bench/extraction.js'),
  pipeline: () => import('../../bench/pipeline.js'),
  store: () => import('../../bench/store.js'),
  events: () => import('../../bench/events.js'),
};

export async function run(argv: string[]): Promise<number> {
  const [suite, ...rest] = argv;
  const load = suite ? SUITES[suite] : undefined;
  if (!load) {
    process.stderr.write(`usage: sitrep bench <${Object.keys(SUITES).join('|')}> ...\n`);
    return 2;
  }
  return (await load()).run(rest);
}
