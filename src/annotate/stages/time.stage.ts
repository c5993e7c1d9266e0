import type { Stage } from '../stage.js';

// Placeholder until this stage is built: provides an empty layer so the pipeline stays whole.
export const timeStage: Stage = {
  name: 'times',
  needs: ['sentences', 'tokens'],
  provides: ['times'],
  run: () => ({ times: [] }),
};
