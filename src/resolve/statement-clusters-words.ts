import { type Annotations, firstStartingAt, type Span } from '../core/index.js';
import { resolveLexicon } from './lexicon.js';

const content = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV', 'NUM']);

/**
 * The content words of a span (tokens inside `holes` left out), as lemmas where the tokens carry them ("forming", "formed" -> form;
 * "signs" -> sign), without stop words; from the bare text (a trailing "s" cut) when there are no tokens.
 */
export function contentWords(
  annotations: Annotations,
  text: string,
  span: Span,
  holes: readonly Span[] = [],
): Set<string> {
  const out = new Set<string>();
  const tokens = annotations.tokens;
  if (tokens.length === 0 || tokens.every((t) => t.lemma === undefined)) {
    for (const w of text
      .slice(span.start, span.end)
      .toLowerCase()
      .match(/\p{L}[\p{L}-]+/gu) ?? [])
      if (!resolveLexicon().stopWords.has(w)) out.add(w.replace(/s$/, ''));
    return out;
  }
  for (let k = firstStartingAt(tokens, span.start); k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || t.span.end > span.end) break;
    if (!content.has(t.pos) || holes.some((h) => h.start <= t.span.start && t.span.end <= h.end)) continue;
    const lemma = (t.lemma ?? text.slice(t.span.start, t.span.end)).toLowerCase();
    if (/^\p{L}[\p{L}-]+$/u.test(lemma) && !resolveLexicon().stopWords.has(lemma)) out.add(lemma);
  }
  return out;
}
