import type { Stage } from '../stage.js';

// Placeholder until this stage is built: provides an empty layer so the pipeline stays whole.
export const claimStage: Stage = {
  name: 'claims',
  needs: ['sentences', 'tokens'],
  provides: ['claims'],
  run: () => ({ claims: [] }),
};
