/**
 * Where tests find the read-only development data (`../shared` beside the repository).
 * Tests that need it skip with a clear message when it is absent, so `npm test` passes anywhere.
 */
import { existsSync, readFileSync } from 'node:fs';
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

/** The seed page (`../shared/seed/rferl-tajik-base.txt`): read from the shared data, never copied into the repository. */
export const SEED_PARTS = ['seed', 'rferl-tajik-base.txt'] as const;
export const SEED_FILE = join(SHARED, ...SEED_PARTS);
export const SEED_PUBLISHED = '2012-10-05';

/** The seed page's text, '' when it is absent (the tests that use it carry `needsSeed()` and skip then). */
export function seedText(): string {
  return existsSync(SEED_FILE) ? readFileSync(SEED_FILE, 'utf8') : '';
}

/** `{ skip: reason }` when the seed page is not beside the repository. */
export function needsSeed(): { skip?: string } {
  return needsShared(...SEED_PARTS);
}

/** `{ skip: reason }` for node:test when a shared file is missing, else `{}`. */
export function needsShared(...parts: string[]): { skip?: string } {
  const p = sharedPath(...parts);
  return existsSync(p) ? {} : { skip: `development data not found at ${p} (set SITREP_SHARED)` };
}
