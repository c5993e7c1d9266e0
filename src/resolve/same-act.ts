import { memoized } from '../core/memoized.js';
import { sharedWordNet } from '../core/wordnet.js';

/** Senses of a verb read for the same act: its first few (rare senses join unrelated verbs). */
const SENSES = 4;

interface Acts {
  readonly senses: ReadonlySet<number>;
  /** The senses right above them: "dispatch" sits under "send". */
  readonly above: ReadonlySet<number>;
}

const acts = memoized((lemma: string): Acts => {
  const net = sharedWordNet();
  const senses = new Set(net?.senses(lemma.replace(/\s+/g, '_'), 'v').slice(0, SENSES) ?? []);
  const above = new Set<number>();
  for (const offset of senses)
    for (const p of net?.synset(offset, 'v')?.pointers ?? [])
      if (p.symbol === '@' && p.pos === 'v') above.add(p.offset);
  return { senses, above };
});

const meets = (x: ReadonlySet<number>, y: ReadonlySet<number>): boolean => {
  for (const v of x) if (y.has(v)) return true;
  return false;
};

/**
 * Do two main verbs name one act: the same lemma, a shared sense among their first ones, or one's
 * sense right under the other's ("dispatch" / "send")? A copula with its complement ("be ready")
 * is the same act only as the same words. Without WordNet only the same lemma is.
 */
export function sameAct(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.includes(' ') || b.includes(' ')) return false;
  const x = acts(a);
  const y = acts(b);
  // Siblings under one verb are not one act: "open" and "close" both sit under "move".
  return meets(x.senses, y.senses) || meets(x.senses, y.above) || meets(y.senses, x.above);
}
