import { memoized } from '../../core/index.js';
import { baseForms, wn } from '../meaning/word-forms.js';
import type { SentenceTokens } from './sentence-tokens.js';

/** A noun's base form as WordNet knows it ("weapons" -> weapon), or the word itself. */
function nounLemma(word: string): string {
  const net = wn();
  return (net && baseForms(word, net).find(([, pos]) => pos === 'n')?.[0]) ?? word;
}

/** The senses of a compound noun WordNet lists ("chemical_weapon"), none when it lists none. */
const compoundSenses = memoized((compound: string): readonly number[] => {
  const net = wn();
  return net ? net.senses(compound, 'n') : [];
}, 5_000);

/**
 * The kinds of thing a question names by a compound WordNet lists ("nuclear weapon"): by the
 * compound's head ("weapon"), the senses of the compound ("nuclear_weapon", "atomic_weapon").
 */
export function kindsOf(question: string): Map<string, number[]> {
  const words = question
    .toLowerCase()
    .split(/[^\p{L}-]+/u)
    .filter(Boolean);
  const kinds = new Map<string, number[]>();
  words.forEach((word, i) => {
    if (i === 0) return;
    const head = nounLemma(word);
    const senses = compoundSenses(`${words[i - 1]}_${head}`);
    if (senses.length > 0) kinds.set(head, [...(kinds.get(head) ?? []), ...senses]);
  });
  return kinds;
}

/**
 * Whether the noun at `i` is, with the word before it, a compound WordNet lists that names another
 * kind than the question's compound of the same head ("chemical weapons" where the question asks
 * about a nuclear weapon; "atomic weapons" is the same kind).
 */
export function anotherKind(
  s: SentenceTokens,
  i: number,
  kinds: ReadonlyMap<string, readonly number[]>,
): boolean {
  if (kinds.size === 0) return false;
  const own = kinds.get(nounLemma(s.lower[i] ?? ''));
  const before = s.lower[i - 1] ?? '';
  if (!own || !/^\p{L}+$/u.test(before)) return false;
  const senses = compoundSenses(`${before}_${nounLemma(s.lower[i] ?? '')}`);
  return senses.length > 0 && !senses.some((o) => own.includes(o));
}
