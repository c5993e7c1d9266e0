import { memoized } from '../../core/memoized.js';
import { sharedWordNet, type WordNetPos } from '../../core/wordnet.js';
import { directionOf } from './direction.js';
import { lexicon, lookupUnit } from './lexicon.js';
import { stems } from './phrasal-particle.js';
import {
  glued,
  isNum,
  isWord,
  lemmaOf,
  lower,
  near,
  posOf,
  type ScanContext,
  surface,
} from './scan-context.js';
import { singular } from './singular.js';

const WINDOW = 8;
const clauseStops = new Set(['.', ',', ';', ':', '(', ')', '!', '?', '"', '“', '”']);
/** WordNet's lexicographer file of attribute nouns (height, depth, width). */
const ATTRIBUTE_FILE = 7;

/**
 * Is the figure at token `i` a sum of money by its words, so that an "m" glued to it is a million
 * ("revenue of 45m", "paid 3.2m", "Profits fell to 2.5m")? The nearest noun or verb before it in its
 * clause (past "be" and verbs of change) must have a first or second WordNet sense in
 * `millionContextFiles` ("bought land 20m from" is metres: the nearest is "land"); the word after
 * the "m" at `after` must be no noun ("a 5m boat") nor adjective of dimension ("45m tall").
 * Without WordNet it never is.
 */
export function moneyBefore(ctx: ScanContext, i: number, after: number): boolean {
  // Only punctuation may be written against the "m": not "m2", "m/s", "m-long".
  if (glued(ctx, after) && !clauseStops.has(surface(ctx, after))) return false;
  if (near(ctx, after) && isWord(ctx, after) && describes(ctx, after)) return false;
  if (measuredPartner(ctx, after)) return false;
  for (let k = i - 1; k >= 0 && k >= i - WINDOW; k--) {
    if (clauseStops.has(surface(ctx, k))) return false;
    // Words written against a figure are its own ("5m to 7m"), not what it measures.
    if (!isWord(ctx, k) || (glued(ctx, k) && isNum(ctx, k - 1))) continue;
    const pos = posOf(ctx, k);
    const lemma = lemmaOf(ctx, k);
    // A capital at the start of a sentence may be tagged a name: "Profits fell to 2.5m".
    const noun = pos === 'NOUN' || (pos === 'PROPN' && sentenceStart(ctx, k));
    if (!noun && pos !== 'VERB' && pos !== 'AUX') continue;
    if (pos === 'AUX' || lemma === 'be' || directionOf(lemma) !== undefined) continue;
    return aboutMoney(`${noun ? 'n' : 'v'} ${lemma}`);
  }
  return false;
}

const rangeLinks = new Set(['to', 'and', 'or', '-', '–']);

/** "500m to 1km": the other end of a range has a unit of its own, other than an "m". */
function measuredPartner(ctx: ScanContext, after: number): boolean {
  if (!rangeLinks.has(lower(ctx, after)) || !isNum(ctx, after + 1)) return false;
  const unit = surface(ctx, after + 2);
  return near(ctx, after + 2) && lower(ctx, after + 2) !== 'm' && lookupUnit(unit) !== undefined;
}

/** The word at `j` names or describes what the figure measures: a noun, or an adjective of dimension. */
const describes = (ctx: ScanContext, j: number): boolean => {
  const pos = posOf(ctx, j);
  return pos === 'NOUN' || pos === 'PROPN' || ofDimension(lower(ctx, j));
};

const sentenceStart = (ctx: ScanContext, k: number): boolean =>
  k === 0 || /^[.!?]$/.test(surface(ctx, k - 1));

/** "n revenue", "v earned": a first or second sense of the word's lemma is filed about money. */
const aboutMoney = memoized((key: string): boolean => {
  const net = sharedWordNet();
  if (!net) return false;
  const pos = key.charAt(0) as WordNetPos;
  const word = key.slice(2);
  const lemmas = pos === 'n' ? [word, singular(word)] : [word, ...stems(word)];
  const files = lexicon().millionContextFiles;
  return lemmas.some((lemma) =>
    net
      .senses(lemma, pos)
      .slice(0, 2)
      .some((offset) => files.has(net.synset(offset, pos)?.lexFile ?? -1)),
  );
});

/** An adjective that WordNet ties to an attribute noun: "tall" (stature), "deep" (depth), "wide". */
const ofDimension = memoized((word: string): boolean => {
  const net = sharedWordNet();
  const first = net?.senses(word, 'a')[0];
  const synset = first === undefined ? undefined : net?.synset(first, 'a');
  return (
    synset?.pointers.some(
      (p) => p.symbol === '=' && net?.synset(p.offset, p.pos)?.lexFile === ATTRIBUTE_FILE,
    ) ?? false
  );
});
