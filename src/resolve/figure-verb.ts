import type { Annotations, Span } from '../core/index.js';

const BOUNDARY = /[,;:()—–]/;
/** A part of another figure ("..., including 280 children") counts the event of the figure it is part of. */
const PART_OF = /\b(?:including|among them|of whom|of them)\s*$/i;
/** A figure named as a part of another in its sentence ("the 3,000 troops include 2,000 from ..."). */
export const NAMED_AS_PART = /\b(?:include[sd]?|including|among them|of whom|of them)\s*$/i;
const INCLUDE = 'include';
const VALUE_FRAME = /\bat\s*$/i;
/** Auxiliaries and copulas carry no event: "have been killed" is about killing. */
const AUXILIARY = new Set([
  'be',
  'have',
  'do',
  'get',
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'must',
]);

const lemmaOf = (annotations: Annotations, text: string, k: number): string | undefined => {
  const t = annotations.tokens[k];
  if (t?.pos !== 'VERB') return undefined;
  const lemma = (t.lemma ?? text.slice(t.span.start, t.span.end)).toLowerCase();
  return AUXILIARY.has(lemma) || lemma === INCLUDE ? undefined : lemma;
};

/**
 * The event a figure counts, as a verb lemma: the first full verb after it in its own stretch of the
 * sentence ("19 people were killed and 30 injured" -> kill, injure), else the nearest before it
 * ("the strike killed 21 people" -> kill); a part ("including 3 children") takes its whole's verb.
 * Undefined when its stretch has none.
 */
export function figureVerb(
  annotations: Annotations,
  text: string,
  figure: Span,
  sentence: Span,
): string | undefined {
  const tokens = annotations.tokens;
  const before = text.slice(sentence.start, figure.start);
  // "putting the contingent at 9,000", "estimated at 40 million": the verb frames a value, no event.
  if (VALUE_FRAME.test(before)) return undefined;
  const part = PART_OF.test(before);
  let at = tokens.findIndex((t) => t.span.start >= figure.end);
  if (at < 0) at = tokens.length;
  for (let k = part ? tokens.length : at; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || t.span.start >= sentence.end || BOUNDARY.test(text.slice(t.span.start, t.span.end))) break;
    const lemma = lemmaOf(annotations, text, k);
    if (lemma) return lemma;
  }
  for (let k = at - 1; k >= 0; k--) {
    const t = tokens[k];
    if (!t || t.span.end <= sentence.start) break;
    if (t.span.start >= figure.start) continue;
    if (!part && BOUNDARY.test(text.slice(t.span.start, t.span.end))) break;
    const lemma = lemmaOf(annotations, text, k);
    if (lemma) return lemma;
  }
  return undefined;
}
