import { isTimeNoun } from '../../annotate/attribution/index.js';
import { bandOf } from './bands.js';
import { bottomLineLexicon as lex } from './lexicon.js';
import type { MarkerHit } from './markers.js';
import type { SentenceTokens } from './sentence-tokens.js';

/** The chance a stated delay leaves the outcome by the horizon: never above 'unlikely', never below 'very unlikely'. */
const HIGHEST = 0.3;
const LOWEST = 0.1;

/** Words between "be" and the span of time ("be many more months", "be a few weeks"). */
const measure = new Set(['DET', 'ADJ', 'NUM', 'ADV']);

/**
 * A judged delay before the outcome ("it could still be months before any deal", "will be years
 * until"): the marker judges the wait, and what follows "before" or "until" is judged not to come
 * in the meantime. Read as a judgement on that clause, with the complement of the marker's
 * probability, kept between very unlikely and unlikely (the wait is stated, the horizon is not).
 * Undefined when the marker governs no such delay.
 */
export function delayedOutcome(s: SentenceTokens, m: MarkerHit): MarkerHit | undefined {
  let k = s.tokens.findIndex((t) => t.span.start >= m.span.end);
  if (k < 0) return undefined;
  while (s.tokens[k]?.pos === 'ADV') k++;
  if (s.tokens[k]?.lemma !== 'be' && s.lower[k] !== 'be') return undefined;
  k++;
  let time = false;
  while (measure.has(s.tokens[k]?.pos ?? '') || s.tokens[k]?.pos === 'NOUN') {
    if (s.tokens[k]?.pos === 'NOUN') {
      if (!isTimeNoun(s.lower[k] ?? '')) return undefined;
      time = true;
    }
    k++;
  }
  const until = s.tokens[k];
  if (!time || !until || !lex().subordinators.has(s.lower[k] ?? '') || s.lower[k] === 'after')
    return undefined;
  if (until.span.end >= m.scope.end) return undefined;
  const probability = Math.min(HIGHEST, Math.max(LOWEST, 1 - m.probability));
  return {
    ...m,
    span: { start: m.span.start, end: until.span.end },
    text: s.lower
      .slice(
        s.tokens.findIndex((t) => t.span.start >= m.span.start),
        k + 1,
      )
      .join(' '),
    scope: { start: until.span.end, end: m.scope.end },
    probability,
    band: bandOf(probability),
    strength: Math.max(m.strength, 2),
  };
}
