/**
 * `sitrep eval <suite> ...`: accuracy scorers. Each suite is a module under `src/eval/`
 * exporting `run(argv): Promise<number>`.
 */
export const summary = 'score sitrep against reference data (gold, conll, geo, timeml, polnear, plover)';

const SUITES: Record<string, () => Promise<{ run(argv: string[]): Promise<number> }>> = {
  gold: () => import('../../eval/gold.js'),
  plover: () => import('../../eval/plover.js'),
  geo: () => import('../../eval/geo.js'),
  conll: () => import('../../eval/conll.js'),
  polnear: () => import('../../eval/polnear.js'),
  timeml: () => import('../../eval/timeml.js'),
};

export async function run(argv: string[]): Promise<number> {
  const [suite, ...rest] = argv;
  const load = suite ? SUITES[suite] : undefined;
  if (!load) {
    process.stderr.write(`usage: sitrep eval <${Object.keys(SUITES).join('|')}> ...\n`);
    return 2;
  }
  return (await load()).run(rest);
}
