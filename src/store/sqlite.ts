/** SQLite driver (better-sqlite3): one file, WAL journal, FTS5 over title and text. */
import Database from 'better-sqlite3';
import type { Driver, Param, Queryable } from './driver.js';
import { SqlStore } from './sql-store.js';
import type { Store } from './store.js';

/** FTS5 query from free text: every word quoted, so user punctuation never breaks the syntax. */
export function fts5Query(q: string): string {
  const words = q.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((w) => `"${w}"`).join(' ');
}

class SqliteDriver implements Driver {
  readonly kind = 'sqlite' as const;
  private readonly db: Database.Database;
  private readonly cache = new Map<string, Database.Statement>();
  private lock: Promise<unknown> = Promise.resolve();
  readonly fts = {
    join: 'JOIN articles_fts f ON f.rowid = a.seq',
    where: 'articles_fts MATCH ?',
    rank: 'f.rank',
    snippet: "snippet(articles_fts, 1, '[', ']', '…', 16)",
  };

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    // 64 MB page cache: large loads update many indexes; the 2 MB default thrashes.
    this.db.pragma('cache_size = -65536');
    this.db.pragma('temp_store = MEMORY');
  }

  private stmt(sql: string): Database.Statement {
    let s = this.cache.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      if (this.cache.size > 500) this.cache.clear();
      this.cache.set(sql, s);
    }
    return s;
  }

  async all<T>(sql: string, params: Param[] = []): Promise<T[]> {
    return this.stmt(sql).all(...params) as T[];
  }
  async run(sql: string, params: Param[] = []): Promise<number> {
    return this.stmt(sql).run(...params).changes;
  }
  async exec(sql: string): Promise<void> {
    this.db.exec(sql);
  }
  async tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T> {
    const prev = this.lock;
    let release!: () => void;
    this.lock = new Promise<void>((r) => (release = r));
    await prev;
    try {
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const out = await fn(this);
        this.db.exec('COMMIT');
        return out;
      } catch (err) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw err;
      }
    } finally {
      release();
    }
  }
  async insertMany(q: Queryable, table: string, columns: readonly string[], rows: Param[][]): Promise<void> {
    if (rows.length === 0) return;
    const s = this.stmt(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
    for (const r of rows) s.run(...r);
  }
  async close(): Promise<void> {
    this.db.close();
  }
}

export function openSqlite(file: string): Store {
  return new SqlStore(new SqliteDriver(file), fts5Query);
}
