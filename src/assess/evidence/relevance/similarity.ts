import { cosine, vectorsOf } from '../../../core/word-vectors-few.js';
import { contentWords } from '../../meaning/phrases.js';

/** Vectors of words rarer than this cost seconds to read; the words that carry a topic are common. */
const MAX_RANK = 40_000;

export type Vectors = ReadonlyMap<string, Float32Array>;

/** The vectors of the content words of some texts (read once for all of them). */
export const vectorsOfTexts = (texts: Iterable<string>): Vectors => {
  const words = new Set<string>();
  for (const t of texts) for (const w of contentWords(t)) words.add(w);
  return vectorsOf(words, MAX_RANK);
};

const known = (words: readonly string[], vectors: Vectors): Float32Array[] =>
  words.flatMap((w) => vectors.get(w) ?? []);

/**
 * How well a sentence's words cover a text's words: for each word of the text, its closest word in
 * the sentence, on average ("supplying" the indicator's "deliveries"). Undefined without vectors.
 */
export function coverage(
  sentence: readonly string[],
  text: readonly string[],
  vectors: Vectors,
): number | undefined {
  const a = known(sentence, vectors);
  const b = known(text, vectors);
  if (a.length === 0 || b.length === 0) return undefined;
  let sum = 0;
  for (const v of b) {
    let best = -1;
    for (const u of a) best = Math.max(best, cosine(u, v));
    sum += best;
  }
  return sum / b.length;
}
