import type { Annotations } from './annotations.js';

/** A document's annotations with every layer empty: the base a fixture spreads its own layers over. */
export const emptyAnnotations: Annotations = {
  sentences: [],
  tokens: [],
  mentions: [],
  quantities: [],
  times: [],
  attributions: [],
  attitudes: [],
  certainty: [],
  claims: [],
};
