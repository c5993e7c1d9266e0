import type { Annotations, Band, Span } from '../../core/index.js';
import { contains, overlaps } from '../../core/index.js';
import { bandOf, probabilityOf } from './bands.js';
import { bottomLineLexicon as lex } from './lexicon.js';

/** An estimative marker in a sentence, with the probability it gives the statement in its scope. */
export interface MarkerHit {
  readonly span: Span;
  readonly text: string;
  readonly probability: number;
  readonly band: Band;
  readonly strength: number;
  readonly scope: Span;
}

/**
 * The certainty stage's markers in the sentence, plus the extra phrases of
 * model/assess-bottom-line.json it does not know ("remains low", "no clear signs"). A hedge over a
 * negated statement ("probably not") gives the statement the complement of its band.
 */
export function markersIn(text: string, annotations: Annotations, sentence: Span): MarkerHit[] {
  const found = annotations.certainty
    .filter((c) => contains(sentence, c.span))
    .map((c): MarkerHit => {
      const probability = c.rule.endsWith('+negative-scope') ? 1 - c.probability : c.probability;
      return {
        span: c.span,
        text: c.text,
        probability,
        band: bandOf(probability),
        strength: lex().strengthOf(c.text, c.band),
        scope: c.scope,
      };
    });
  const body = text.slice(sentence.start, sentence.end);
  for (const m of lex().markers) {
    for (const match of body.matchAll(m.pattern)) {
      const start = sentence.start + (match.index ?? 0);
      const span = { start, end: start + match[0].length };
      if (found.some((f) => overlaps(f.span, span))) continue;
      const probability = probabilityOf(m.band);
      found.push({ span, text: match[0], probability, band: m.band, strength: m.strength, scope: sentence });
    }
  }
  return found;
}
