import { extractAttributions } from '../attribution/index.js';
import { defineStage } from '../stage.js';

/** Who says what: speaker, cue and content spans, with nesting ("according to X, Y said ..."). */
export const attributionStage = defineStage({
  name: 'attributions',
  module: import.meta.url,
  needs: ['tokenView', 'mentions'],
  provides: ['attributions'],
  run: (text, layers) => ({
    attributions: extractAttributions(text, layers.tokenView, layers.mentions),
  }),
});
