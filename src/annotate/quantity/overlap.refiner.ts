import { sortInPlace } from '../in-place.js';
import type { Candidate, Refiner } from './candidate.js';

const byPosition = (a: Candidate, b: Candidate): number => a.first - b.first || b.last - a.last;

/** Keeps one candidate where several overlap: the one starting first, then the longest. */
export const overlapRefiner: Refiner = (_ctx, candidates) => {
  const sorted = sortInPlace(candidates, byPosition);
  // In place: the kept candidates are written behind the ones still to read (j <= k).
  let j = 0;
  for (let k = 0; k < sorted.length; k++) {
    const c = sorted[k] as Candidate;
    const previous = sorted[j - 1];
    if (previous && c.first <= previous.last) continue;
    if (j !== k) sorted[j] = c;
    j++;
  }
  sorted.length = j;
  return sorted;
};
