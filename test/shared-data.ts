/**
 * Where tests find the read-only development data (`../shared` beside the repository).
 * Tests that need it skip with a clear message when it is absent, so `npm test` passes anywhere.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return dir;
}

export const REPO_ROOT = repoRoot();
export const SHARED = process.env['SITREP_SHARED'] ?? resolve(REPO_ROOT, '..', 'shared');

export function sharedPath(...parts: string[]): string {
  return join(SHARED, ...parts);
}

/** `{ skip: reason }` for node:test when a shared file is missing, else `{}`. */
export function needsShared(...parts: string[]): { skip?: string } {
  const p = sharedPath(...parts);
  return existsSync(p) ? {} : { skip: `development data not found at ${p} (set SITREP_SHARED)` };
}
