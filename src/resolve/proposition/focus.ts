import { memoized, once } from '../../core/memoized.js';
import { sharedWordNet } from '../../core/wordnet.js';
import type { Placed } from '../stance/claim-stance.js';
import type { ActAt } from './act-at.js';

/** The first two adverb senses of "only": "merely, just" and "exclusively, solely". */
const onlySenses = once((): ReadonlySet<number> => new Set(sharedWordNet()?.senses('only', 'r').slice(0, 2)));

/** An adverb whose first sense is one of them ("only", "just", "solely", "merely"). */
const restricts = memoized((word: string): boolean => {
  const first = sharedWordNet()?.senses(word, 'r')[0];
  return first !== undefined && onlySenses().has(first);
});

/**
 * Does a focus adverb restrict the act at `v` ("they only hit a depot", "hitting only depots")?
 * Denying such a clause denies that the act was all there was, not the act: "it is false that X
 * only hit the depot" still has X hitting the depot.
 */
export function restricted(tokens: readonly Placed[], v: number, act: ActAt): boolean {
  let i = v - 1;
  while (tokens[i]?.pos === 'ADV' || tokens[i]?.pos === 'AUX') {
    if (restricts((tokens[i] as Placed).lemma)) return true;
    i--;
  }
  return tokens.some(
    (t, k) =>
      k > v &&
      t.pos === 'ADV' &&
      t.span.start >= act.span.start &&
      t.span.end <= act.span.end &&
      restricts(t.lemma),
  );
}
