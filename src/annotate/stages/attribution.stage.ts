import type { Stage } from '../stage.js';

// Placeholder until this stage is built: provides an empty layer so the pipeline stays whole.
export const attributionStage: Stage = {
  name: 'attributions',
  needs: ['sentences', 'tokens'],
  provides: ['attributions'],
  run: () => ({ attributions: [] }),
};
