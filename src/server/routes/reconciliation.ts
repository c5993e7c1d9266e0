import type { Hono } from 'hono';
import { loadCorpus } from '../../jobs/load-corpus.js';
import { reconcile } from '../../resolve/index.js';
import type { Reconciliation } from '../../resolve/types.js';
import { apiError } from '../api-error.js';
import { firstIssue, Pagination } from '../pagination.js';
import type { ServerContext, ServerEnv } from '../server-env.js';

/**
 * Reconciles the whole collection with the stored decisions, once per state of the store: the result
 * is kept until a document or a decision is added.
 */
function reconciler(ctx: ServerContext): () => Promise<Reconciliation> {
  let cached: { key: string; value: Promise<Reconciliation> } | undefined;
  return async () => {
    const decisions = await ctx.store.listDecisions();
    const key = `${await ctx.store.countDocuments()}:${decisions.length}`;
    if (cached?.key !== key) {
      const value = loadCorpus(ctx.store).then((corpus) => reconcile(corpus, decisions));
      cached = { key, value };
      value.catch(() => {
        if (cached?.value === value) cached = undefined;
      });
    }
    return cached.value;
  };
}

const lists = {
  '/api/entities': 'entities',
  '/api/claims': 'clusters',
  '/api/conflicts': 'conflicts',
} as const;

/** Entities, claim clusters and conflicts across the collection, paginated. */
export function reconciliationRoutes(app: Hono<ServerEnv>, ctx: ServerContext): void {
  const current = reconciler(ctx);
  for (const [path, field] of Object.entries(lists)) {
    app.get(path, async (c) => {
      const page = Pagination.safeParse(c.req.query());
      if (!page.success) return apiError(c, 'E_BAD_REQUEST', firstIssue(page.error));
      const { limit, offset } = page.data;
      const items = (await current())[field];
      return c.json({ total: items.length, limit, offset, [field]: items.slice(offset, offset + limit) });
    });
  }
}
