import { buildClaims } from '../claim/index.js';
import type { Stage } from '../stage.js';

/** One record per checkable statement, linking its figure, report, estimate, time and actors. */
export const claimStage: Stage = {
  name: 'claims',
  needs: ['sentences', 'tokens', 'mentions', 'quantities', 'times', 'attributions', 'certainty'],
  provides: ['claims'],
  run: (text, layers) => ({
    claims: buildClaims(text, {
      sentences: layers.sentences ?? [],
      tokens: layers.tokens ?? [],
      mentions: layers.mentions ?? [],
      quantities: layers.quantities ?? [],
      times: layers.times ?? [],
      attributions: layers.attributions ?? [],
      certainty: layers.certainty ?? [],
    }),
  }),
};
