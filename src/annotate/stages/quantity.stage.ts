import type { Token } from '../../core/index.js';
import { extractQuantities } from '../quantity/extract.js';
import { defineStage } from '../stage.js';

/**
 * Figures with qualifier, unit, currency and the thing counted, chrono-node style: small parsers
 * find candidates, ordered refiners (src/annotate/quantity/configuration.ts) shape them. wink-nlp's
 * parts of speech, from the tokens layer, tell where the thing counted ends.
 */
export const quantityStage = defineStage({
  name: 'quantities',
  module: import.meta.url,
  needs: ['sentences', 'tokens'],
  provides: ['quantities'],
  run(text, layers) {
    const { tokens } = layers;
    const lookup = {
      get: (start: number) => tokenAt(tokens, start)?.pos,
      lemma: (start: number) => tokenAt(tokens, start)?.lemma,
    };
    return { quantities: extractQuantities(text, lookup) };
  },
});

/**
 * The token starting at `start`, by binary search over the tokens (in text order): no map of every
 * token to build and collect, which on a long text costs more than the lookups themselves.
 */
function tokenAt(tokens: readonly Token[], start: number): Token | undefined {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.span.start ?? 0) <= start) lo = mid + 1;
    else hi = mid;
  }
  const token = tokens[lo - 1];
  return token?.span.start === start ? token : undefined;
}
