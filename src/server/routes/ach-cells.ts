import { ACH_CELL } from '../../assess/index.js';
import type { ServerContext } from '../server-env.js';

/** `<evidenceId>:<hypothesisId>` split at its last colon (evidence ids may be `not-<indicator>`). */
const cellOf = (target: string) => {
  const at = target.lastIndexOf(':');
  return at <= 0 || at === target.length - 1
    ? undefined
    : { evidence: target.slice(0, at), hypothesis: target.slice(at + 1) };
};

/**
 * Why an ACH cell target is wrong, or undefined: it must read `<evidenceId>:<hypothesisId>`, and
 * when the server has questions, name an indicator (or `not-<indicator>`) and a hypothesis of one.
 */
export function cellProblem(ctx: ServerContext, target: string): string | undefined {
  const cell = cellOf(target);
  if (!cell) return `target: expected <evidenceId>:<hypothesisId>, found "${target}"`;
  if (ctx.questions.length === 0) return undefined;
  const fits = ctx.questions.some(
    ({ question }) =>
      question.hypotheses.some((h) => h.id === cell.hypothesis) &&
      question.indicators.some((i) => i.id === cell.evidence || `not-${i.id}` === cell.evidence),
  );
  return fits
    ? undefined
    : `target: no question has evidence "${cell.evidence}" and hypothesis "${cell.hypothesis}"`;
}

/** The grade a new cell decision replaces: the analyst's last one in force, else the machine's. */
export async function currentCellGrade(ctx: ServerContext, target: string): Promise<string | null> {
  const { decisions } = await ctx.collection();
  const last = decisions.filter((d) => d.kind === ACH_CELL && d.target === target).pop();
  if (last) return String(last.after);
  const cell = cellOf(target);
  if (!cell) return null;
  for (const { id } of ctx.questions) {
    const assessment = await ctx.assessment(id);
    const item = assessment?.matrix.items.find((i) => i.id === cell.evidence);
    const grade = item?.cells.find((c) => c.hypothesis === cell.hypothesis)?.grade;
    if (grade) return grade;
  }
  return null;
}
