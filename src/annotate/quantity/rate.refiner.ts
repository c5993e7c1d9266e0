import { mapInPlace } from '../in-place.js';
import { type Candidate, type Refiner, withRule } from './candidate.js';
import { lexicon, lookupUnit } from './lexicon.js';
import {
  glued,
  isWord,
  longestAfter,
  lower,
  near,
  posOf,
  type ScanContext,
  surface,
} from './scan-context.js';
import { singular } from './singular.js';

/**
 * Rates: money or a measure "per" something: "$128.5 per thousand cubic meters", "$5 a barrel",
 * "RM300 a month", "10 tons per day", "$3/kg". The unit becomes "dollar per barrel".
 */
export const rateRefiner: Refiner = (ctx, candidates) =>
  mapInPlace(candidates, (c) => {
    if (c.kind !== 'money' && c.kind !== 'measure') return c;
    const denominator = denominatorAfter(ctx, c);
    if (!denominator) return c;
    const unit = `${c.unit ?? c.currency ?? ''} per ${denominator.unit}`;
    // Across a bracket the figure keeps its own span: the bracket holds another figure.
    const last = denominator.bracketed ? c.last : denominator.last;
    return withRule(c, 'rate', { kind: 'rate', unit, last });
  });

export function denominatorAfter(
  ctx: ScanContext,
  c: Candidate,
): { unit: string; last: number; bracketed?: boolean } | undefined {
  const end = bracketEnd(ctx, c.last);
  const bracketed = end !== c.last;
  // "barrel-a-day", "£24 a-year": the link may be joined by hyphens.
  const hyphenBefore = surface(ctx, end + 1) === '-' && glued(ctx, end + 1) && glued(ctx, end + 2);
  const link = hyphenBefore ? end + 2 : end + 1;
  const word = lower(ctx, link);
  const slash = word === '/' && glued(ctx, link);
  if (!slash && !(near(ctx, link) && lexicon().rateLinks.has(word))) return undefined;
  const hyphenAfter = surface(ctx, link + 1) === '-' && glued(ctx, link + 1) && glued(ctx, link + 2);
  let j = hyphenAfter ? link + 2 : link + 1;
  // A measure takes "a" or "each" only before a span of time: "barrels a day", "tonnes a year".
  const loose = word !== 'per' && !slash && !(hyphenBefore && hyphenAfter);
  if (c.kind === 'measure' && loose && lookupUnit(surface(ctx, j))?.kind !== 'duration') return undefined;
  if (!near(ctx, j)) return undefined;
  const scaleWord =
    lexicon().scales.has(lower(ctx, j)) || lexicon().multipliers.has(lower(ctx, j)) ? lower(ctx, j) : '';
  if (scaleWord) j++;
  const unit = longestAfter(ctx, j, 3, lookupUnit);
  const prefix = scaleWord ? `${scaleWord} ` : '';
  // "a week earlier", "a year ago": a point in time, not a rate.
  const when = (last: number) => near(ctx, last + 1) && lexicon().notRateAfter.has(lower(ctx, last + 1));
  if (unit && !slash && word !== 'per' && when(unit.last)) return undefined;
  if (unit) return { unit: prefix + unit.value.unit, last: unit.last, bracketed };
  if (!near(ctx, j) || !isWord(ctx, j)) return undefined;
  const pos = posOf(ctx, j);
  // After "per" only a noun can follow, whatever the tagger says ("goals per match").
  const perNoun = word === 'per' && !lexicon().thingStopWords.has(lower(ctx, j));
  if (pos !== 'NOUN' && !(pos === undefined && slash) && !perNoun) return undefined;
  // "$5 a barrel" yes; "$5 a share" yes; "$5 an increase" is not a rate (a noun phrase follows, not a unit).
  if (word === 'a' || word === 'an') {
    const next = posOf(ctx, j + 1);
    if (next === 'NOUN' || next === 'ADJ') return undefined;
  }
  return { unit: prefix + singular(surface(ctx, j).toLowerCase()), last: j, bracketed };
}

/**
 * Where the figure ending at token `last` ends with a bracket around it or after it: "C$6 (US$4.46)
 * per share" gives both sums the denominator after the bracket. Short brackets only.
 */
function bracketEnd(ctx: ScanContext, last: number): number {
  if (surface(ctx, last + 1) === ')' && glued(ctx, last + 1)) return last + 1;
  if (surface(ctx, last + 1) !== '(') return last;
  for (let k = last + 2; k <= last + 8 && near(ctx, k); k++) if (surface(ctx, k) === ')') return k;
  return last;
}
