import { buildClaims } from '../claim/index.js';
import { defineStage } from '../stage.js';

/** One record per checkable statement, linking its figure, report, estimate, time and actors. */
export const claimStage = defineStage({
  name: 'claims',
  module: import.meta.url,
  needs: ['tokens', 'tokenView', 'mentions', 'quantities', 'times', 'attributions', 'certainty'],
  provides: ['claims'],
  run: (text, layers) => ({ claims: buildClaims(text, layers) }),
});
