import { openWordVectors, type WordVectors } from '../../core/word-vectors.js';
import {
  featureNames,
  type PreparedText,
  prepareStanceText,
  stanceFeatures,
} from '../../resolve/stance/index.js';
import type { StancePair } from './sets.js';

let vectors: WordVectors | undefined | null = null;

/** The word vectors, opened once per process (undefined when the package is not installed). */
export const stanceVectors = (): WordVectors | undefined => {
  if (vectors === null) vectors = openWordVectors();
  return vectors;
};

/** Feature vectors for labelled pairs; each distinct claim and text is read once. */
export function featurize(pairs: readonly StancePair[], dimensions = stanceVectors()?.dimensions ?? 0) {
  const wv = stanceVectors();
  const prepared = new Map<string, PreparedText>();
  const prepare = (text: string): PreparedText => {
    let p = prepared.get(text);
    if (!p) {
      p = prepareStanceText(text, wv);
      prepared.set(text, p);
    }
    return p;
  };
  const rows = pairs.map((pair) => stanceFeatures(prepare(pair.claim), prepare(pair.text), dimensions));
  return { names: featureNames(dimensions), rows };
}
