import type { Annotations, Span, Token } from '../../core/index.js';
import { trimSpan } from '../evidence/sentences.js';

/** A sentence (trimmed) with its tokens and their lowercase text. */
export interface SentenceTokens {
  readonly index: number;
  readonly span: Span;
  readonly tokens: readonly Token[];
  readonly lower: readonly string[];
}

/** Every sentence with its tokens, in one pass over both sorted lists. */
export function sentenceTokens(text: string, annotations: Annotations): SentenceTokens[] {
  const { tokens } = annotations;
  let k = 0;
  return annotations.sentences.map((s, index) => {
    const span = trimSpan(text, s.span);
    while (k < tokens.length && (tokens[k]?.span.start ?? 0) < span.start) k++;
    const own: Token[] = [];
    for (let j = k; j < tokens.length && (tokens[j]?.span.end ?? 0) <= span.end; j++) {
      const t = tokens[j];
      if (t) own.push(t);
    }
    k += own.length;
    return {
      index,
      span,
      tokens: own,
      lower: own.map((t) => text.slice(t.span.start, t.span.end).toLowerCase()),
    };
  });
}
