/** A token's kind: a number, a word or one other character. */
export const NUM = 1;
export const WORD = 2;
export const PUNCT = 3;

/**
 * The tokens of the quantities scanner, as columns: token `i` spans `starts[i]..ends[i]` and is of
 * kind `types[i]`; out of range, each column reads undefined. Typed arrays instead of one object per
 * token: a long text has hundreds of thousands of tokens, which as objects the collector had to copy
 * and scan, at a higher cost per token the longer the text.
 */
export interface Toks {
  readonly length: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly types: Uint8Array;
}

/**
 * The tokens of `text`, exactly those of the pattern
 * `/(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)|([\p{L}\p{M}]+)|(\S)/gu`: digits with
 * thousands commas ("11,000") or one decimal part ("1.5", ".5"); runs of letters and marks; any
 * other character (a whole code point). Read by hand in one pass, several times faster than the
 * pattern, with the rare non-ASCII characters classified by regex (lexer.test.ts checks both agree).
 */
export function lex(text: string): Toks {
  // About one token per four characters at most in prose: one or two doublings on odd text.
  let capacity = Math.max(16, (text.length >> 2) + 16);
  let starts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  let types = new Uint8Array(capacity);
  let n = 0;
  const push = (start: number, end: number, type: number) => {
    if (n === capacity) {
      capacity *= 2;
      starts = grown(starts, new Int32Array(capacity));
      ends = grown(ends, new Int32Array(capacity));
      types = grown(types, new Uint8Array(capacity));
    }
    starts[n] = start;
    ends[n] = end;
    types[n++] = type;
  };
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) {
      i++;
    } else if (isDigit(c) || (c === 46 && isDigit(text.charCodeAt(i + 1)))) {
      const end = numberEnd(text, i);
      push(i, end, NUM);
      i = end;
    } else if (isLetterAt(text, i)) {
      let end = i + width(text, i);
      while (end < text.length && isLetterAt(text, end)) end += width(text, end);
      push(i, end, WORD);
      i = end;
    } else if (c >= 128 && isSpaceCode(c)) {
      i++;
    } else {
      const end = i + width(text, i);
      push(i, end, PUNCT);
      i = end;
    }
  }
  return { length: n, starts: starts.subarray(0, n), ends: ends.subarray(0, n), types: types.subarray(0, n) };
}

const grown = <T extends Int32Array | Uint8Array>(from: T, to: T): T => {
  to.set(from);
  return to;
};

const SPACE = /\s/;
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Code units in the code point at `i`: 2 for a surrogate pair, else 1. */
const width = (text: string, i: number): number => {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return 1;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
};

/**
 * What the patterns say of each code unit of the Basic Multilingual Plane, found once per code
 * unit: KNOWN, and LETTER (`[\p{L}\p{M}]`) and SPACE (`\s`) when they hold. Testing a fresh
 * one-character string each time made a string per character of Cyrillic or Chinese text.
 */
const KNOWN = 1;
const LETTER = 2;
const BLANK = 4;
const classes = new Uint8Array(65536);

const classOf = (c: number): number => {
  let found = classes[c] ?? 0;
  if (found === 0) {
    const char = String.fromCharCode(c);
    found = KNOWN | (LETTER_OR_MARK.test(char) ? LETTER : 0) | (SPACE.test(char) ? BLANK : 0);
    classes[c] = found;
  }
  return found;
};

/** `\s` matches the code unit `c` (lone surrogates included, which it never matches). */
const isSpaceCode = (c: number): boolean => (classOf(c) & BLANK) !== 0;

const isLetterAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (width(text, i) === 2) return LETTER_OR_MARK.test(text.slice(i, i + 2));
  return (classOf(c) & LETTER) !== 0;
};

const digitsFrom = (text: string, i: number): number => {
  let j = i;
  while (isDigit(text.charCodeAt(j))) j++;
  return j;
};

/** "." then digits, when there: the decimal part. */
const decimalEnd = (text: string, i: number): number =>
  text.charCodeAt(i) === 46 && isDigit(text.charCodeAt(i + 1)) ? digitsFrom(text, i + 1) : i;

/** Where the number starting at `i` (a digit, or "." before a digit) ends. */
function numberEnd(text: string, i: number): number {
  if (text.charCodeAt(i) === 46) return digitsFrom(text, i + 1);
  const run = digitsFrom(text, i);
  let end = run;
  // Thousands groups only after one to three digits: "11,000,000"; "1234,567" is 1234 then ",".
  if (run - i <= 3) {
    while (
      text.charCodeAt(end) === 44 &&
      isDigit(text.charCodeAt(end + 1)) &&
      isDigit(text.charCodeAt(end + 2)) &&
      isDigit(text.charCodeAt(end + 3))
    )
      end += 4;
  }
  return decimalEnd(text, end);
}
