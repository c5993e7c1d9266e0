import { memoized } from '../core/index.js';
import { sharedWordNet } from '../core/wordnet.js';

/** WordNet's file of nouns of people (noun.person). */
const PERSON_FILE = 18;

/** A noun whose first WordNet sense is a person ("physician", "host"), not a group or a thing. */
export const isPersonNoun = memoized((word: string): boolean => {
  const net = sharedWordNet();
  const first = net?.senses(word.toLowerCase(), 'n')[0];
  return first !== undefined && net?.synset(first, 'n')?.lexFile === PERSON_FILE;
}, 10_000);
