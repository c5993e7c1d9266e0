import { bandKeys, jaccard } from './minhash.js';
import type { Statement } from './statement-clusters-statements.js';

/** Content-word Jaccard two statements in one MinHash bucket need. */
const SIMILAR = 0.3;
/** The same actor with the same verb ("Russia deployed", "deployed by Russia"): fewer shared words suffice. */
const SAME_ACT = 0.2;
/**
 * The same actor with another verb needs more: "sent troops" / "deployed troops" (a synonym) share
 * the rest, "met Putin in Sochi" / "called Putin from Minsk" and "opened a plant" / "closed a plant"
 * share half of it or less.
 */
const OTHER_ACT = 0.6;

/**
 * Where a statement is looked up: the units and models it names, its actor and verb, and MinHash
 * bands over its words. The actor key finds pairs the bands miss by chance (two bands of six in
 * twelve hashes catch only about half the pairs at a Jaccard of 0.3).
 */
export function blockingKeys(s: Statement): string[] {
  const act = s.actor && s.lemma ? [`act:${s.actor}:${s.lemma}`] : [];
  return [...s.anchors, ...act, ...bandKeys(s.words)];
}

/** Do two statements that share blocking key `key` state one proposition? */
export function sameProposition(a: Statement, b: Statement, key: string): boolean {
  if (key.startsWith('anchor:')) return true;
  const j = jaccard(a.words, b.words);
  if (a.actor && a.actor === b.actor && a.lemma && b.lemma)
    return j >= (a.lemma === b.lemma ? SAME_ACT : OTHER_ACT);
  return j >= SIMILAR;
}
