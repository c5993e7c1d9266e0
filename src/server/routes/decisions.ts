import type { Hono } from 'hono';
import { z } from 'zod';
import { ACH_CELL, parseGrade } from '../../assess/index.js';
import type { Decision as DecisionJson, DecisionPage } from '../../core/api-contract.js';
import { UNDO } from '../../resolve/index.js';
import type { Decision } from '../../store/index.js';
import { apiError } from '../api-error.js';
import { firstIssue, Pagination } from '../pagination.js';
import type { ServerContext, ServerEnv } from '../server-env.js';
import { cellProblem, currentCellGrade } from './ach-cells.js';

export const DecisionBody = z.object({
  kind: z.string().min(1).max(64),
  target: z.string().min(1).max(512),
  before: z.unknown().optional(),
  after: z.unknown().refine((v) => v !== undefined, 'is required'),
  note: z.string().max(4000).optional(),
});

const DecisionFilter = Pagination.extend({
  kind: z.string().max(64).optional(),
  target: z.string().max(512).optional(),
});

const ID = /^[1-9]\d{0,15}$/;

/**
 * The decision that takes back another: for an ACH cell whose earlier grade is known, that grade set
 * again; for anything else an `undo` naming it, which resolve and assess honour. History stays whole.
 */
const undoOf = (d: Decision) =>
  d.kind === ACH_CELL && parseGrade(d.before) !== undefined
    ? { kind: ACH_CELL, target: d.target, before: d.after, after: d.before }
    : { kind: UNDO, target: String(d.id), before: d.after, after: d.before ?? null };

/** Analyst decisions: the audit log, read in order; a new one is recorded under the token's name. */
export function decisionRoutes(app: Hono<ServerEnv>, ctx: ServerContext): void {
  const record = async (who: string | undefined, d: Omit<Decision, 'id' | 'at' | 'who'>) => {
    const decision = await ctx.store.addDecision({ who: who ?? 'anonymous', ...d });
    ctx.hub.publish({ kind: 'decision', id: decision.id, decisionKind: d.kind, target: d.target });
    return decision;
  };

  app.get('/api/decisions', async (c) => {
    const query = DecisionFilter.safeParse(c.req.query());
    if (!query.success) return apiError(c, 'E_BAD_REQUEST', firstIssue(query.error));
    const { kind, target, limit, offset } = query.data;
    const found = await ctx.store.findDecisions({
      limit,
      offset,
      ...(kind ? { kind } : {}),
      ...(target ? { target } : {}),
    });
    return c.json({ total: found.total, limit, offset, decisions: found.decisions } satisfies DecisionPage);
  });

  app.post('/api/decisions', async (c) => {
    const body = DecisionBody.safeParse(await c.req.json().catch(() => undefined));
    if (!body.success) return apiError(c, 'E_BAD_REQUEST', firstIssue(body.error));
    const { kind, target, note } = body.data;
    let { before, after } = body.data;
    if (kind === ACH_CELL) {
      const grade = parseGrade(after);
      if (grade === undefined)
        return apiError(
          c,
          'E_BAD_REQUEST',
          `after: expected a grade (CC, C, N, I or II), found ${JSON.stringify(after)}`,
        );
      const problem = cellProblem(ctx, target);
      if (problem) return apiError(c, 'E_BAD_REQUEST', problem);
      after = grade;
      before ??= await currentCellGrade(ctx, target);
    }
    if (kind === UNDO)
      return apiError(c, 'E_BAD_REQUEST', 'kind: record an undo with POST /api/decisions/{id}/undo');
    const decision = await record(c.get('who'), {
      kind,
      target,
      before: before ?? null,
      after,
      ...(note === undefined ? {} : { note }),
    });
    return c.json(decision satisfies DecisionJson, 201);
  });

  app.post('/api/decisions/:id/undo', async (c) => {
    const id = c.req.param('id');
    const undone = ID.test(id) ? await ctx.store.getDecision(Number(id)) : undefined;
    if (!undone) return apiError(c, 'E_NOT_FOUND', `no decision with id ${id}`);
    const decision = await record(c.get('who'), { ...undoOf(undone), note: `undo of decision ${undone.id}` });
    return c.json(decision satisfies DecisionJson, 201);
  });
}
