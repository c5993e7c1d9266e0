import type { Annotations, Span } from '../../core/index.js';

/** The sentence that holds `span` (its start), or the span itself when no sentence does. */
export function sentenceOf(annotations: Annotations, span: Span): Span {
  const list = annotations.sentences;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid];
    if (!s) break;
    if (span.start < s.span.start) hi = mid - 1;
    else if (span.start >= s.span.end) lo = mid + 1;
    else return s.span;
  }
  return span;
}

/** Trims the whitespace around a sentence span so that its text reads cleanly. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}
