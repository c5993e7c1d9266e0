import { isAllCaps } from './fold.js';

const SPACE = /\s/;
const TWO_LETTERS = /\p{L}{2,}/u;

/**
 * Is this sentence set in capitals (a headline)? More than 70% of its words (split at whitespace,
 * counting those with two letters in a row, in its first 400 characters, at least three of them)
 * are in capitals. One pass: ASCII words are read from their bytes, the rare others by regex.
 */
export function isShouting(text: string, span: { start: number; end: number } | undefined): boolean {
  if (!span) return false;
  const slice = text.slice(span.start, Math.min(span.end, span.start + 400));
  let words = 0;
  let caps = 0;
  let from = 0;
  let pair = false;
  let upper = false;
  let lower = false;
  let previousLetter = false;
  let ascii = true;
  for (let i = 0; i <= slice.length; i++) {
    const c = i < slice.length ? slice.charCodeAt(i) : 32;
    const space = c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(slice.charAt(i));
    if (space) {
      const word = ascii ? pair : TWO_LETTERS.test(slice.slice(from, i));
      if (word) {
        words++;
        if (ascii ? upper && !lower : isAllCaps(slice.slice(from, i))) caps++;
      }
      from = i + 1;
      pair = upper = lower = previousLetter = false;
      ascii = true;
      continue;
    }
    if (c >= 128) ascii = false;
    const isUpper = c >= 65 && c <= 90;
    const isLower = c >= 97 && c <= 122;
    const letter = isUpper || isLower;
    if (letter && previousLetter) pair = true;
    if (isUpper) upper = true;
    if (isLower) lower = true;
    previousLetter = letter;
  }
  return words >= 3 && caps / words > 0.7;
}
