import { extractAttributions } from '../attribution/index.js';
import { defineStage } from '../stage.js';

/**
 * Who says what: speaker, cue and content spans, with nesting ("according to X, Y said ..."); and,
 * apart, who wants, fears or backs what (attitudes).
 */
export const attributionStage = defineStage({
  name: 'attributions',
  module: import.meta.url,
  needs: ['tokenView', 'mentions'],
  provides: ['attributions', 'attitudes'],
  run: (text, layers) => extractAttributions(text, layers.tokenView, layers.mentions),
});
