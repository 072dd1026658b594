import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Knowledge files live in the package's `data/` folder. This resolves it whether the code runs
 * from `src/` (tsx) or from `dist/src/` (compiled): walk up until a folder holding `data/` and
 * `package.json` is found.
 */
function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    try {
      readFileSync(join(dir, 'package.json'));
      return dir;
    } catch {
      dir = dirname(dir);
    }
  }
  throw new Error('sitrep: cannot find the package root (package.json) above ' + fileURLToPath(import.meta.url));
}

export const PACKAGE_ROOT = findPackageRoot();

export function dataPath(...parts: string[]): string {
  return join(PACKAGE_ROOT, 'data', ...parts);
}

/** Reads a tab-separated data file: `#` starts a comment line, the first non-comment line names the columns. */
export function readTsv(...parts: string[]): Array<Record<string, string>> {
  const raw = readFileSync(dataPath(...parts), 'utf8');
  const lines = raw.split(/\r?\n/).filter((l) => l.trim() !== '' && !l.startsWith('#'));
  if (lines.length === 0) return [];
  const header = lines[0]!.split('\t').map((h) => h.trim());
  return lines.slice(1).map((line) => {
    const cells = line.split('\t');
    const row: Record<string, string> = {};
    header.forEach((h, i) => (row[h] = (cells[i] ?? '').trim()));
    return row;
  });
}
