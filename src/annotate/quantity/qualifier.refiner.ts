import { mapInPlace } from '../in-place.js';
import { isFigure, type Refiner, withRule } from './candidate.js';
import { lexicon } from './lexicon.js';
import { isPhrasalParticle } from './phrasal-particle.js';
import { longestBefore, near, posOf, surface } from './scan-context.js';

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
    return withRule(c, 'qualifier', { qualifier: found.value, first: found.first });
  });
