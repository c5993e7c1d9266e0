import { type Annotations, type DocumentId, type Span, sentenceOf } from '../core/index.js';
import type { Evidence } from './types.js';

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
