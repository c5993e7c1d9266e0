import { memoized } from '../../core/index.js';
import { sharedWordNet } from '../../core/wordnet.js';
import type { Candidate, Parser } from './candidate.js';
import { isCapAt, posAt, textAt } from './word.js';

/** WordNet's synset of craft for water transport ("vessel, watercraft"): ships, boats, submarines. */
const WATERCRAFT = 'watercraft';
/** How many of a noun's most frequent senses are read ("cruiser": a police car first, a warship second). */
const SENSES = 2;
const MAX_DEPTH = 12;
const MAX_NAME_WORDS = 3;

/** Whether one of a noun's main senses is a kind of watercraft (cruiser, frigate, tanker, ferry), by WordNet 3.1. */
export const isVesselNoun = memoized((word: string): boolean => {
  const net = sharedWordNet();
  if (!net) return false;
  for (const offset of net.senses(word.toLowerCase(), 'n').slice(0, SENSES)) {
    let frontier = [offset];
    const seen = new Set<number>();
    for (let depth = 0; depth < MAX_DEPTH && frontier.length > 0; depth++) {
      const next: number[] = [];
      for (const o of frontier) {
        if (seen.has(o)) continue;
        seen.add(o);
        const synset = net.synset(o, 'n');
        if (!synset) continue;
        if (synset.words.includes(WATERCRAFT)) return true;
        for (const p of synset.pointers) if (p.symbol === '@' || p.symbol === '@i') next.push(p.offset);
      }
      frontier = next;
    }
  }
  return false;
}, 10_000);

/**
 * "the cruiser Moskva", "the tanker Grace 1": capitalised words right after a lowercase noun of
 * a watercraft name that vessel (rule `equipment:ship-noun`), whatever else the name could be.
 */
export const vesselNameParser: Parser = ({ text, words }) => {
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    if (isCapAt(words, i) || !isCapAt(words, i + 1) || posAt(words, i) !== 'NOUN') continue;
    if (!isVesselNoun(textAt(words, i))) continue;
    let last = i + 1;
    while (
      last - i < MAX_NAME_WORDS &&
      isCapAt(words, last + 1) &&
      words.start[last + 1] === (words.end[last] ?? 0) + 1
    )
      last++;
    const start = words.start[i + 1] ?? 0;
    const end = words.end[last] ?? 0;
    out.push({
      start,
      end,
      kind: 'equipment',
      name: text.slice(start, end),
      rule: 'equipment:ship-noun',
    });
  }
  return out;
};
