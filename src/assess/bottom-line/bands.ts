import { certaintyLexicon } from '../../annotate/certainty/index.js';
import { type Band, bands } from '../../core/index.js';

/** ICD 203 bands from least to most likely. */
export { bands };

/** A band's midpoint probability, as the certainty stage gives it. */
export const probabilityOf = (band: Band): number => certaintyLexicon().probability(band);

export const bandIndex = (band: Band): number => bands.indexOf(band);

/**
 * The ICD 203 band a probability falls in (a boundary belongs to the band nearer even odds, so
 * 20 % is unlikely and 80 % is likely).
 */
export function bandOf(probability: number): Band {
  const p = Math.round(probability * 1000) / 1000;
  for (const band of bands) {
    const [low, high] = certaintyLexicon().range(band);
    if ((p < 0.5 ? p < high : p <= high) && (p >= low || band === 'almost no chance')) return band;
  }
  return 'almost certain';
}

export const logit = (p: number): number => {
  const q = Math.min(0.99, Math.max(0.01, p));
  return Math.log(q / (1 - q));
};

export const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/** A probability with its log-odds scaled: factor < 1 draws it toward even odds, > 1 away from them. */
export const scaled = (p: number, factor: number): number => sigmoid(logit(p) * factor);
