import { memoized, once } from '../../core/memoized.js';
import { sharedWordNet, type WordNet, type WordNetPos } from '../../core/wordnet.js';

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
  /**
   * An act aimed at something ("target": a sense of "aim" or right under it) or a blow that reaches
   * it ("hit", "strike", "shell", "bomb"): "A targeted X" and "A hit X" name one act on X.
   */
  readonly reach?: 'aim' | 'blow';
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
  const reach = reachOf(net, senses, pos);
  return reach ? { senses, above, reach } : { senses, above };
});

/** How many steps up from a sense a blow's own sense may sit ("shell" > "bombard" > "attack"). */
const BLOW_DEPTH = 3;
/** WordNet's lexicographer files of verbs of fighting (33) and of contact (35). */
const VERB_FORCE = new Set([33, 35]);

/** The senses of "attack" and "hit" filed among verbs of fighting or contact: what a blow is. */
const blowSenses = once((): ReadonlySet<number> => {
  const net = sharedWordNet();
  if (!net) return new Set();
  return new Set(
    ['attack', 'hit'].flatMap((w) =>
      net.senses(w, 'v').filter((o) => VERB_FORCE.has(net.synset(o, 'v')?.lexFile ?? -1)),
    ),
  );
});

/** A sense that is a blow, or sits up to `depth` steps under one, itself or through its verb group. */
function isBlow(net: WordNet, offset: number, depth: number): boolean {
  if (blowSenses().has(offset)) return true;
  if (depth === 0) return false;
  const pointers = net.synset(offset, 'v')?.pointers ?? [];
  return pointers.some(
    (p) =>
      p.pos === 'v' &&
      (p.symbol === '@' || (p.symbol === '$' && blowSenses().has(p.offset))) &&
      isBlow(net, p.offset, depth - 1),
  );
}

/**
 * Whether an act aims at something (a verb whose first sense is the first sense of "aim" or right
 * under it) or is a blow (one of its verb senses is one).
 */
function reachOf(net: WordNet, senses: ReadonlySet<string>, pos: WordNetPos): Act['reach'] {
  const verbs = [...senses].filter((k) => /^v\d+$/.test(k)).map((k) => Number(k.slice(1)));
  const aim = net.senses('aim', 'v')[0];
  const first = pos === 'v' ? verbs[0] : undefined;
  if (aim !== undefined && first !== undefined) {
    const up = net.synset(first, 'v')?.pointers.some((p) => p.symbol === '@' && p.offset === aim);
    if (first === aim || up) return 'aim';
  }
  return verbs.some((o) => isBlow(net, o, BLOW_DEPTH)) ? 'blow' : undefined;
}

/** The act of a lemma read as a verb or a noun; without WordNet, the lemma alone. */
export const actOf = (lemma: string, pos: 'v' | 'n'): Act => actOfKey(`${pos}:${lemma.toLowerCase()}`);

const meets = (x: ReadonlySet<string>, y: ReadonlySet<string>): boolean => {
  for (const v of x) if (y.has(v)) return true;
  return false;
};

/**
 * Do two acts name one thing: a shared sense, one's sense right under the other's, or an aim and
 * a blow ("targeted" / "hit"). Siblings under one sense are not one act ("open" and "close" both
 * sit under "move").
 */
export const sameActOf = (a: Act, b: Act): boolean =>
  meets(a.senses, b.senses) ||
  meets(a.senses, b.above) ||
  meets(b.senses, a.above) ||
  (a.reach !== undefined && b.reach !== undefined && a.reach !== b.reach);

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

/** How many steps up a noun's first sense may sit under a request or a proposal ("ultimatum" > "demand" > "request"). */
const ASKED_DEPTH = 3;

/** The first senses of "request", "proposal" and "offer": what a directive or an offer is. */
const askedSenses = once((): ReadonlySet<number> => {
  const net = sharedWordNet();
  return new Set(['request', 'proposal', 'offer'].flatMap((w) => net?.senses(w, 'n').slice(0, 1) ?? []));
});

/**
 * A noun of something asked or offered ("demand", "ultimatum", "offer"): refusing it rejects a
 * course of action, it denies no claim.
 */
export const asked = memoized((lemma: string): boolean => {
  const net = sharedWordNet();
  let level = net?.senses(lemma.replace(/\s+/g, '_'), 'n').slice(0, 1) ?? [];
  for (let depth = 0; depth <= ASKED_DEPTH && level.length > 0; depth++) {
    if (level.some((o) => askedSenses().has(o))) return true;
    level = level.flatMap(
      (o) =>
        net
          ?.synset(o, 'n')
          ?.pointers.filter((p) => p.symbol === '@')
          .map((p) => p.offset) ?? [],
    );
  }
  return false;
});

/** WordNet's lexicographer files of verbs of cognition (31) and of perception (39). */
const VERB_ATTITUDE = new Set([31, 39]);

/**
 * A verb whose first sense is one of thinking or perceiving ("believe", "see", "consider"): its
 * clause holds an attitude towards another proposition, which is the one to compare.
 */
export const attitude = memoized((lemma: string): boolean => {
  const net = sharedWordNet();
  const first = net?.senses(lemma.replace(/\s+/g, '_'), 'v')[0];
  return first !== undefined && VERB_ATTITUDE.has(net?.synset(first, 'v')?.lexFile ?? -1);
});
