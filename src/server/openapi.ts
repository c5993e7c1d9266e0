import { z } from 'zod';
import * as api from './api-schemas.js';
import { ArticleBody, UrlBody } from './ingest-request.js';
import { DecisionBody } from './routes/decisions.js';

/**
 * The OpenAPI 3.1 description of the API. Its schemas are generated from the zod schemas that
 * validate requests (bodies) and describe responses (api-schemas.ts); a test checks it against the
 * routes, lints it with Redocly and validates real responses against it.
 */

const ref = (schema: z.ZodType): { $ref: string } => {
  const id = api.apiSchemas.get(schema)?.id;
  if (!id) throw new Error('an API response schema has no id');
  return { $ref: `#/components/schemas/${id}` };
};
/** A JSON Schema for a request body, as the client writes it. */
const input = (schema: z.ZodType) => {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  return rest;
};
const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const ok = (description: string, schema: z.ZodType) => ({ description, ...json(ref(schema)) });
const error = (description: string) => ({ description, ...json(ref(api.apiError)) });
const errors = {
  400: error('E_BAD_REQUEST: a parameter or body is invalid'),
  401: error('E_UNAUTHORIZED: no token, or a token that is not known'),
  404: error('E_NOT_FOUND: nothing with that id'),
  413: error('E_TOO_LARGE: the body is over the limit'),
  429: error('E_RATE_LIMITED: too many requests; retry after the Retry-After seconds'),
} as const;
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
const read = (operationId: string, summary: string, schema: z.ZodType, extra: object = {}) => ({
  operationId,
  summary,
  responses: {
    200: ok(summary, schema),
    400: errors[400],
    401: errors[401],
    404: errors[404],
    429: errors[429],
  },
  ...extra,
});
const listing = (operationId: string, summary: string, schema: z.ZodType, filters: object[] = []) =>
  read(operationId, summary, schema, { parameters: [...page, ...filters] });
const query = (name: string, description: string, schema: object = { type: 'string' }) => ({
  name,
  in: 'query',
  description,
  schema,
});

/** The named schemas, without the JSON Schema dialect line each would repeat. */
const componentSchemas = (): Record<string, object> => {
  const { schemas } = z.toJSONSchema(api.apiSchemas, {
    io: 'input',
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
  });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, { $schema: _, $id: __, ...schema }]) => [id, schema]),
  );
};

export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'sitrep',
    version: '0.1.0',
    description:
      'Evidence workbench API. Writes need `Authorization: Bearer <token>` (`sitrep token create`); reads too unless the server runs with `--public-read`. Errors are `{ error: { code, message } }` with the codes of docs/errors.md.',
    license: { name: 'MIT', identifier: 'MIT' },
  },
  servers: [{ url: 'http://127.0.0.1:4000', description: '`sitrep serve` on its default port' }],
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    schemas: componentSchemas(),
  },
  security: [{ bearer: [] }],
  paths: {
    '/': {
      get: {
        operationId: 'getHome',
        summary: 'A small page listing the newest documents',
        security: [],
        responses: { 200: { description: 'HTML', content: { 'text/html': { schema: { type: 'string' } } } } },
      },
    },
    '/openapi.json': {
      get: {
        operationId: 'getOpenApi',
        summary: 'This document',
        security: [],
        responses: { 200: { description: 'OpenAPI 3.1', ...json({ type: 'object' }) } },
      },
    },
    '/api/documents': {
      get: listing(
        'listDocuments',
        'Stored documents, newest first (by published date, undated last)',
        api.documentPage,
        [
          query('outlet', "Only this outlet's documents (its name, case-insensitive)"),
          query('q', 'Only documents whose title or text contains this (case-insensitive)'),
        ],
      ),
      post: {
        operationId: 'ingestDocuments',
        summary: 'Ingest one article (JSON) or uploaded files (multipart); stores and annotates them',
        requestBody: {
          required: true,
          content: {
            'application/json': { schema: { oneOf: [input(ArticleBody), input(UrlBody)] } },
            'multipart/form-data': {
              schema: { type: 'object', additionalProperties: { type: 'string', format: 'binary' } },
            },
          },
        },
        responses: {
          200: ok('Nothing new: every article was already stored', api.ingestOutcome),
          201: ok('Stored: ids added and unchanged, diagnostics', api.ingestOutcome),
          400: errors[400],
          401: errors[401],
          413: errors[413],
          429: errors[429],
        },
      },
    },
    '/api/documents/{id}': {
      get: read('getDocument', 'One document with its text and metadata', api.fullDocument, {
        parameters: [idParam],
      }),
    },
    '/api/documents/{id}/annotations': {
      get: read(
        'getDocumentAnnotations',
        'What was found in one document, with offsets into its text',
        api.annotationsJson,
        { parameters: [idParam] },
      ),
    },
    '/api/decisions': {
      get: listing('listDecisions', 'Analyst decisions in the order made', api.decisionPage, [
        query('kind', 'Only decisions of this kind (merge, split, ach-cell, undo, ...)'),
        query('target', 'Only decisions about this target'),
      ]),
      post: {
        operationId: 'recordDecision',
        summary: "Record an analyst decision; `who` is the token's name",
        requestBody: { required: true, ...json(input(DecisionBody)) },
        responses: {
          201: ok('The stored decision', api.decision),
          400: errors[400],
          401: errors[401],
          413: errors[413],
          429: errors[429],
        },
      },
    },
    '/api/decisions/{id}/undo': {
      post: {
        operationId: 'undoDecision',
        summary:
          'Take back a decision by recording a new one (history is kept): an ACH cell gets its earlier grade back; anything else gets an `undo` decision naming it',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }],
        responses: {
          201: ok('The new decision', api.decision),
          401: errors[401],
          404: errors[404],
          429: errors[429],
        },
      },
    },
    '/api/questions': {
      get: read(
        'listQuestions',
        'The watch questions the server was started with (ids and titles)',
        api.questionList,
      ),
    },
    '/api/questions/{id}': {
      get: read(
        'getAssessment',
        'One question assessed: { question, indicators, matrix, bottomLines, forecast }',
        api.assessment,
        { parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }] },
      ),
    },
    '/api/events': {
      get: {
        operationId: 'streamEvents',
        summary: 'Server-sent events: `ready`, then `document` (ingested) and `decision` (recorded)',
        responses: {
          200: {
            description: 'An event stream',
            content: { 'text/event-stream': { schema: { type: 'string' } } },
          },
          401: errors[401],
          429: errors[429],
        },
      },
    },
    '/api/entities': {
      get: listing('listEntities', 'Entities resolved across documents, with aliases', api.entityPage),
    },
    '/api/claims': {
      get: listing(
        'listClaims',
        'Claim clusters: one proposition and the documents that state it',
        api.clusterPage,
        [
          query('contested', 'true: only contested clusters; false: only the others', {
            type: 'string',
            enum: ['true', 'false'],
          }),
          query(
            'entity',
            'Only clusters with a claim sentence that mentions this entity (id, name or alias)',
          ),
        ],
      ),
    },
    '/api/conflicts': {
      get: listing(
        'listConflicts',
        'Clusters whose sources disagree, with the explanation',
        api.conflictPage,
        [
          query('verdict', 'Only conflicts with this verdict', {
            type: 'string',
            enum: ['conflict', 'compatible', 'refinement'],
          }),
        ],
      ),
    },
    '/api/citations': {
      get: listing(
        'listCitations',
        'The citation graph: one edge per document and named origin it repeats, with the cue',
        api.citationPage,
        [query('document', "Only this document's citations (its id)")],
      ),
    },
  },
} as const;
