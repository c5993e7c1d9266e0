import type { Hono } from 'hono';
import type { Assessment, QuestionList } from '../../core/api-contract.js';
import { apiError } from '../api-error.js';
import type { ServerContext, ServerEnv } from '../server-env.js';

/** The watch questions the server was started with: a list, and one with its board and forecast. */
export function questionRoutes(app: Hono<ServerEnv>, ctx: ServerContext): void {
  app.get('/api/questions', (c) =>
    c.json({
      questions: ctx.questions.map(({ id, question }) => ({
        id,
        title: question.question,
        horizon: question.horizon,
      })),
    } satisfies QuestionList),
  );

  app.get('/api/questions/:id', async (c) => {
    const id = c.req.param('id');
    const found = await ctx.assessment(id);
    if (!found) {
      const known = ctx.questions.map((q) => q.id).join(', ') || 'none (start with --question <file>)';
      return apiError(c, 'E_NOT_FOUND', `no question "${id}"; the questions are ${known}`);
    }
    return c.json({ id, ...found } satisfies Assessment);
  });
}
