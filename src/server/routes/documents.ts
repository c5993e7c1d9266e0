import type { Hono } from 'hono';
import { z } from 'zod';
import type { AnnotationsJson, DocumentPage, FullDocument } from '../../core/api-contract.js';
import { extractionJson } from '../../core/extraction-json.js';
import { isSitrepError } from '../../core/index.js';
import { documentJson } from '../../jobs/document-views.js';
import { apiError } from '../api-error.js';
import { ArticleBody, ingestRequest, readMultipart, UrlBody } from '../ingest-request.js';
import { firstIssue, Pagination } from '../pagination.js';
import type { ServerContext, ServerEnv } from '../server-env.js';

const ID = /^[0-9a-f]{4,64}$/;

/** `?outlet` (the outlet's name) and `?q` (words in the title or text) narrow a listing. */
const DocumentQuery = Pagination.extend({
  outlet: z.string().max(200).optional(),
  q: z.string().max(200).optional(),
});

async function findDocument(ctx: ServerContext, id: string) {
  if (!ID.test(id)) return undefined;
  try {
    return await ctx.store.getDocument(id);
  } catch (error) {
    if (isSitrepError(error) && error.code === 'E_AMBIGUOUS_ID') return undefined;
    throw error;
  }
}

/** Documents: list (newest first, filtered), one with its text, its annotations, and ingest. */
export function documentRoutes(app: Hono<ServerEnv>, ctx: ServerContext): void {
  app.get('/api/documents', async (c) => {
    const page = DocumentQuery.safeParse(c.req.query());
    if (!page.success) return apiError(c, 'E_BAD_REQUEST', firstIssue(page.error));
    const { limit, offset, outlet, q } = page.data;
    const filter = { ...(outlet ? { outlet } : {}), ...(q ? { contains: q } : {}) };
    const [docs, total] = await Promise.all([
      ctx.store.listDocuments({ ...filter, limit, offset, order: 'newest' }),
      ctx.store.countDocuments(filter),
    ]);
    return c.json({ total, limit, offset, documents: docs.map(documentJson) } satisfies DocumentPage);
  });

  app.get('/api/documents/:id', async (c) => {
    const doc = await findDocument(ctx, c.req.param('id'));
    if (!doc) return apiError(c, 'E_NOT_FOUND', `no document with id ${c.req.param('id')}`);
    return c.json({
      ...documentJson({ ...doc, length: doc.text.length }),
      text: doc.text,
    } satisfies FullDocument);
  });

  app.get('/api/documents/:id/annotations', async (c) => {
    const doc = await findDocument(ctx, c.req.param('id'));
    if (!doc) return apiError(c, 'E_NOT_FOUND', `no document with id ${c.req.param('id')}`);
    const stored = await ctx.store.getAnnotations(doc.id);
    if (!stored) return apiError(c, 'E_NOT_FOUND', `document ${doc.id} is not annotated yet`);
    const body = { id: doc.id, version: stored.version, ...extractionJson(doc.text, stored.annotations) };
    return c.json(body satisfies AnnotationsJson);
  });

  app.post('/api/documents', async (c) => {
    const type = c.req.header('content-type') ?? '';
    let outcome: Awaited<ReturnType<typeof ingestRequest>>;
    if (type.startsWith('multipart/form-data')) {
      // Parsed in a worker thread with the files' reading: the request loop only passes the bytes on.
      const read = await readMultipart(c.req.raw.body, type);
      if (!read.ok) return apiError(c, 'E_BAD_REQUEST', read.reason);
      outcome = await ingestRequest(ctx.store, ctx.hub, { read: read.outcomes });
    } else if (type.startsWith('application/json')) {
      const json: unknown = await c.req.json().catch(() => undefined);
      const byUrl = typeof json === 'object' && json !== null && !('text' in json) && 'url' in json;
      const body = (byUrl ? UrlBody : ArticleBody).safeParse(json);
      if (!body.success) return apiError(c, 'E_BAD_REQUEST', firstIssue(body.error));
      outcome = await ingestRequest(
        ctx.store,
        ctx.hub,
        'text' in body.data
          ? { article: body.data }
          : { url: body.data.url, allowPrivate: ctx.allowPrivateUrls },
      );
    } else {
      return apiError(
        c,
        'E_BAD_REQUEST',
        `expected application/json or multipart/form-data, found ${type || 'none'}`,
      );
    }
    if (outcome.added.length === 0 && outcome.unchanged.length === 0) {
      return apiError(c, 'E_BAD_REQUEST', `nothing could be read: ${outcome.diagnostics.join('; ')}`);
    }
    return c.json(outcome, outcome.added.length > 0 ? 201 : 200);
  });
}
