import type { Stage } from '../stage.js';

// Placeholder until this stage is built: provides an empty layer so the pipeline stays whole.
export const quantityStage: Stage = {
  name: 'quantities',
  needs: ['sentences', 'tokens'],
  provides: ['quantities'],
  run: () => ({ quantities: [] }),
};
