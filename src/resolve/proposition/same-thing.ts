import { memoized } from '../../core/memoized.js';
import { sharedWordNet } from '../../core/wordnet.js';

/** Senses of a noun read for the thing it names: its first two (rarer ones join unrelated nouns). */
const SENSES = 2;

/** WordNet's pointers from a noun to the one above it and to the whole it is a part or member of. */
const NEAR = new Set(['@', '@i', '#p', '#m', '%p', '%m']);

/** A noun's first senses, and the senses right above them or holding them ("missile": "weapon"; "weapon": "weaponry"). */
const senses = memoized((lemma: string): { own: ReadonlySet<number>; near: ReadonlySet<number> } => {
  const net = sharedWordNet();
  const own = new Set(net?.senses(lemma.replace(/\s+/g, '_'), 'n').slice(0, SENSES) ?? []);
  const near = new Set<number>();
  for (const offset of own)
    for (const p of net?.synset(offset, 'n')?.pointers ?? [])
      if (NEAR.has(p.symbol) && p.pos === 'n') near.add(p.offset);
  return { own, near };
});

const meets = (x: ReadonlySet<number>, y: ReadonlySet<number>): boolean => {
  for (const v of x) if (y.has(v)) return true;
  return false;
};

/**
 * Do two heads name one thing: the same lemma, a shared sense among their first ones,
 * one's sense right under the other's ("missile" / "weapon") or a part or member of it ("weapon" /
 * "weaponry"), or one side naming no thing ("carried out the attack"). Two kinds under one parent
 * are two things ("missile" and "bomb" both sit under "weapon").
 */
export function sameThing(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return true;
  if (a === b) return true;
  const x = senses(a);
  const y = senses(b);
  return meets(x.own, y.own) || meets(x.own, y.near) || meets(y.own, x.near);
}
