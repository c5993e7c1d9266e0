import { buildClaims } from '../claim/index.js';
import { completeLayers, type Stage } from '../stage.js';

/** One record per checkable statement, linking its figure, report, estimate, time and actors. */
export const claimStage: Stage = {
  name: 'claims',
  needs: ['sentences', 'tokens', 'mentions', 'quantities', 'times', 'attributions', 'certainty'],
  provides: ['claims'],
  run: (text, layers) => ({
    claims: buildClaims(text, completeLayers(layers)),
  }),
};
