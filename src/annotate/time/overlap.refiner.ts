import { inOrder } from '../in-order.js';
import type { Refiner, TimeCandidate } from './candidate.js';

const length = (c: TimeCandidate): number => c.end - c.start;
const byStart = (a: TimeCandidate, b: TimeCandidate): number => a.start - b.start;

/**
 * Of overlapping candidates keeps the longest (the earlier in the list on a tie, so chrono wins
 * over the small parsers). One sweep in text order, linear after the sort (none when the candidates
 * come in text order already).
 */
export const overlapRefiner: Refiner = (_ctx, candidates) => {
  const at = (i: number): TimeCandidate => candidates[i] as TimeCandidate;
  const order = inOrder(candidates, byStart)
    ? undefined
    : candidates.map((_, i) => i).sort((a, b) => at(a).start - at(b).start || a - b);
  const kept: number[] = [];
  for (let k = 0; k < candidates.length; k++) {
    const i = order?.[k] ?? k;
    const next = at(i);
    const last = kept[kept.length - 1];
    if (last === undefined || at(last).end <= next.start) kept.push(i);
    else if (length(next) > length(at(last)) || (length(next) === length(at(last)) && i < last)) {
      kept[kept.length - 1] = i;
    }
  }
  return kept.map(at);
};
