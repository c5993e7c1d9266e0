import type { Candidate, Refiner } from './candidate.js';

/** Keeps one candidate where several overlap: the one starting first, then the longest. */
export const overlapRefiner: Refiner = (_ctx, candidates) => {
  const sorted = [...candidates].sort((a, b) => a.first - b.first || b.last - a.last);
  const out: Candidate[] = [];
  for (const c of sorted) {
    const previous = out.at(-1);
    if (previous && c.first <= previous.last) continue;
    out.push(c);
  }
  return out;
};
