import type { Threshold } from '../question/index.js';
import type { IndicatorStatus, ReportedValue } from '../types.js';
import { latestValue } from './values.js';

const meets = (t: Threshold, v: number): boolean =>
  t.op === '>' ? v > t.value : t.op === '>=' ? v >= t.value : t.op === '<' ? v < t.value : v <= t.value;

/**
 * The indicator's status against its thresholds, judged on the latest figure of the measure each
 * threshold names: warning beats watch; `normal` when figures exist and none is crossed;
 * `observed` when there is evidence but nothing to compare; `no evidence` when nothing matched.
 */
export function statusOf(
  thresholds: readonly Threshold[],
  values: readonly ReportedValue[],
  hasEvidence: boolean,
): { status: IndicatorStatus; threshold?: Threshold } {
  if (!hasEvidence) return { status: 'no evidence' };
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
