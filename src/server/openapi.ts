/** The OpenAPI 3.1 description of the API, written as data; a test checks it against the routes. */

const error = { $ref: '#/components/responses/Error' };
const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const ok = (description: string, schema: object = { type: 'object' }) => ({ description, ...json(schema) });
const page = [
  { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 0, maximum: 500, default: 50 } },
  { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
];
const idParam = {
  name: 'id',
  in: 'path',
  required: true,
  schema: { type: 'string', pattern: '^[0-9a-f]{4,64}$' },
};
const read = (summary: string, extra: object = {}) => ({
  summary,
  responses: { 200: ok(summary), 400: error, 401: error, 404: error, 429: error },
  ...extra,
});
const listing = (summary: string, filters: object[] = []) =>
  read(summary, { parameters: [...page, ...filters] });
const query = (name: string, description: string, schema: object = { type: 'string' }) => ({
  name,
  in: 'query',
  description,
  schema,
});

export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'sitrep',
    version: '0.1.0',
    description:
      'Evidence workbench API. Writes need `Authorization: Bearer <token>` (`sitrep token create`); reads too unless the server runs with `--public-read`. Errors are `{ error: { code, message } }` with the codes of docs/errors.md.',
  },
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    responses: {
      Error: {
        description:
          'An error with a stable code (E_BAD_REQUEST, E_UNAUTHORIZED, E_NOT_FOUND, E_TOO_LARGE, E_RATE_LIMITED)',
        ...json({
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: { code: { type: 'string', pattern: '^E_[A-Z_]+$' }, message: { type: 'string' } },
            },
          },
        }),
      },
    },
  },
  security: [{ bearer: [] }],
  paths: {
    '/': {
      get: {
        summary: 'A small page listing the newest documents',
        security: [],
        responses: { 200: { description: 'HTML' } },
      },
    },
    '/openapi.json': {
      get: { summary: 'This document', security: [], responses: { 200: ok('OpenAPI 3.1') } },
    },
    '/api/documents': {
      get: listing('Stored documents, newest first (by published date, undated last)', [
        query('outlet', "Only this outlet's documents (its name, case-insensitive)"),
        query('q', 'Only documents whose title or text contains this (case-insensitive)'),
      ]),
      post: {
        summary: 'Ingest one article (JSON) or uploaded files (multipart); stores and annotates them',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['text'],
                oneOf: [
                  {
                    type: 'object',
                    required: ['text'],
                    properties: {
                      text: { type: 'string' },
                      title: { type: 'string' },
                      outlet: { type: 'string' },
                      published: { type: 'string', description: 'ISO date: 2022-12-07, 2022-12 or 2022' },
                      url: { type: 'string', format: 'uri' },
                    },
                  },
                  {
                    type: 'object',
                    required: ['url'],
                    additionalProperties: false,
                    description:
                      'Fetch the article: refused for loopback, private and link-local addresses at every redirect unless the server runs with --allow-private-urls',
                    properties: { url: { type: 'string', format: 'uri' } },
                  },
                ],
              },
            },
            'multipart/form-data': {
              schema: { type: 'object', additionalProperties: { type: 'string', format: 'binary' } },
            },
          },
        },
        responses: {
          200: ok('Nothing new: every article was already stored'),
          201: ok('Stored: ids added and unchanged, diagnostics'),
          400: error,
          401: error,
          413: error,
          429: error,
        },
      },
    },
    '/api/documents/{id}': {
      get: read('One document with its text and metadata', { parameters: [idParam] }),
    },
    '/api/documents/{id}/annotations': {
      get: read('What was found in one document, with offsets into its text', { parameters: [idParam] }),
    },
    '/api/decisions': {
      get: listing('Analyst decisions in the order made', [
        query('kind', 'Only decisions of this kind (merge, split, ach-cell, undo, ...)'),
        query('target', 'Only decisions about this target'),
      ]),
      post: {
        summary: "Record an analyst decision; `who` is the token's name",
        requestBody: {
          required: true,
          ...json({
            type: 'object',
            required: ['kind', 'target', 'after'],
            properties: {
              kind: { type: 'string' },
              target: { type: 'string' },
              before: {},
              after: {},
              note: { type: 'string' },
            },
          }),
        },
        responses: { 201: ok('The stored decision'), 400: error, 401: error, 413: error, 429: error },
      },
    },
    '/api/decisions/{id}/undo': {
      post: {
        summary:
          'Take back a decision by recording a new one (history is kept): an ACH cell gets its earlier grade back; anything else gets an `undo` decision naming it',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }],
        responses: { 201: ok('The new decision'), 401: error, 404: error, 429: error },
      },
    },
    '/api/questions': { get: read('The watch questions the server was started with (ids and titles)') },
    '/api/questions/{id}': {
      get: read('One question assessed: { question, indicators, matrix, bottomLines, forecast }', {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      }),
    },
    '/api/events': {
      get: {
        summary: 'Server-sent events: `ready`, then `document` (ingested) and `decision` (recorded)',
        responses: { 200: { description: 'text/event-stream' }, 401: error, 429: error },
      },
    },
    '/api/entities': { get: listing('Entities resolved across documents, with aliases') },
    '/api/claims': {
      get: listing('Claim clusters: one proposition and the documents that state it', [
        query('contested', 'true: only contested clusters; false: only the others', {
          type: 'string',
          enum: ['true', 'false'],
        }),
        query('entity', 'Only clusters with a claim sentence that mentions this entity (id, name or alias)'),
      ]),
    },
    '/api/conflicts': {
      get: listing('Clusters whose sources disagree, with the explanation', [
        query('verdict', 'Only conflicts with this verdict', {
          type: 'string',
          enum: ['conflict', 'compatible', 'refinement', 'change'],
        }),
      ]),
    },
    '/api/citations': {
      get: listing('The citation graph: one edge per document and named origin it repeats, with the cue', [
        query('document', "Only this document's citations (its id)"),
      ]),
    },
  },
} as const;
