import { inOrder } from '../in-order.js';
import type { Candidate, Refiner } from './candidate.js';

const byPosition = (a: Candidate, b: Candidate): number => a.first - b.first || b.last - a.last;

/** Keeps one candidate where several overlap: the one starting first, then the longest. */
export const overlapRefiner: Refiner = (_ctx, candidates) => {
  const sorted = inOrder(candidates, byPosition) ? candidates : [...candidates].sort(byPosition);
  const out: Candidate[] = [];
  for (const c of sorted) {
    const previous = out.at(-1);
    if (previous && c.first <= previous.last) continue;
    out.push(c);
  }
  return out;
};
