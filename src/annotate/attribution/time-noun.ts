import { openWordNet, type WordNet } from '../../core/wordnet.js';

/** WordNet's lexicographer file of time nouns (noun.time: day, week, Monday, morning, period). */
const NOUN_TIME = 28;

let wordnet: WordNet | undefined | null = null;
const memo = new Map<string, boolean>();

/**
 * Whether a noun names a stretch or point of time in its main sense ("days", "Wednesday"), by
 * WordNet 3.1; false when WordNet's files are missing. A time is never a speaker.
 */
export function isTimeNoun(word: string): boolean {
  const lower = word.toLowerCase();
  const known = memo.get(lower);
  if (known !== undefined) return known;
  if (wordnet === null) wordnet = openWordNet();
  const net = wordnet;
  const lemmas = [lower, lower.replace(/e?s$/, ''), lower.replace(/s$/, '')];
  const first = net ? lemmas.map((l) => net.senses(l, 'n')[0]).find((o) => o !== undefined) : undefined;
  const answer = net !== undefined && first !== undefined && net.synset(first, 'n')?.lexFile === NOUN_TIME;
  if (memo.size < 10_000) memo.set(lower, answer);
  return answer;
}
