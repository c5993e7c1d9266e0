import { memoized } from '../../core/index.js';
import { phrasalVerbFile, sharedWordNet } from '../../core/wordnet.js';

/** WordNet's lexicographer files of verbs that report: verb.cognition (31) and verb.communication (32). */
const REPORTING_FILES = new Set([31, 32]);
/** WordNet's frame "Somebody ----s that CLAUSE": the verb takes a proposition. */
const THAT_CLAUSE = 26;
/** How many of a verb's most frequent senses are read. */
const SENSES = 1;

/**
 * Whether a verb's main sense is one of saying or thinking that takes a clause ("insist that",
 * "suspect that"), by WordNet 3.1 (its verb.cognition and verb.communication files and the frame
 * "Somebody ----s that CLAUSE"): such a verb reports what its subject says or thinks. False
 * without WordNet.
 */
export const isReportVerb = memoized((lemma: string): boolean => {
  const net = sharedWordNet();
  if (!net) return false;
  const word = lemma.toLowerCase();
  return net
    .senses(word, 'v')
    .slice(0, SENSES)
    .some((o) => {
      const synset = net.synset(o, 'v');
      if (!synset || !REPORTING_FILES.has(synset.lexFile)) return false;
      const at = synset.words.indexOf(word) + 1;
      return (synset.frames ?? []).some((f) => f.frame === THAT_CLAUSE && (f.word === 0 || f.word === at));
    });
}, 10_000);

/** WordNet's lexicographer file of verbs of communication. */
const COMMUNICATION = 32;

/**
 * Whether a verb's main sense is an act of communication ("vow", "promise", "urge", "claim", "refuse"), by
 * WordNet 3.1: such a verb reports even what it puts as an infinitive ("vowed to rebuild"), where a
 * verb of deciding, seeking, hoping or going on does not ("decided to leave", "sought to calm").
 */
export const isSpeechAct = memoized((lemma: string): boolean => {
  const net = sharedWordNet();
  const first = net?.senses(lemma.toLowerCase(), 'v')[0];
  return first !== undefined && net?.synset(first, 'v')?.lexFile === COMMUNICATION;
}, 10_000);

/**
 * Whether a verb with the particle after it is a phrasal verb whose main sense WordNet files outside
 * verbs of saying and thinking ("add up", "show off"): such a verb reports nothing, though the verb
 * alone may ("add", "show"). "point out" and "spell out" stay reports. False without WordNet.
 */
export const isPhrasalNonReport = memoized((pair: string): boolean => {
  const [lemma = '', particle = ''] = pair.split(' ');
  const file = phrasalVerbFile(lemma, particle);
  return file !== undefined && !REPORTING_FILES.has(file);
}, 10_000);
