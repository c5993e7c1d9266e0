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
