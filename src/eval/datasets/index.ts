import type { EvalDataset } from '../prf.js';

/** Every gold set `npm run eval` scores; one line each. */
export const datasets: readonly EvalDataset[] = [];
