import { memoized } from '../../core/index.js';
import { baseForms, wn } from '../meaning/word-forms.js';
import type { WordNet } from '../meaning/wordnet.js';
import { bottomLineLexicon as lex } from './lexicon.js';

/** The verb synsets within `depth` hypernym levels above a sense, the sense itself included. */
function above(net: WordNet, offset: number, depth: number): Set<number> {
  const out = new Set([offset]);
  let level = [offset];
  for (let d = 0; d < depth && level.length > 0; d++) {
    level = level.flatMap((o) =>
      (net.synset(o, 'v')?.pointers ?? []).filter((p) => p.symbol === '@').map((p) => p.offset),
    );
    for (const o of level) out.add(o);
  }
  return out;
}

/** The root of the verbs of giving, as the lexicon names it (a lemma and its sense). */
function root(net: WordNet): number | undefined {
  const { lemma, sense } = lex().giving;
  return net.senses(lemma, 'v')[sense - 1];
}

/**
 * Whether a verb conveys its object to someone: one of its four main senses lies under a synset of
 * the root's lemma ("send" is a way to "transfer" mail, "deliver" a way to hand over).
 */
export const conveys = memoized((verb: string): boolean => {
  const net = wn();
  if (!net) return false;
  const lemma = baseForms(verb.toLowerCase(), net).find(([, pos]) => pos === 'v')?.[0] ?? verb;
  const { depth } = lex().giving;
  return net
    .senses(lemma, 'v')
    .slice(0, 4)
    .some((o) =>
      [...above(net, o, depth)].some(
        (x) => x !== o && net.synset(x, 'v')?.words.includes(lex().giving.lemma),
      ),
    );
});

/**
 * Whether a verb is one of giving: its first sense lies within the lexicon's depth under the root
 * of transfers of possession ("provide", "supply", "sell", "grant"; not "keep", "receive", "lose"
 * or "buy", first verbs of having or getting, nor "support", first a verb of acting).
 */
export const gives = memoized((lemma: string): boolean => {
  const net = wn();
  const at = net && root(net);
  if (!net || at === undefined) return false;
  const [first, second] = net.senses(lemma.toLowerCase(), 'v');
  const { depth } = lex().giving;
  const under = (o: number | undefined) => o !== undefined && above(net, o, depth).has(at);
  if (under(first)) return true;
  // A first sense of its own at the top of the root's file ("give") counts with a second under the root.
  const top = net.synset(first ?? -1, 'v');
  return (
    !!top &&
    top.lexFile === net.synset(at, 'v')?.lexFile &&
    !top.pointers.some((p) => p.symbol === '@') &&
    under(second)
  );
});

/** How far under getting (WordNet's first sense of "get": come into possession) a verb of receiving may lie. */
const RECEIVING_DEPTH = 2;

/**
 * Whether a verb is one of receiving: one of its two main senses lies under the first sense of
 * "get" ("receive", "obtain", "win", "gain"; not "lose" or "keep").
 */
export const receives = memoized((lemma: string): boolean => {
  const net = wn();
  const getting = net?.senses('get', 'v')[0];
  if (!net || getting === undefined) return false;
  const own = baseForms(lemma.toLowerCase(), net).find(([, pos]) => pos === 'v')?.[0] ?? lemma;
  return net
    .senses(own, 'v')
    .slice(0, 2)
    .some((o) => above(net, o, RECEIVING_DEPTH).has(getting));
});
