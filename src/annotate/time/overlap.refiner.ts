import type { Refiner, TimeCandidate } from './candidate.js';

const length = (c: TimeCandidate): number => c.end - c.start;

/**
 * Of overlapping candidates keeps the longest (the earlier in the list on a tie, so chrono wins
 * over the small parsers). One sweep in text order, linear after the sort.
 */
export const overlapRefiner: Refiner = (_ctx, candidates) => {
  const sorted = candidates.map((c, i) => ({ c, i })).sort((a, b) => a.c.start - b.c.start || a.i - b.i);
  const kept: { c: TimeCandidate; i: number }[] = [];
  for (const next of sorted) {
    const last = kept[kept.length - 1];
    if (!last || last.c.end <= next.c.start) kept.push(next);
    else if (length(next.c) > length(last.c) || (length(next.c) === length(last.c) && next.i < last.i)) {
      kept[kept.length - 1] = next;
    }
  }
  return kept.map((k) => k.c);
};
