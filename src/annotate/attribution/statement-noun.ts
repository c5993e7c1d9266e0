import { memoized } from '../../core/index.js';
import { sharedWordNet } from '../../core/wordnet.js';

/** WordNet's lexicographer files of nouns of thought and saying: noun.cognition (9), noun.communication (10). */
const STATEMENT_FILES = new Set([9, 10]);

/**
 * Whether a noun's main sense is something said or thought ("warning", "view", "promise", "plan"),
 * by WordNet 3.1; false without WordNet. Such a noun after a possessive speaker and before a
 * that-clause is a cue ("the agency's warning that C").
 */
export const isStatementNoun = memoized((word: string): boolean => {
  const net = sharedWordNet();
  if (!net) return false;
  const lower = word.toLowerCase();
  const lemmas = [lower, lower.replace(/e?s$/, ''), lower.replace(/s$/, '')];
  const first = lemmas.map((l) => net.senses(l, 'n')[0]).find((o) => o !== undefined);
  return first !== undefined && STATEMENT_FILES.has(net.synset(first, 'n')?.lexFile ?? -1);
}, 10_000);
