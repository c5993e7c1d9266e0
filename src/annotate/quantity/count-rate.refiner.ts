import { mapInPlace } from '../in-place.js';
import { type Refiner, withRule } from './candidate.js';
import { lexicon, lookupUnit } from './lexicon.js';
import { denominatorAfter } from './rate.refiner.js';
import { lower, near, type ScanContext } from './scan-context.js';
import { singular } from './singular.js';

/**
 * Rates of counted things, read after the thing: "3,000 tests per day" (unit "test per day"),
 * "9,000 times a minute" ("count per minute"), "two goals per game". After "per" or a slash any
 * noun or unit divides; after "a", "an", "each" or "every" only a unit of time does ("five meals a
 * day" yes, "five tests a patient" no).
 */
export const countRateRefiner: Refiner = (ctx, candidates) =>
  mapInPlace(candidates, (c) => {
    if (c.kind !== 'count' || c.value === undefined || c.rules[0]?.startsWith('vague')) return c;
    const frequency =
      c.thing === undefined && near(ctx, c.last + 1) && lexicon().frequencyWords.has(lower(ctx, c.last + 1));
    if (c.thing === undefined && !frequency) return c;
    const last = frequency ? c.last + 1 : c.last;
    const denominator = denominatorAfter(ctx, { ...c, last });
    if (!denominator || !divides(ctx, last + 1, denominator.unit)) return c;
    const counted = frequency ? 'count' : singular(lastWord(c.thing ?? '')).toLowerCase();
    return withRule(c, 'rate.count', {
      kind: 'rate',
      unit: `${counted} per ${denominator.unit}`,
      last: denominator.last,
    });
  });

const lastWord = (phrase: string): string => phrase.split(/\s+/).at(-1) ?? '';

function divides(ctx: ScanContext, link: number, unit: string): boolean {
  const word = lower(ctx, link);
  if (word === 'per' || word === '/') return true;
  return lookupUnit(unit)?.kind === 'duration';
}
