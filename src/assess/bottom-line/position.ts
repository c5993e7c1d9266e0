import { bandOf, scaled } from './bands.js';
import { bottomLineLexicon as lex } from './lexicon.js';
import type { MarkerHit } from './markers.js';
import type { SentenceTokens } from './sentence-tokens.js';

/**
 * The marker's own position once the sentence's modifiers are read: a degree adverb right before
 * it ("highly", "somewhat") moves it away from or toward even odds, and a limiter that confines the
 * judgement to the present ("for now", "at this moment") draws it toward even odds.
 */
export function placed(text: string, s: SentenceTokens, m: MarkerHit): MarkerHit {
  let p = m.probability;
  const at = s.tokens.findIndex((t) => t.span.start >= m.span.start);
  const before = at > 0 ? (s.lower[at - 1] ?? '') : '';
  if (lex().degree.intensifiers.has(before) && lex().pointOf(`${before} ${m.text}`) === undefined)
    p = scaled(p, lex().degree.intensify);
  if (lex().degree.diminishers.has(before)) p = scaled(p, lex().degree.diminish);
  const body = ` ${text
    .slice(s.span.start, s.span.end)
    .toLowerCase()
    .replace(/[^\p{L}\s]+/gu, ' ')
    .replace(/\s+/g, ' ')} `;
  if (lex().limiters.phrases.some((phrase) => body.includes(` ${phrase} `)))
    p = scaled(p, lex().limiters.factor);
  return p === m.probability ? m : { ...m, probability: p, band: bandOf(p) };
}
