/** Runs the sitrep CLI in a child process for tests (only when SITREP_CLI_RUNNER=1: the test runner also loads this file). */
import { main } from '../../src/cli/main.js';

if (process.env['SITREP_CLI_RUNNER'] === '1') {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(String((err as Error).stack ?? err));
      process.exitCode = 1;
    },
  );
}
