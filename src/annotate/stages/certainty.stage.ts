import { extractCertainty } from '../certainty/index.js';
import { defineStage } from '../stage.js';

/** Hedges, boosters and negation mapped to ICD 203 estimative bands, each with the clause it governs. */
export const certaintyStage = defineStage({
  name: 'certainty',
  module: import.meta.url,
  needs: ['tokenView'],
  provides: ['certainty'],
  run: (text, layers) => ({ certainty: extractCertainty(text, layers.tokenView) }),
});
