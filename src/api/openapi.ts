/** The OpenAPI 3 document, built from the route table so it cannot drift from the validation. */
import { PIPELINE_VERSION } from '../core/version.js';
import type { Route } from './routes.js';
import { errorSchema, type JsonSchema } from './schemas.js';

/** `/api/articles/:id` → `/api/articles/{id}` */
const oaPath = (url: string) => url.replace(/:([A-Za-z]+)/g, '{$1}');

/** JSON Schema 2020-12 (what OpenAPI 3.1 speaks) minus Fastify-only keywords. */
function param(name: string, where: 'query' | 'path', schema: JsonSchema, required: boolean) {
  const { description, ...rest } = schema as { description?: string } & JsonSchema;
  return { name, in: where, required, ...(description ? { description } : {}), schema: rest };
}

export function openApiDocument(routes: Route[]): Record<string, unknown> {
  const paths: Record<string, unknown> = {};
  for (const r of routes) {
    const parameters: unknown[] = [];
    for (const [where, schema] of [['path', r.params], ['query', r.querystring]] as const) {
      if (!schema) continue;
      const props = (schema['properties'] ?? {}) as Record<string, JsonSchema>;
      const required = new Set((schema['required'] as string[] | undefined) ?? []);
      for (const [name, s] of Object.entries(props)) parameters.push(param(name, where, s, where === 'path' || required.has(name)));
    }
    const errorResponse = { description: 'error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
    paths[oaPath(r.url)] = {
      get: {
        summary: r.summary,
        operationId: r.url.replace(/^\/api\//, '').replace(/[^A-Za-z0-9]+/g, '_'),
        parameters,
        responses: {
          '200': { description: 'OK', content: { [r.produces ?? 'application/json']: { schema: r.response ?? { type: 'object' } } } },
          '400': errorResponse,
          ...(r.params ? { '404': errorResponse } : {}),
          '500': errorResponse,
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'sitrep API', version: PIPELINE_VERSION, description: 'Structured, verifiable event intelligence extracted from news pages.' },
    paths,
    components: { schemas: { Error: errorSchema } },
  };
}
