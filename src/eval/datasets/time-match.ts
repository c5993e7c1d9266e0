import type { Span } from '../../core/index.js';

/** A predicted time expression as every system reports it for scoring. */
export interface PredictedTime {
  readonly span: Span;
  readonly value: string;
}

/** A gold time expression: every occurrence of its surface in the text, and its value. */
export interface GoldTime {
  readonly spans: readonly Span[];
  readonly value: string;
}

const overlap = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/**
 * Span overlap and equal value. A gold item is found when some prediction overlaps one of its
 * occurrences with its value. A prediction that matches some gold item is never a false positive
 * (the gold lists a repeated surface once). With `keyOnly`, a prediction that overlaps no gold
 * occurrence is not counted either: the gold lists key expressions, not all of them.
 */
export function matchTimes(
  predicted: readonly PredictedTime[],
  gold: readonly GoldTime[],
  keyOnly: boolean,
): { tp: number; fp: number; fn: number } {
  const hit = (p: PredictedTime, g: GoldTime): boolean =>
    p.value === g.value && g.spans.some((s) => overlap(s, p.span));
  const tp = gold.filter((g) => predicted.some((p) => hit(p, g))).length;
  const fp = predicted.filter(
    (p) =>
      !gold.some((g) => hit(p, g)) && (!keyOnly || gold.some((g) => g.spans.some((s) => overlap(s, p.span)))),
  ).length;
  return { tp, fp, fn: gold.length - tp };
}
