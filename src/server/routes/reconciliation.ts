import type { Hono } from 'hono';
import { z } from 'zod';
import type { CitationPage, ClusterPage, ConflictPage, EntityPage, Page } from '../../core/api-contract.js';
import type {
  Citation,
  ClaimCluster,
  Conflict,
  Reconciliation,
  ResolvedEntity,
} from '../../resolve/types.js';
import { apiError } from '../api-error.js';
import { firstIssue, Pagination } from '../pagination.js';
import type { ServerContext, ServerEnv } from '../server-env.js';

const ClaimQuery = Pagination.extend({
  contested: z.enum(['true', 'false']).optional(),
  entity: z.string().min(1).max(200).optional(),
});
const CitationQuery = Pagination.extend({
  document: z.string().min(1).max(200).optional(),
});
const ConflictQuery = Pagination.extend({
  verdict: z.enum(['conflict', 'compatible', 'refinement', 'change']).optional(),
});

/** The entity a query names: by id, else by name or alias (case-insensitive). */
const entityNamed = (entities: readonly ResolvedEntity[], ref: string) => {
  const lower = ref.toLowerCase();
  return (
    entities.find((e) => e.id === ref) ??
    entities.find((e) => e.name.toLowerCase() === lower || e.aliases.some((a) => a.toLowerCase() === lower))
  );
};

/** Whether one of the cluster's claim sentences mentions the entity. */
const mentions = (cluster: ClaimCluster, entity: ResolvedEntity): boolean =>
  cluster.claims.some((claim) =>
    entity.mentions.some(
      (m) =>
        m.document === claim.document &&
        m.span.start >= claim.sentence.start &&
        m.span.end <= claim.sentence.end,
    ),
  );

/** Entities, claim clusters, conflicts and citations across the collection, paginated and filtered. */
export function reconciliationRoutes(app: Hono<ServerEnv>, ctx: ServerContext): void {
  const reconciled = async (): Promise<Reconciliation> => (await ctx.collection()).reconciliation;
  /** One page of a listing under its field's name; each route checks it against its wire type. */
  const page = <K extends string, T>(limit: number, offset: number, field: K, items: readonly T[]) =>
    ({
      total: items.length,
      limit,
      offset,
      [field]: items.slice(offset, offset + limit),
    }) as Page & Record<K, readonly T[]>;

  app.get('/api/entities', async (c) => {
    const query = Pagination.safeParse(c.req.query());
    if (!query.success) return apiError(c, 'E_BAD_REQUEST', firstIssue(query.error));
    const { limit, offset } = query.data;
    return c.json(page(limit, offset, 'entities', (await reconciled()).entities) satisfies EntityPage);
  });

  app.get('/api/claims', async (c) => {
    const query = ClaimQuery.safeParse(c.req.query());
    if (!query.success) return apiError(c, 'E_BAD_REQUEST', firstIssue(query.error));
    const { limit, offset, contested, entity } = query.data;
    const { clusters, entities } = await reconciled();
    let items = clusters;
    if (contested) items = items.filter((cl) => (cl.status === 'contested') === (contested === 'true'));
    if (entity) {
      const found = entityNamed(entities, entity);
      if (!found) return apiError(c, 'E_NOT_FOUND', `no entity with the id, name or alias "${entity}"`);
      items = items.filter((cl) => mentions(cl, found));
    }
    return c.json(page(limit, offset, 'clusters', items) satisfies ClusterPage);
  });

  app.get('/api/conflicts', async (c) => {
    const query = ConflictQuery.safeParse(c.req.query());
    if (!query.success) return apiError(c, 'E_BAD_REQUEST', firstIssue(query.error));
    const { limit, offset, verdict } = query.data;
    const all: readonly Conflict[] = (await reconciled()).conflicts;
    const conflicts = verdict ? all.filter((x) => x.verdict === verdict) : all;
    return c.json(page(limit, offset, 'conflicts', conflicts) satisfies ConflictPage);
  });

  app.get('/api/citations', async (c) => {
    const query = CitationQuery.safeParse(c.req.query());
    if (!query.success) return apiError(c, 'E_BAD_REQUEST', firstIssue(query.error));
    const { limit, offset, document } = query.data;
    const all: readonly Citation[] = (await reconciled()).citations;
    const citations = document ? all.filter((x) => x.document === document) : all;
    return c.json(page(limit, offset, 'citations', citations) satisfies CitationPage);
  });
}
