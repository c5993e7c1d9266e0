import { certaintyLexicon } from '../../annotate/certainty/index.js';
import { type Band, bands } from '../../core/index.js';

/** ICD 203 bands from least to most likely. */
export { bands };

/** A band's midpoint probability, as the certainty stage gives it. */
export const probabilityOf = (band: Band): number => certaintyLexicon().probability(band);

export const bandIndex = (band: Band): number => bands.indexOf(band);

/** The band whose midpoint (as the certainty stage gives it) is nearest to a probability. */
export function bandOf(probability: number): Band {
  let best: Band = 'roughly even';
  let distance = Number.POSITIVE_INFINITY;
  for (const band of bands) {
    const d = Math.abs(certaintyLexicon().probability(band) - probability);
    if (d < distance) {
      best = band;
      distance = d;
    }
  }
  return best;
}

export const logit = (p: number): number => {
  const q = Math.min(0.99, Math.max(0.01, p));
  return Math.log(q / (1 - q));
};

export const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
