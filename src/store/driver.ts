/** The little a SQL database must offer the shared store core. SQL is written with `?` placeholders. */
export type Param = string | number | null;

export interface Queryable {
  all<T = Record<string, unknown>>(sql: string, params?: Param[]): Promise<T[]>;
  run(sql: string, params?: Param[]): Promise<number>;
}

export interface Driver extends Queryable {
  readonly kind: 'sqlite' | 'postgres';
  /** Runs a script of several statements (migrations). */
  exec(sql: string): Promise<void>;
  /** Runs `fn` in one transaction; commits on success, rolls back on a throw. */
  tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T>;
  /** Inserts many rows of the same columns fast (one statement per batch where the database allows). */
  insertMany(q: Queryable, table: string, columns: readonly string[], rows: Param[][]): Promise<void>;
  /** SQL for full-text search over articles: a WHERE condition (one `?` for the query) and a rank/snippet. */
  fts: { join: string; where: string; rank: string; snippet: string };
  close(): Promise<void>;
}
