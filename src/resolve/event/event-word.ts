import { memoized } from '../../core/memoized.js';
import { sharedWordNet, type WordNetPos } from '../../core/wordnet.js';

/** Plural endings tried in order when a noun's lemma is not itself in WordNet ("checks", "talks"). */
const PLURAL: readonly (readonly [RegExp, string])[] = [
  [/ies$/, 'y'],
  [/(s|x|ch|sh)es$/, '$1'],
  [/s$/, ''],
];

/**
 * The word an event mention is filed under: its lemma, and for a noun the singular WordNet knows
 * when the tagger left a plural ("negotiations" -> negotiation). Without WordNet, the lemma.
 */
export function eventWord(lemma: string, noun: boolean): string {
  const word = lemma.toLowerCase();
  const net = sharedWordNet();
  if (!noun || !net || net.senses(word, 'n').length > 0) return word;
  for (const [ending, by] of PLURAL) {
    if (!ending.test(word)) continue;
    const singular = word.replace(ending, by);
    if (net.senses(singular, 'n').length > 0) return singular;
  }
  return word;
}

/** Senses of a noun or adjective whose derived verbs count: the first two (rare senses stray). */
const DERIVED_SENSES = 2;

/**
 * The verbs a word names an act by: itself when it is a verb, and the verbs WordNet derives its
 * first noun and adjective senses from ("death" -> die, "shooting" -> shoot).
 */
const verbsOf = memoized((word: string): ReadonlySet<string> => {
  const net = sharedWordNet();
  const out = new Set<string>();
  if (!net) return out;
  if (net.senses(word, 'v').length > 0) out.add(word);
  for (const pos of ['n', 'a'] as const satisfies readonly WordNetPos[])
    for (const offset of net.senses(word, pos).slice(0, DERIVED_SENSES)) {
      const synset = net.synset(offset, pos);
      for (const p of synset?.pointers ?? []) {
        if (p.symbol !== '+' || p.pos !== 'v') continue;
        // A derivation pointer belongs to one word of the synset (its source number) or to all (0).
        if (p.source !== 0 && synset?.words[p.source - 1] !== word) continue;
        const verb = net.synset(p.offset, 'v')?.words[Math.max(p.target, 1) - 1];
        if (verb) out.add(verb);
      }
    }
  return out;
});

const firstNounSense = memoized((word: string): number | undefined => sharedWordNet()?.senses(word, 'n')[0]);

/**
 * Do two event words name one kind of event: the same word, nouns whose first senses are one
 * synset ("quake" / "earthquake"), or words that share a verb ("death" / "die"). Verbs that are
 * merely close in WordNet ("check" / "go") are not enough: within one story they join distinct acts.
 */
export function sameEventWord(a: string, b: string): boolean {
  if (a === b) return true;
  const na = firstNounSense(a);
  if (na !== undefined && na === firstNounSense(b)) return true;
  const vb = verbsOf(b);
  for (const verb of verbsOf(a)) if (vb.has(verb)) return true;
  return false;
}
