/**
 * The matches of a global pattern whose first character does not follow one matching `notAfter`
 * (a one-character class): the same as opening the pattern with `(?<![...])`, which would make V8
 * try the lookbehind at every position of the text, several times slower. After a refused match the
 * search goes on from the next character, as the lookbehind would. Shared by the stages that scan
 * text with large patterns (mentions, times).
 */
export function matchesNotAfter(text: string, pattern: RegExp, notAfter: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m.index > 0 && notAfter.test(codePointBefore(text, m.index))) pattern.lastIndex = m.index + 1;
    else out.push(m);
    if (m[0].length === 0) pattern.lastIndex = Math.max(pattern.lastIndex, m.index + 1);
  }
  return out;
}

/** The whole code point before `at`: both halves of a surrogate pair, or a lone half alone. */
export const codePointBefore = (text: string, at: number): string => {
  const low = text.charCodeAt(at - 1);
  const high = text.charCodeAt(at - 2);
  const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return text.slice(pair ? at - 2 : at - 1, at);
};
