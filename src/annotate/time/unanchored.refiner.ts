import type { Refiner } from './candidate.js';

/**
 * Without a reference date only what the text states fully can be kept: "in October" or
 * "yesterday" in an undated document would need a guess, and the clock is never a reference.
 */
export const unanchoredRefiner: Refiner = ({ reference }, candidates) =>
  reference ? [...candidates] : candidates.filter((c) => c.anchor === 'absolute');
