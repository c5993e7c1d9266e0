import { DECISION_KINDS } from '../../core/api-contract.js';
import type { AnalystDecision, GradeCode } from '../types.js';
import { parseGrade } from './grades.js';

/** The kind of an analyst's grade of one ACH cell; its target is `cellTarget`. */
export const ACH_CELL = DECISION_KINDS.achCell;

/** The decision target of one matrix cell: `<evidenceId>:<hypothesisId>`. */
export const cellTarget = (evidenceId: string, hypothesisId: string): string =>
  `${evidenceId}:${hypothesisId}`;

export interface CellOverride {
  readonly grade: GradeCode;
  readonly who: string;
  readonly at: string;
}

/** The analyst's latest grade for each cell; decisions with an unreadable grade are ignored. */
export function cellOverrides(decisions: readonly AnalystDecision[]): ReadonlyMap<string, CellOverride> {
  const latest = new Map<string, CellOverride>();
  const ordered = decisions
    .map((d, i) => ({ d, i }))
    .filter(({ d }) => d.kind === ACH_CELL)
    .sort((a, b) => a.d.at.localeCompare(b.d.at) || a.i - b.i);
  for (const { d } of ordered) {
    const grade = parseGrade(d.after);
    if (grade) latest.set(d.target, { grade, who: d.who, at: d.at });
  }
  return latest;
}
