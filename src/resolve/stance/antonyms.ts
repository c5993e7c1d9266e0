import { once } from '../../core/index.js';
import { openWordNet, type WordNetPos } from '../../core/wordnet.js';

const wordNet = once(openWordNet);
const POS: Readonly<Record<string, WordNetPos>> = { ADJ: 'a', VERB: 'v', NOUN: 'n', ADV: 'r' };
const SENSES = 2;
const memo = new Map<string, readonly string[]>();

/**
 * A word's WordNet antonyms in its first senses ("alive" -> "dead", "win" -> "lose"): a text that
 * puts one where the claim has the other says the opposite. Empty without WordNet.
 */
export function antonymsOf(lemma: string, pos: string): readonly string[] {
  const p = POS[pos];
  const wn = wordNet();
  if (!p || !wn) return [];
  const key = `${p}:${lemma}`;
  const known = memo.get(key);
  if (known) return known;
  const out = new Set<string>();
  for (const offset of wn.senses(lemma, p).slice(0, SENSES)) {
    const synset = wn.synset(offset, p);
    if (!synset) continue;
    const at = synset.words.indexOf(lemma) + 1;
    for (const pointer of synset.pointers) {
      if (pointer.symbol !== '!' || (pointer.source !== 0 && pointer.source !== at)) continue;
      const word = wn.synset(pointer.offset, pointer.pos)?.words[pointer.target - 1];
      if (word && !word.includes('_')) out.add(word);
    }
  }
  const list = [...out];
  memo.set(key, list);
  return list;
}
