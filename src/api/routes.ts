/** The API's routes as one table: path, schema, handler. `server.ts` registers them; `openapi.ts` documents them. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Store } from '../store/store.js';
import { parseEventFilter, type RawEventFilter } from '../store/filter-parse.js';
import { geoFeature } from '../export/tabular.js';
import { SitrepError } from '../core/errors.js';
import * as S from './schemas.js';

export interface Route {
  url: string;
  summary: string;
  querystring?: S.JsonSchema;
  params?: S.JsonSchema;
  response?: S.JsonSchema;
  /** Media type of a successful response (default application/json). */
  produces?: string;
  handler: (store: Store, req: FastifyRequest, reply: FastifyReply) => Promise<unknown>;
}

type Q = Record<string, string | number | undefined>;
const query = (req: FastifyRequest) => req.query as Q;
const filterOf = (q: Q) => parseEventFilter(q as RawEventFilter);

export const ROUTES: Route[] = [
  {
    url: '/api/articles',
    summary: 'Search articles (full text over title and text); newest first without q',
    querystring: S.articlesQuery,
    handler: (store, req) => {
      const q = query(req);
      return store.searchArticles({ q: q['q'] as string | undefined, limit: q['limit'] as number, offset: q['offset'] as number });
    },
  },
  {
    url: '/api/articles/:id',
    summary: 'One article with all its annotations (the stored ExtractResult)',
    params: S.idParams,
    handler: async (store, req) => {
      const { id } = req.params as { id: string };
      const r = await store.getArticle(id);
      if (!r) throw new SitrepError('NOT_FOUND', `no article "${id}"`);
      return r;
    },
  },
  {
    url: '/api/events',
    summary: 'Article-level events matching the filters',
    querystring: S.eventsQuery,
    response: S.pageOf(S.eventRowSchema),
    handler: (store, req) => store.queryEvents(filterOf(query(req))),
  },
  {
    url: '/api/events.geojson',
    summary: 'Events with a located place as a GeoJSON FeatureCollection (same filters)',
    querystring: S.eventsQuery,
    produces: 'application/geo+json',
    handler: async (store, req, reply) => {
      const page = await store.queryEvents(filterOf(query(req)));
      reply.type('application/geo+json');
      return { type: 'FeatureCollection', total: page.total, totalIsLowerBound: page.totalIsLowerBound ?? false, features: page.items.map(geoFeature).filter((f) => f !== null) };
    },
  },
  {
    url: '/api/quotes',
    summary: 'Quotes with their speakers',
    querystring: S.quotesQuery,
    handler: (store, req) => store.queryQuotes(query(req) as Parameters<Store['queryQuotes']>[0]),
  },
  {
    url: '/api/entities',
    summary: 'Entities by the number of articles naming them',
    querystring: S.entitiesQuery,
    handler: (store, req) => store.queryEntities(query(req) as Parameters<Store['queryEntities']>[0]),
  },
  {
    url: '/api/timeline',
    summary: 'Event counts per day or week, optionally split by QuadClass or root code',
    querystring: S.timelineQuery,
    handler: async (store, req) => {
      const q = query(req);
      const interval = (q['interval'] ?? 'day') as 'day' | 'week';
      const by = (q['by'] ?? 'none') as 'quadClass' | 'root' | 'none';
      return { interval, by, buckets: await store.timeline({ ...filterOf(q), interval, by }) };
    },
  },
  {
    url: '/api/network',
    summary: 'Actor network: nodes, and edges weighted by event count with mean Goldstein',
    querystring: S.networkQuery,
    handler: (store, req) => {
      const q = query(req);
      const { limit, minCount, ...rest } = q;
      return store.network({ ...filterOf(rest), minCount: minCount as number, limit: limit as number });
    },
  },
  {
    url: '/api/ingests',
    summary: 'Progress of recent and running ingests',
    handler: async (store) => ({ items: await store.listIngests() }),
  },
];
