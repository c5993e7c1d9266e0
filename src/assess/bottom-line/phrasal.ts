import { baseForms, wn } from '../meaning/word-forms.js';
import { wordFamily } from './word-family.js';

/** How far after its verb a particle may stand ("pulls its garrison out"). */
const PARTICLE_REACH = 3;

/**
 * The phrasal verb a label's verb at `i` makes with a word after it, when WordNet knows the pair
 * as one verb ("pulls its garrison out" -> pull_out, "pulls its troops back" -> pull_back).
 */
export function phrasalVerb(words: readonly string[], i: number): string | undefined {
  const net = wn();
  if (!net) return undefined;
  const lemmas = baseForms((words[i] ?? '').toLowerCase(), net)
    .filter(([, pos]) => pos === 'v')
    .map(([lemma]) => lemma);
  for (let k = i + 1; k <= i + PARTICLE_REACH && k < words.length; k++) {
    const particle = (words[k] ?? '').toLowerCase().replace(/[^a-z]/g, '');
    const found = lemmas.map((l) => `${l}_${particle}`).find((p) => net.senses(p, 'v').length > 0);
    if (found) return found;
  }
  return undefined;
}

/**
 * The keys of a phrasal verb's act: its own family, and the family of the act its noun is a kind
 * of ("pull out" -> pullout, a kind of retreat -> retreat, withdraw): a phrasal verb's one-word
 * name. Only through acts of the same kind (the noun's lexicographer file).
 */
export function phrasalFamily(phrasal: string): string[] {
  const net = wn();
  const keys = new Set(wordFamily(phrasal));
  const first = net?.senses(phrasal, 'v')[0];
  const synset = first === undefined ? undefined : net?.synset(first, 'v');
  if (!net || !synset) return [...keys];
  const own = synset.words.indexOf(phrasal) + 1;
  for (const p of synset.pointers) {
    if (p.symbol !== '+' || p.pos !== 'n' || p.source !== own) continue;
    const noun = net.synset(p.offset, 'n');
    for (const up of noun?.pointers ?? []) {
      const general = up.symbol === '@' ? net.synset(up.offset, 'n') : undefined;
      const word = general?.words[0];
      if (general?.lexFile === noun?.lexFile && word && !word.includes('_'))
        for (const key of wordFamily(word)) keys.add(key);
    }
  }
  return [...keys];
}
