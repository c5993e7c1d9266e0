/** Offsets into a document's stored, normalized text: `text.slice(start, end)`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export const spanOf = (start: number, end: number): Span => ({ start, end });

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

export const contains = (outer: Span, inner: Span): boolean =>
  outer.start <= inner.start && inner.end <= outer.end;

export const spanLength = (s: Span): number => s.end - s.start;

/** The index of the first item (sorted by start) that starts at or after `at`: a binary search. */
export function firstStartingAt(items: readonly { readonly span: Span }[], at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid]?.span.start ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
