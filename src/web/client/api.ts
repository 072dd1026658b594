/** Calls to the sitrep HTTP API (`/api/…`); errors carry the API's `{error: {code, message}}`. */
import type { ExtractResult } from '../../core/types.js';
import type { ArticleSummary, EventRow, IngestProgress, NetworkEdge, NetworkNode, Page, TimelineBucket } from '../../store/types.js';

export type { ArticleSummary, EventRow, IngestProgress, NetworkEdge, NetworkNode, Page, TimelineBucket };
export type Article = ExtractResult & { id?: string };
export type IngestRow = Omit<IngestProgress, 'status'> & { status: IngestProgress['status'] | 'stale' };

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export async function getJson<T>(path: string, params?: URLSearchParams): Promise<T> {
  const url = params && [...params.keys()].length ? `${path}?${params.toString()}` : path;
  let res: Response;
  try {
    res = await fetch(url, { headers: { accept: 'application/json' } });
  } catch (err) {
    throw new ApiError('NETWORK', `the sitrep server did not answer (${(err as Error).message}); is \`sitrep serve\` still running?`, 0);
  }
  const body = (await res.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
  if (!res.ok) throw new ApiError(body?.error?.code ?? 'HTTP', body?.error?.message ?? `HTTP ${res.status}`, res.status);
  return body as T;
}

export const api = {
  articles: (q: string, limit: number, offset: number) => getJson<Page<ArticleSummary>>('/api/articles', new URLSearchParams({ ...(q ? { q } : {}), limit: String(limit), offset: String(offset) })),
  article: (id: string) => getJson<Article>(`/api/articles/${encodeURIComponent(id)}`),
  events: (p: URLSearchParams) => getJson<Page<EventRow>>('/api/events', p),
  timeline: (p: URLSearchParams) => getJson<{ interval: string; by: string; buckets: TimelineBucket[] }>('/api/timeline', p),
  network: (p: URLSearchParams) => getJson<{ nodes: NetworkNode[]; edges: NetworkEdge[] }>('/api/network', p),
  ingests: () => getJson<{ items: IngestRow[] }>('/api/ingests'),
};

/** Words for an error shown to the analyst. */
export function explain(err: unknown): string {
  if (err instanceof ApiError) {
    if (err.code === 'BAD_REQUEST') return `The server rejected a filter: ${err.message}. Correct it in the filter bar.`;
    if (err.code === 'NOT_FOUND') return `Not found: ${err.message}.`;
    return `The server failed (${err.code}): ${err.message}`;
  }
  return `Something went wrong: ${(err as Error)?.message ?? String(err)}`;
}
