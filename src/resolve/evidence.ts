import type { Annotations, DocumentId, Span } from '../core/index.js';
import type { Evidence } from './types.js';

/** The sentence containing a span (the span itself when the sentence layer has none). */
export function sentenceOf(annotations: Annotations, span: Span): Span {
  for (const s of annotations.sentences)
    if (s.span.start <= span.start && span.start < s.span.end) return s.span;
  return span;
}

export const evidenceOf = (
  document: DocumentId,
  text: string,
  annotations: Annotations,
  span: Span,
): Evidence => ({
  document,
  span,
  text: text.slice(span.start, span.end),
  sentence: sentenceOf(annotations, span),
});
