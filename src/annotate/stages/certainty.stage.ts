import type { Stage } from '../stage.js';

// Placeholder until this stage is built: provides an empty layer so the pipeline stays whole.
export const certaintyStage: Stage = {
  name: 'certainty',
  needs: ['sentences', 'tokens'],
  provides: ['certainty'],
  run: () => ({ certainty: [] }),
};
