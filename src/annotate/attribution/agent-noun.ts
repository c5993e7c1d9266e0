import { memoized } from '../../core/index.js';
import { sharedWordNet } from '../../core/wordnet.js';

/** WordNet's lexicographer files of nouns that can speak: noun.group (14) and noun.person (18). */
const AGENT_FILES = new Set([14, 18]);

/**
 * Whether a noun names a person or a group in its main sense ("mayor", "officials", "council"), by
 * WordNet 3.1; false when WordNet's files are missing. Such a noun can be a speaker.
 */
export const isAgentNoun = memoized((word: string): boolean => {
  const net = sharedWordNet();
  if (!net) return false;
  const lower = word.toLowerCase();
  const lemmas = [lower, lower.replace(/e?s$/, ''), lower.replace(/s$/, '')];
  const first = lemmas.map((l) => net.senses(l, 'n')[0]).find((o) => o !== undefined);
  return first !== undefined && AGENT_FILES.has(net.synset(first, 'n')?.lexFile ?? -1);
}, 10_000);
