/**
 * True when `list` is already in the order `compare` sorts it, so a stable sort would leave it as it
 * is. One pass: candidates mostly arrive in text order, and sorting hundreds of thousands of them on a
 * long text (with a copy first) grew faster than the text.
 */
export function inOrder<T>(list: readonly T[], compare: (a: T, b: T) => number): boolean {
  for (let i = 1; i < list.length; i++) if (compare(list[i - 1] as T, list[i] as T) > 0) return false;
  return true;
}

/** A sorted copy of `list` (stable), without sorting when it is already in order. */
export const sortedCopy = <T>(list: readonly T[], compare: (a: T, b: T) => number): T[] =>
  inOrder(list, compare) ? list.slice() : [...list].sort(compare);
