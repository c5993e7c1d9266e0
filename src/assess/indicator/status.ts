import type { Threshold } from '../question/index.js';
import type { EvidencePiece, IndicatorStatus, ReportedValue } from '../types.js';
import { balanceOf } from './balance.js';
import { latestValue } from './values.js';

const meets = (t: Threshold, v: number): boolean =>
  t.op === '>' ? v > t.value : t.op === '>=' ? v >= t.value : t.op === '<' ? v < t.value : v <= t.value;

/**
 * The indicator's status: `no evidence` when no report bears on it; `reported-absent` when the
 * reports that it is not happening outweigh those that it is (by independent origin and recency);
 * else against its thresholds, judged on the latest figure of the measure each threshold names:
 * warning beats watch, `normal` when figures exist and none is crossed, `observed` when there is
 * nothing to compare.
 */
export function statusOf(
  thresholds: readonly Threshold[],
  values: readonly ReportedValue[],
  reports: readonly EvidencePiece[],
): { status: IndicatorStatus; threshold?: Threshold } {
  if (reports.length === 0) return { status: 'no evidence' };
  const balance = balanceOf(reports);
  if (balance.against > balance.for) return { status: 'reported-absent' };
  let compared = false;
  for (const level of ['warning', 'watch'] as const) {
    for (const t of thresholds.filter((x) => x.level === level)) {
      const latest = latestValue(values, t.measureKey);
      if (!latest) continue;
      compared = true;
      if (meets(t, latest.value)) return { status: level, threshold: t };
    }
  }
  return { status: compared ? 'normal' : 'observed' };
}
