import { findMentions } from '../mention/index.js';
import { defineStage } from '../stage.js';

/** People, organisations, places, demonyms, equipment and military units, each with a within-document entity key. */
export const mentionStage = defineStage({
  name: 'mentions',
  module: import.meta.url,
  needs: ['sentences', 'tokens'],
  provides: ['mentions'],
  run: (text, layers) => ({ mentions: findMentions(text, layers.tokens, layers.sentences) }),
});
