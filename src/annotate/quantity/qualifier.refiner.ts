import { mapInPlace } from '../in-place.js';
import { isFigure, type Refiner, withRule } from './candidate.js';
import { lexicon } from './lexicon.js';
import { isPhrasalParticle } from './phrasal-particle.js';
import { glued, longestBefore, lower, near, posOf, type ScanContext, surface } from './scan-context.js';

/** Qualifiers written before a figure: "at least", "up to", "more than", "about", "some" (= about), "only". */
export const qualifierRefiner: Refiner = (ctx, candidates) =>
  mapInPlace(candidates, (c) => {
    if (!isFigure(c) || c.first < 1 || !near(ctx, c.first)) return c;
    const found = longestBefore(ctx, c.first - 1, 3, (s) => lexicon().qualifiers.get(s.toLowerCase()));
    if (!found) return c;
    // "each side handing over 144 prisoners": the particle of a phrasal verb qualifies nothing.
    const verb = found.first - 1;
    if (
      found.first === c.first - 1 &&
      posOf(ctx, verb) === 'VERB' &&
      isPhrasalParticle(`${surface(ctx, verb)} ${surface(ctx, found.first)}`)
    )
      return c;
    if (found.value === 'up to' && compoundNounUp(ctx, found.first)) return c;
    return withRule(c, 'qualifier', { qualifier: found.value, first: found.first });
  });

/**
 * "up" hyphened to the word before it closes a noun: "the run-up to 40 talks", "the lead-up to 5G".
 * (Written apart, "the stadium up to 18,000 feet" qualifies as often as it names.)
 */
export const compoundNounUp = (ctx: ScanContext, up: number): boolean =>
  lower(ctx, up) === 'up' && surface(ctx, up - 1) === '-' && glued(ctx, up) && glued(ctx, up - 1);
