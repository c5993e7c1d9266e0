import { type Candidate, type Refiner, withRule } from './candidate.js';
import { currencyBefore } from './currency.js';
import { lexicon, lookupUnit } from './lexicon.js';
import { lower, near, posOf, type ScanContext, surface } from './scan-context.js';

/**
 * Types four-digit figures from 1000 to 2100 as years ("in 2022", "a 1997 agreement") unless a
 * currency, a unit or a plural noun says they count something ("2000 troops", "$1500").
 */
export const yearRefiner: Refiner = (ctx, candidates) =>
  candidates.map((c) => (looksLikeYear(ctx, c) ? withRule(c, 'year', { kind: 'year' }) : c));

function looksLikeYear(ctx: ScanContext, c: Candidate): boolean {
  if (c.kind !== 'count' || c.words || c.n0 !== c.n1 || c.value === undefined) return false;
  if (!/^\d{4}$/.test(surface(ctx, c.n0)) || c.value < 1000 || c.value > 2100) return false;
  if (currencyBefore(ctx, c.n0)) return false;
  const next = c.n1 + 1;
  if (near(ctx, next) && lookupUnit(surface(ctx, next))) return false;
  if (near(ctx, c.n0) && lexicon.yearCues.has(lower(ctx, c.n0 - 1))) return true;
  if (!near(ctx, next)) return true;
  return !countsNoun(ctx, next);
}

/** A lower-case plural noun (or an adjective before one) right after the figure. */
const countsNoun = (ctx: ScanContext, i: number): boolean => {
  const word = surface(ctx, i);
  if (word !== word.toLowerCase()) return false;
  const pos = posOf(ctx, i);
  if (pos === 'NOUN' && word.endsWith('s')) return true;
  return (pos === 'ADJ' || pos === 'VERB') && posOf(ctx, i + 1) === 'NOUN' && lower(ctx, i + 1).endsWith('s');
};
