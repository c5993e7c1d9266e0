import { type Annotations, lastMemo, type Span, type Token } from '../../core/index.js';
import { trimSpan } from '../evidence/sentences.js';
import { wordKey } from './word-key.js';

/** A sentence (trimmed) with its tokens and their lowercase text. */
export interface SentenceTokens {
  readonly index: number;
  readonly span: Span;
  readonly tokens: readonly Token[];
  readonly lower: readonly string[];
  /** Each token's match keys: of its lemma and of its own spelling (see wordKey). */
  readonly keys: readonly (readonly [string, string])[];
}

const lastBuilt = lastMemo((annotations: Annotations, text: string) => build(text, annotations));

/**
 * Every sentence with its tokens, in one pass over both sorted lists; kept for the document last
 * asked for (the views read it many times a document; holding every document's would not scale).
 */
export const sentenceTokens = (text: string, annotations: Annotations): SentenceTokens[] =>
  lastBuilt(annotations, text);

function build(text: string, annotations: Annotations): SentenceTokens[] {
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
    const lower = own.map((t) => text.slice(t.span.start, t.span.end).toLowerCase());
    const keys = own.map((t, i): [string, string] => [
      wordKey(t.lemma ?? lower[i] ?? ''),
      wordKey(lower[i] ?? ''),
    ]);
    return { index, span, tokens: own, lower, keys };
  });
}
