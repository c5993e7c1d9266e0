import { memoized } from '../../core/index.js';

/**
 * The key a word is matched by: lowercase, without diacritics, and with British spellings folded
 * into American ones (mobilisation / mobilization, rumour / rumor, defence / defense). The folding
 * is applied to both sides of every comparison, so a word it changes needlessly still matches itself.
 */
function keyOf(word: string): string {
  const w = word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']s$/, '');
  if (w.length < 5) return w;
  return w
    .replace(/isation(s?)$/, 'ization$1')
    .replace(/is(e|es|ed|ing|er|ers)$/, 'iz$1')
    .replace(/ys(e|es|ed|ing)$/, 'yz$1')
    .replace(/our(s?)$/, 'or$1')
    .replace(/ence$/, 'ense');
}

const memoKey = memoized(keyOf);
/** A short plain lower-case word ("the", "war") is its own key: no lookup needed. */
const PLAIN_SHORT = /^[a-z0-9]{0,4}$/;

/** Memoized: the same words recur in every document. */
export const wordKey = (word: string): string => (PLAIN_SHORT.test(word) ? word : memoKey(word));
