import { sortInPlace } from '../in-place.js';
import type { Refiner } from './candidate.js';

/** The candidates of all parsers in text order (by first token; a stable sort keeps parser order on ties). */
export const positionRefiner: Refiner = (_ctx, candidates) =>
  sortInPlace(candidates, (a, b) => a.first - b.first);
