import type { Stage } from '../stage.js';

// Placeholder until this stage is built: provides an empty layer so the pipeline stays whole.
export const mentionStage: Stage = {
  name: 'mentions',
  needs: ['sentences', 'tokens'],
  provides: ['mentions'],
  run: () => ({ mentions: [] }),
};
