import type { Hono } from 'hono';
import { z } from 'zod';
import { apiError } from '../api-error.js';
import { firstIssue } from '../pagination.js';
import type { ServerContext, ServerEnv } from '../server-env.js';

const DecisionBody = z.object({
  kind: z.string().min(1).max(64),
  target: z.string().min(1).max(512),
  before: z.unknown().optional(),
  after: z.unknown().refine((v) => v !== undefined, 'is required'),
  note: z.string().max(4000).optional(),
});

/** Analyst decisions: the audit log, read in order; a new one is recorded under the token's name. */
export function decisionRoutes(app: Hono<ServerEnv>, ctx: ServerContext): void {
  app.get('/api/decisions', async (c) => {
    const kind = c.req.query('kind');
    return c.json({ decisions: await ctx.store.listDecisions(kind || undefined) });
  });

  app.post('/api/decisions', async (c) => {
    const body = DecisionBody.safeParse(await c.req.json().catch(() => undefined));
    if (!body.success) return apiError(c, 'E_BAD_REQUEST', firstIssue(body.error));
    const { kind, target, before, after, note } = body.data;
    const decision = await ctx.store.addDecision({
      who: c.get('who') ?? 'anonymous',
      kind,
      target,
      before: before ?? null,
      after,
      ...(note === undefined ? {} : { note }),
    });
    ctx.hub.publish({ kind: 'decision', id: decision.id, decisionKind: kind, target });
    return c.json(decision, 201);
  });
}
