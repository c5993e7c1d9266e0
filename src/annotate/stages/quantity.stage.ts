import { extractQuantities } from '../quantity/extract.js';
import type { Stage } from '../stage.js';

/**
 * Figures with qualifier, unit, currency and the thing counted, chrono-node style: small parsers
 * find candidates, ordered refiners (src/annotate/quantity/configuration.ts) shape them. wink-nlp's
 * parts of speech, from the tokens layer, tell where the thing counted ends.
 */
export const quantityStage: Stage = {
  name: 'quantities',
  needs: ['sentences', 'tokens'],
  provides: ['quantities'],
  run(text, layers) {
    const posAt = new Map<number, string>();
    for (const token of layers.tokens ?? []) posAt.set(token.span.start, token.pos);
    return { quantities: extractQuantities(text, posAt) };
  },
};
