/**
 * One error catalogue. Problems with an input (empty, binary, too large, undecodable) are
 * `SitrepError`s with a stable `code`; callers turn them into per-input error records and go on.
 */
export type ErrorCode =
  | 'EMPTY_INPUT'
  | 'BINARY_INPUT'
  | 'INPUT_TOO_LARGE'
  | 'UNKNOWN_ENCODING'
  | 'NO_ARTICLE'
  | 'BAD_REQUEST'
  | 'BAD_INPUT_RECORD'
  | 'NOT_FOUND'
  | 'STORE_ERROR'
  // Remote and archive inputs (sitrep ingest):
  | 'FETCH_FAILED' // no connection, DNS failure, reset
  | 'FETCH_TIMEOUT'
  | 'HTTP_ERROR' // a status other than 2xx, 404 and 410 (404/410 are NOT_FOUND)
  | 'TOO_MANY_REDIRECTS'
  | 'ROBOTS_DISALLOWED' // the site's robots.txt refuses the URL to sitrep (or cannot be reached)
  | 'NOT_HTML' // a content type that is not a page (nor, for a top-level URL, a feed or sitemap)
  | 'BAD_URL'
  | 'BAD_FEED' // a feed or sitemap that cannot be read
  | 'BAD_WARC_RECORD'
  | 'INTERNAL';

export class SitrepError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'SitrepError';
    this.code = code;
  }
}

/** Turns any thrown value into the `{code, message}` record the CLI and API print. */
export function toErrorRecord(err: unknown): { code: string; message: string } {
  if (err instanceof SitrepError) return { code: err.code, message: err.message };
  const message = err instanceof Error ? err.message : String(err);
  const sys = (err as { code?: unknown } | null)?.code;
  if (sys === 'ENOENT') return { code: 'NOT_FOUND', message };
  if (sys === 'EISDIR' || sys === 'EACCES') return { code: 'BAD_INPUT_RECORD', message };
  return { code: 'INTERNAL', message };
}
