import { memoized } from '../../core/index.js';
import { sharedWordNet } from '../../core/wordnet.js';

/** WordNet's lexicographer file of time nouns (noun.time: day, week, Monday, morning, period). */
const NOUN_TIME = 28;

/**
 * Whether a noun names a stretch or point of time in its main sense ("days", "Wednesday"), by
 * WordNet 3.1; false when WordNet's files are missing. A time is never a speaker.
 */
export const isTimeNoun = memoized((word: string): boolean => {
  const net = sharedWordNet();
  if (!net) return false;
  const lower = word.toLowerCase();
  const lemmas = [lower, lower.replace(/e?s$/, ''), lower.replace(/s$/, '')];
  const first = lemmas.map((l) => net.senses(l, 'n')[0]).find((o) => o !== undefined);
  return first !== undefined && net.synset(first, 'n')?.lexFile === NOUN_TIME;
}, 10_000);
