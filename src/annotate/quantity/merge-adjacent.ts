import type { Candidate, Refiner } from './candidate.js';
import type { ScanContext } from './scan-context.js';

/** A refiner that joins each candidate with the next one wherever `merge` says they form one figure. */
export const mergeAdjacent =
  (merge: (ctx: ScanContext, a: Candidate, b: Candidate) => Candidate | undefined): Refiner =>
  (ctx, candidates) => {
    // In place: the merged list is written behind the candidates still to read (j <= k).
    let j = 0;
    for (let k = 0; k < candidates.length; k++) {
      const a = candidates[k];
      const b = candidates[k + 1];
      if (!a) continue;
      const merged = b ? merge(ctx, a, b) : undefined;
      if (merged) k++;
      const kept = merged ?? a;
      if (kept !== candidates[j]) candidates[j] = kept;
      j++;
    }
    candidates.length = j;
    return candidates;
  };
