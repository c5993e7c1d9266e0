import { memoized } from '../../core/memoized.js';
import { sharedWordNet, type WordNetPos } from '../../core/wordnet.js';

/** Senses of a word read for its act: its first two (rarer ones join unrelated words)... */
const SENSES = 2;
/** ...and the senses whose parent counts: a verb's first ("devote", a sense of "commit", sits under "use"). */
const ABOVE: Readonly<Record<WordNetPos, number>> = { v: 1, n: SENSES, a: 0, r: 0 };

/**
 * The act a verb or an event noun names, as WordNet senses: a verb's own senses; a noun's senses
 * with the verb senses its derivational links reach ("withdrawal" -> "withdraw"), so a noun and
 * its verb meet. `above` holds the senses right above them ("strike" sits under "attack").
 */
export interface Act {
  readonly senses: ReadonlySet<string>;
  readonly above: ReadonlySet<string>;
}

const actOfKey = memoized((key: string): Act => {
  const pos = key.slice(0, 1) as WordNetPos;
  const lemma = key.slice(2);
  const net = sharedWordNet();
  const senses = new Set<string>([key]);
  const above = new Set<string>();
  if (!net || !/^\p{L}/u.test(lemma)) return { senses, above };
  for (const [k, offset] of net.senses(lemma.replace(/\s+/g, '_'), pos).slice(0, SENSES).entries()) {
    const synset = net.synset(offset, pos);
    if (!synset) continue;
    senses.add(`${pos}${offset}`);
    const at = synset.words.indexOf(lemma) + 1;
    for (const p of synset.pointers) {
      if (p.symbol === '@' && p.pos === pos && k < ABOVE[pos]) above.add(`${pos}${p.offset}`);
      // A noun's own word's derivation only: "attack" -> "attack", not a synonym's verb.
      if (pos === 'n' && p.symbol === '+' && p.pos === 'v' && (p.source === 0 || p.source === at))
        senses.add(`v${p.offset}`);
    }
  }
  return { senses, above };
});

/** The act of a lemma read as a verb or a noun; without WordNet, the lemma alone. */
export const actOf = (lemma: string, pos: 'v' | 'n'): Act => actOfKey(`${pos}:${lemma.toLowerCase()}`);

const meets = (x: ReadonlySet<string>, y: ReadonlySet<string>): boolean => {
  for (const v of x) if (y.has(v)) return true;
  return false;
};

/**
 * Do two acts name one thing: a shared sense, or one's sense right under the other's. Siblings
 * under one sense are not one act ("open" and "close" both sit under "move").
 */
export const sameActOf = (a: Act, b: Act): boolean =>
  meets(a.senses, b.senses) || meets(a.senses, b.above) || meets(b.senses, a.above);

/** Where an act is looked up: its senses and the senses above them (a match shares one). */
export const actKeys = (a: Act): string[] => [...a.senses, ...a.above];

/** WordNet's lexicographer files of nouns: 4 noun.act, 10 noun.communication, 11 noun.event. */
const NOUN_ACT = new Set([4, 11]);
const NOUN_SAID = 10;

/**
 * What a noun names: something said ("claim", "allegation": its most frequent sense), an act or
 * event ("strike", "withdrawal": one of its first senses), or something else ("prison").
 */
export const nounKind = memoized((lemma: string): 'act' | 'said' | 'other' => {
  const net = sharedWordNet();
  const files = (net?.senses(lemma.replace(/\s+/g, '_'), 'n') ?? [])
    .slice(0, SENSES)
    .map((o) => net?.synset(o, 'n')?.lexFile);
  if (files[0] === NOUN_SAID) return 'said';
  // "atrocity": a quality first, an act second; either way the noun can name an act.
  return files.some((f) => f !== undefined && NOUN_ACT.has(f)) ? 'act' : 'other';
});
