/** Connection strings for tests that need PostgreSQL or Redis: unique per run, or null to skip. */
import { randomBytes } from 'node:crypto';

const RUN = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;

/** `SITREP_TEST_PG` with a fresh schema for this run, or null when unset. */
export function pgTestUrl(tag: string): string | null {
  const base = process.env['SITREP_TEST_PG'];
  if (!base) return null;
  const u = new URL(base);
  u.searchParams.set('schema', `sitrep_test_${tag}_${RUN}`);
  return u.toString();
}

export function redisTestUrl(): string | null {
  return process.env['SITREP_TEST_REDIS'] ?? null;
}

export const RUN_ID = RUN;

/** Drops the schema a `pgTestUrl` named (tests clean up after themselves). */
export async function dropPgSchema(url: string): Promise<void> {
  const { default: pg } = await import('pg');
  const u = new URL(url);
  const schema = u.searchParams.get('schema');
  u.searchParams.delete('schema');
  if (!schema || !/^sitrep_test_[a-z0-9_]+$/.test(schema)) return;
  const c = new pg.Client({ connectionString: u.toString() });
  await c.connect();
  try {
    await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await c.end();
  }
}
