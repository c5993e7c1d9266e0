import { mapInPlace } from '../in-place.js';
import { type Candidate, type Refiner, withRule } from './candidate.js';
import { currencyBefore } from './currency.js';
import { lexicon, lookupUnit } from './lexicon.js';
import { compoundNounUp } from './qualifier.refiner.js';
import { rangeLinkEnd } from './range-link.js';
import { isNum, longestBefore, lower, near, posOf, type ScanContext, surface } from './scan-context.js';

/**
 * Types four-digit figures from 1000 to 2100 as years ("in 2022", "a 1997 agreement"; up to 2200
 * after a year cue: "by 2120") unless a currency, a unit, a plural noun, a hedge ("about 1000", "an
 * average of 1500") or a range up to a figure that is no year ("2000 - 2500 calories") says they count.
 */
export const yearRefiner: Refiner = (ctx, candidates) =>
  mapInPlace(candidates, (c) => (looksLikeYear(ctx, c) ? withRule(c, 'year', { kind: 'year' }) : c));

function looksLikeYear(ctx: ScanContext, c: Candidate): boolean {
  if (c.kind !== 'count' || c.words || c.n0 !== c.n1 || c.value === undefined) return false;
  if (!/^\d{4}$/.test(surface(ctx, c.n0)) || c.value < 1000 || c.value > 2200) return false;
  if (currencyBefore(ctx, c.n0) || hedged(ctx, c.n0) || rangeToCount(ctx, c.n1)) return false;
  const cue = near(ctx, c.n0) && lexicon().yearCues.has(lower(ctx, c.n0 - 1));
  if (c.value > 2100) return cue;
  const next = c.n1 + 1;
  if (near(ctx, next) && lookupUnit(surface(ctx, next))) return false;
  if (cue || !near(ctx, next)) return true;
  return !countsNoun(ctx, next);
}

/**
 * A qualifier or a count cue right before the figure: "about 1000", "some 1500", "a total of 2000";
 * not "up to" after a noun that "up" is hyphened to ("the run-up to 2024").
 */
function hedged(ctx: ScanContext, n0: number): boolean {
  if (!near(ctx, n0)) return false;
  const found = longestBefore(ctx, n0 - 1, 3, (s) =>
    lexicon().countCues.has(s.toLowerCase()) || lexicon().qualifiers.has(s.toLowerCase()) ? true : undefined,
  );
  return found !== undefined && !compoundNounUp(ctx, found.first);
}

/** "2000 - 2500": the other end of the range is a number that cannot be a year. */
function rangeToCount(ctx: ScanContext, n1: number): boolean {
  const link = rangeLinkEnd(ctx, n1 + 1, false);
  if (link === undefined || !isNum(ctx, link + 1) || !near(ctx, link + 1)) return false;
  const other = surface(ctx, link + 1);
  return /^\d{4}$/.test(other) && Number(other) > 2100;
}

/** A lower-case plural noun (or an adjective before one) right after the figure. */
const countsNoun = (ctx: ScanContext, i: number): boolean => {
  const word = surface(ctx, i);
  if (word !== word.toLowerCase()) return false;
  const pos = posOf(ctx, i);
  if (pos === 'NOUN' && word.endsWith('s')) return true;
  return (pos === 'ADJ' || pos === 'VERB') && posOf(ctx, i + 1) === 'NOUN' && lower(ctx, i + 1).endsWith('s');
};
