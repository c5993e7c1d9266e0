import { escapeRegExp } from '../../core/index.js';
import { codePointBefore } from '../match-not-after.js';

/** An alternation of literals, longest first so that "Iskander-M" wins over "Iskander". */
export const alternation = (words: readonly string[]): string =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');

export { matchesNotAfter } from '../match-not-after.js';

/**
 * The lowercase ASCII letters that open a list of literals ("anti-tank" -> "anti", "UAVs" -> "uavs"),
 * as a trie over the 26 letters: a word is looked up letter by letter, with no slice and no lowercase
 * copy per word (those cost more than the lookup on a whole article).
 */
export interface Openers {
  /** Child node per node and letter (node * 26 + letter), 0 for none; node 0 is the root. */
  readonly next: Int32Array;
  readonly ends: Uint8Array;
}

export function openersOf(literals: readonly string[]): Openers {
  const runs = [...new Set(literals.map((l) => /^[a-z]*/.exec(l.toLowerCase())?.[0] ?? ''))];
  const size = runs.reduce((n, r) => n + r.length, 1);
  const next = new Int32Array(size * 26);
  const ends = new Uint8Array(size);
  let nodes = 1;
  for (const run of runs) {
    let node = 0;
    for (let i = 0; i < run.length; i++) {
      const slot = node * 26 + run.charCodeAt(i) - 97;
      if (next[slot] === 0) next[slot] = nodes++;
      node = next[slot] ?? 0;
    }
    ends[node] = 1;
  }
  return { next, ends };
}

/** The letter's place in the alphabet (either case), or -1 for anything but an ASCII letter. */
const letterIndex = (c: number): number => {
  if (c >= 97 && c <= 122) return c - 97;
  if (c >= 65 && c <= 90) return c - 65;
  return -1;
};
const LETTER = /^\p{L}/u;
const WORD_OR_HYPHEN = /^[\p{L}\p{N}-]$/u;
const isLetterAt = (text: string, at: number): boolean =>
  LETTER.test(String.fromCodePoint(text.codePointAt(at) ?? 0));

/**
 * The matches of a sticky, case-insensitive pattern whose every alternative opens with an ASCII
 * literal (`openers` built from them), tried only at word starts (not after a letter, digit or
 * hyphen): the same as `matchesNotAfter(text, global, /[\p{L}\p{N}-]/u)`, but the pattern runs only
 * where the word's ASCII letters open one of the literals instead of trying a huge alternation at
 * every character. A word with a non-ASCII letter at its start or right after its ASCII letters (a
 * case fold such as "ſ" for "s" might match) is left to the pattern itself.
 */
export function matchesAtWordStarts(text: string, sticky: RegExp, openers: Openers): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let i = 0;
  while (i < text.length) {
    if (i > 0 && afterWord(text, i)) {
      i++;
      continue;
    }
    let end = i;
    while (end < text.length && letterIndex(text.charCodeAt(end)) >= 0) end++;
    if (mayOpen(text, i, end, openers)) {
      sticky.lastIndex = i;
      const m = sticky.exec(text);
      if (m && m[0].length > 0) {
        out.push(m);
        i += m[0].length;
        continue;
      }
    }
    i = Math.max(end, i + 1);
  }
  return out;
}

/** Could a literal open at `start`, whose ASCII letters run to `end`? */
function mayOpen(text: string, start: number, end: number, openers: Openers): boolean {
  if (start === end) return text.charCodeAt(start) >= 128 && isLetterAt(text, start);
  if (end < text.length && text.charCodeAt(end) >= 128 && isLetterAt(text, end)) return true;
  let node = 0;
  for (let i = start; i < end; i++) {
    node = openers.next[node * 26 + letterIndex(text.charCodeAt(i))] ?? 0;
    if (node === 0) return false;
  }
  return openers.ends[node] === 1;
}

/** Does the code point before `at` continue a word (a letter, digit or hyphen)? */
const afterWord = (text: string, at: number): boolean => {
  const c = text.charCodeAt(at - 1);
  if (c < 128) return letterIndex(c) >= 0 || (c >= 48 && c <= 57) || c === 45;
  return WORD_OR_HYPHEN.test(codePointBefore(text, at));
};
