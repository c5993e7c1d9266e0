import type { Annotations, Span, Token } from '../../core/index.js';
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

const cache = new WeakMap<Annotations, SentenceTokens[]>();

/**
 * Every sentence with its tokens, in one pass over both sorted lists; built once per document
 * (the collection's word counts and the views both read it).
 */
export function sentenceTokens(text: string, annotations: Annotations): SentenceTokens[] {
  const known = cache.get(annotations);
  if (known) return known;
  const built = build(text, annotations);
  cache.set(annotations, built);
  return built;
}

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
