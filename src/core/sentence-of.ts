import type { Annotations } from './annotations.js';
import type { Span } from './span.js';

/** The sentence that holds `span` (its start), or the span itself when no sentence does: a binary search. */
export function sentenceOf(annotations: Pick<Annotations, 'sentences'>, span: Span): Span {
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
