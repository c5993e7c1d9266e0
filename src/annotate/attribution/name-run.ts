import type { Tok } from '../token-view.js';
import type { Phrase } from './noun-phrase.js';

// Speaker spans the tagger cannot see: names whose words are tagged as verbs, and asides between a
// speaker and its cue.

/** Capitalised words after an inverted cue, whatever their tags ("said Don Fowler", "Don" read as a verb). */
export function nameRun(toks: readonly Tok[], at: number, ceiling: number): Phrase | null {
  let j = at;
  while (j < ceiling && j - at < 4 && /^\p{Lu}/u.test(toks[j]?.text ?? '')) j++;
  return j > at ? { first: at, last: j } : null;
}

/** Capitalised words ending at `at`, whatever their tags ("Rep. Stephen Lynch", "Lynch" read as a verb). */
export function nameRunLeft(toks: readonly Tok[], at: number, floor: number): Phrase | null {
  let j = at;
  while (j >= floor && at - j < 4 && /^\p{Lu}/u.test(toks[j]?.text ?? '')) j--;
  return j < at ? { first: j + 1, last: at + 1 } : null;
}

const asideMarks: ReadonlyMap<string, string> = new Map([
  [')', '('],
  ['--', '--'],
  ['—', '—'],
  ['–', '–'],
]);

/** Steps left over an aside between a speaker and its cue: "Pence (R-Ind.) said", "Kall -- an editor -- said". */
export function skipAside(toks: readonly Tok[], at: number, floor: number): number {
  const opener = asideMarks.get(toks[at]?.text ?? '');
  if (!opener) return at;
  for (let k = at - 1; k > floor && at - k <= 24; k--) if (toks[k]?.text === opener) return k - 1;
  return at;
}
