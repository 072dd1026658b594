/**
 * PostgreSQL driver (pg). `postgres://…?schema=NAME` keeps the tables in their own schema (created
 * when missing), which is how tests keep runs apart.
 */
import pg from 'pg';
import type { Driver, Param, Queryable } from './driver.js';
import { SqlStore } from './sql-store.js';
import type { Store } from './store.js';

/** `?` placeholders → `$1, $2…` (our SQL never has a literal `?`). */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

function queryable(c: pg.Pool | pg.PoolClient): Queryable {
  return {
    async all<T>(sql: string, params: Param[] = []): Promise<T[]> {
      return (await c.query(numbered(sql), params)).rows as T[];
    },
    async run(sql: string, params: Param[] = []): Promise<number> {
      return (await c.query(numbered(sql), params)).rowCount ?? 0;
    },
  };
}

class PostgresDriver implements Driver {
  readonly kind = 'postgres' as const;
  readonly fts = {
    join: '',
    where: "a.fts @@ websearch_to_tsquery('english', ?)",
    rank: "-ts_rank(a.fts, websearch_to_tsquery('english', ?))",
    snippet: "ts_headline('english', a.text, websearch_to_tsquery('english', ?), 'StartSel=[,StopSel=],MaxWords=30,MinWords=10')",
  };
  private readonly q: Queryable;
  constructor(private readonly pool: pg.Pool) {
    this.q = queryable(pool);
  }
  all<T>(sql: string, params?: Param[]): Promise<T[]> {
    return this.q.all<T>(sql, params);
  }
  run(sql: string, params?: Param[]): Promise<number> {
    return this.q.run(sql, params);
  }
  async exec(sql: string): Promise<void> {
    await this.pool.query(sql);
  }
  async tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const out = await fn(queryable(client));
      await client.query('COMMIT');
      return out;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }
  async insertMany(q: Queryable, table: string, columns: readonly string[], rows: Param[][]): Promise<void> {
    const per = Math.max(1, Math.floor(30000 / columns.length));
    for (let i = 0; i < rows.length; i += per) {
      const batch = rows.slice(i, i + per);
      const values = batch.map(() => `(${columns.map(() => '?').join(', ')})`).join(', ');
      await q.run(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values}`, batch.flat());
    }
  }
  async close(): Promise<void> {
    await this.pool.end();
  }
}

export async function openPostgres(url: string): Promise<Store> {
  const u = new URL(url);
  const schema = u.searchParams.get('schema');
  u.searchParams.delete('schema');
  if (schema !== null && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`bad schema name "${schema}"`);
  if (schema) {
    const boot = new pg.Client({ connectionString: u.toString() });
    await boot.connect();
    try {
      await boot.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`).catch((err: { code?: string }) => {
        if (err.code !== '23505' && err.code !== '42P06') throw err;
      });
    } finally {
      await boot.end();
    }
  }
  const pool = new pg.Pool({ connectionString: u.toString(), max: 4, ...(schema ? { options: `-c search_path=${schema}` } : {}) });
  pool.on('error', () => undefined);
  return new SqlStore(new PostgresDriver(pool), (q) => (/[\p{L}\p{N}]/u.test(q) ? q : ''));
}
