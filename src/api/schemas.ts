/** JSON schemas of the API's query strings and bodies; the OpenAPI document is built from them. */

export type JsonSchema = Record<string, unknown>;

const page = {
  limit: { type: 'integer', minimum: 0, maximum: 1000, default: 50, description: 'page size' },
  offset: { type: 'integer', minimum: 0, default: 0, description: 'rows to skip' },
};

export const eventFilterProps = {
  actor: { type: 'string', pattern: '^[A-Za-z]{3,15}$', description: 'CAMEO actor code prefix of either actor (RUS matches RUSGOV)' },
  country: { type: 'string', pattern: '^[A-Za-z]{2,3}$', description: 'ISO alpha-3 of either actor, or alpha-2/3 of the place' },
  code: { type: 'string', pattern: '^[0-9]{2,4}$', description: 'CAMEO event code' },
  root: { type: 'string', pattern: '^[0-9]{1,2}$', description: 'CAMEO root code (01-20)' },
  quadClass: { type: 'integer', minimum: 1, maximum: 4, description: '1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict' },
  since: { type: 'string', pattern: '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$', description: 'earliest event date (inclusive)' },
  until: { type: 'string', pattern: '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$', description: 'latest event date (inclusive)' },
  bbox: { type: 'string', pattern: '^-?[0-9.]+,-?[0-9.]+,-?[0-9.]+,-?[0-9.]+$', description: 'minLon,minLat,maxLon,maxLat' },
  place: { type: 'string', minLength: 1, maxLength: 200, description: "the event's place: a name as written (case-insensitive) or a GeoNames id" },
  q: { type: 'string', maxLength: 200, description: 'words in the evidence sentence' },
};

export const eventsQuery: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: { ...eventFilterProps, ...page, sort: { type: 'string', enum: ['date', '-date', 'goldstein', '-goldstein', 'id'] } },
};

export const articlesQuery: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: { q: { type: 'string', maxLength: 500, description: 'full-text query over title and text' }, ...page },
};

export const idParams: JsonSchema = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', minLength: 1, maxLength: 1000 } },
};

export const quotesQuery: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    speaker: { type: 'string', maxLength: 200, description: 'words of the speaker name' },
    articleId: { type: 'string', maxLength: 1000 },
    q: { type: 'string', maxLength: 200, description: 'words of the quote' },
    ...page,
  },
};

export const entitiesQuery: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    type: { type: 'string', enum: ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'MISC', 'person', 'org', 'gpe', 'loc', 'norp', 'misc'] },
    q: { type: 'string', maxLength: 200, description: 'words of the name' },
    ...page,
  },
};

export const timelineQuery: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ...eventFilterProps,
    interval: { type: 'string', enum: ['day', 'week'], default: 'day' },
    by: { type: 'string', enum: ['quadClass', 'root', 'none'], default: 'none' },
  },
};

export const networkQuery: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ...eventFilterProps,
    minCount: { type: 'integer', minimum: 1, default: 1, description: 'least events on an edge' },
    limit: { type: 'integer', minimum: 1, maximum: 5000, default: 500, description: 'most edges' },
  },
};

export const errorSchema: JsonSchema = {
  type: 'object',
  required: ['error'],
  properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' } } } },
};

const nullable = (type: string) => ({ type: [type, 'null'] });

export const eventRowSchema: JsonSchema = {
  type: 'object',
  properties: {
    rowId: { type: 'integer' }, articleId: { type: 'string' }, eventId: { type: 'string' }, mergedId: { type: 'integer' },
    code: { type: 'string' }, baseCode: { type: 'string' }, rootCode: { type: 'string' }, quadClass: { type: 'integer' },
    goldstein: { type: 'number' }, isRoot: { type: 'boolean' },
    actor1Code: nullable('string'), actor1Country: nullable('string'), actor1Name: nullable('string'),
    actor2Code: nullable('string'), actor2Country: nullable('string'), actor2Name: nullable('string'),
    date: nullable('string'), placeName: nullable('string'), geonameId: nullable('integer'), lat: nullable('number'), lon: nullable('number'),
    placeCountry: nullable('string'), evidence: { type: 'string' }, sentenceStart: { type: 'integer' }, sentenceEnd: { type: 'integer' },
    source: { type: 'string' }, url: nullable('string'),
  },
};

export const pageOf = (item: JsonSchema): JsonSchema => ({
  type: 'object',
  required: ['total', 'items'],
  properties: {
    total: { type: 'integer', description: 'number of matches (exact unless totalIsLowerBound)' },
    totalIsLowerBound: { type: 'boolean', description: 'true when there are more than total matches (counting stops at 10,000 or at the end of the page asked for)' },
    items: { type: 'array', items: item },
  },
});
