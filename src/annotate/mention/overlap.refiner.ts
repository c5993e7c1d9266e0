import { inOrder } from '../in-order.js';
import { byStart, type Candidate, type Refiner } from './candidate.js';

// Order matters: when two readings cover the same words, the earlier kind wins a tie in length.
const rank: Record<Candidate['kind'], number> = {
  equipment: 0,
  unit: 1,
  person: 2,
  organisation: 3,
  place: 4,
  demonym: 5,
  unknown: 6,
};

const better = (a: Candidate, b: Candidate): boolean => {
  const la = a.end - a.start;
  const lb = b.end - b.start;
  return la !== lb ? la > lb : rank[a.kind] < rank[b.kind];
};

/** Keeps non-overlapping candidates, the longer (then the higher-ranked) of any two that overlap. */
export const overlapRefiner: Refiner = (_ctx, candidates) => {
  const sorted = inOrder(candidates, byStart) ? candidates : [...candidates].sort(byStart);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    const last = kept[kept.length - 1];
    if (!last || c.start >= last.end) kept.push(c);
    else if (better(c, last)) kept[kept.length - 1] = c;
  }
  return kept;
};
