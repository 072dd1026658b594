/**
 * One way for every command to read its flags: `--help`/`-h` prints the command's help and exits 0;
 * an unknown flag or a missing value prints the reason and the help to stderr and exits 2 (a usage
 * error, never a stack trace). Commands get either their parsed values or the exit code to return.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

type Parsed<O extends ParseArgsOptionsConfig> = ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: true }>>;

export interface CommandSpec<O extends ParseArgsOptionsConfig> {
  /** Command name as typed after `sitrep` (used in messages). */
  name: string;
  help: string;
  options: O;
  /** Fewest positional arguments; fewer prints the help and exits 2. Default 0 (and positionals refused). */
  minPositionals?: number;
}

/** Parses `argv` for one command; returns the parsed flags, or the exit code when the command must stop now. */
export function parseCommandArgs<O extends ParseArgsOptionsConfig>(argv: string[], spec: CommandSpec<O>): Parsed<O> | number {
  const options = { ...spec.options, help: { type: 'boolean', short: 'h' } } as O;
  let parsed: Parsed<O>;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    process.stderr.write(`sitrep ${spec.name}: ${(err as Error).message.split('. ')[0]}\n${spec.help}`);
    return 2;
  }
  if ((parsed.values as Record<string, unknown>)['help']) {
    process.stdout.write(spec.help);
    return 0;
  }
  const min = spec.minPositionals ?? 0;
  if (parsed.positionals.length < min || (min === 0 && parsed.positionals.length > 0)) {
    if (parsed.positionals.length > 0 && min === 0) process.stderr.write(`sitrep ${spec.name}: unexpected argument "${parsed.positionals[0]}"\n`);
    process.stderr.write(spec.help);
    return 2;
  }
  return parsed;
}
