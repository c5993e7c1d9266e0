/** A literal string made safe inside a regular expression. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An alternation of literals, longest first so that "Iskander-M" wins over "Iskander". */
export const alternation = (words: readonly string[]): string =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');

/**
 * The matches of a global pattern whose first character does not follow a character matching
 * `notAfter` (a one-character class): the same as a leading `(?<![...])`, which V8 would try at
 * every position of the text before the alternation, several times slower over a whole article.
 */
export function matchesNotAfter(text: string, pattern: RegExp, notAfter: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m.index > 0 && notAfter.test(charBefore(text, m.index))) pattern.lastIndex = m.index + 1;
    else out.push(m);
    if (m[0].length === 0) pattern.lastIndex = Math.max(pattern.lastIndex, m.index + 1);
  }
  return out;
}

/** The whole code point before `at` (both halves of a surrogate pair). */
const charBefore = (text: string, at: number): string => {
  const low = text.charCodeAt(at - 1);
  const pairStart = low >= 0xdc00 && low <= 0xdfff && at >= 2 ? at - 2 : at - 1;
  return String.fromCodePoint(text.codePointAt(pairStart) ?? 0);
};
