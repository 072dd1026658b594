/**
 * `sitrep` command line: a thin layer over the library. Each command lives in its own module
 * under `commands/` and exports `run(argv): Promise<number>` (the exit code).
 */
type CommandModule = { run(argv: string[]): Promise<number>; summary: string };

/** Command name → lazy module import (so `sitrep extract` never loads the HTTP server). */
const COMMANDS: Record<string, () => Promise<CommandModule>> = {
  extract: () => import('./commands/extract.js'),
  eval: () => import('./commands/eval.js'),
  bench: () => import('./commands/bench.js'),
  ingest: () => import('./commands/ingest.js'),
  events: () => import('./commands/events.js'),
  export: () => import('./commands/export.js'),
  serve: () => import('./commands/serve.js'),
  reprocess: () => import('./commands/reprocess.js'),
  worker: () => import('./commands/worker.js'),
  tag: () => import('./commands/tag.js'),
};

function usage(): string {
  return [
    'usage: sitrep <command> [options]',
    '',
    'commands:',
    ...Object.keys(COMMANDS).map((c) => `  ${c}`),
    '',
    'Run `sitrep <command> --help` for the options of one command.',
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage() + '\n');
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) {
    process.stderr.write(`sitrep: unknown command "${name}"\n\n${usage()}\n`);
    return 2;
  }
  const mod = await load();
  try {
    return await mod.run(rest);
  } catch (err) {
    // A flag the command does not know is a usage error, not a crash.
    const code = (err as { code?: string }).code ?? '';
    if (code.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`sitrep ${name}: ${(err as Error).message.split('. ')[0]}\n`);
      return 2;
    }
    throw err;
  }
}

// Run directly (`npx tsx src/cli/main.ts …` during development); `bin/sitrep.js` is the installed entry.
import { pathToFileURL } from 'node:url';
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (err) => {
      process.stderr.write(`sitrep: ${err instanceof Error ? err.stack : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
