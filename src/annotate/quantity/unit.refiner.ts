import { mapInPlace } from '../in-place.js';
import { type Candidate, type Refiner, withRule } from './candidate.js';
import { lexicon, lookupUnit, type UnitInfo } from './lexicon.js';
import {
  between,
  glued,
  isNum,
  isWord,
  longestAfter,
  lower,
  near,
  type ScanContext,
  surface,
} from './scan-context.js';
import { unitInSentence } from './unit-sense.js';

/**
 * Units after a figure: "65,000 tons", "90%", "90 per cent", "seven months", "152mm", "122-mm",
 * "87 mph". Time units make durations, percent signs percentages; millimetres next to a gun word
 * (or glued to the figure) make calibres.
 */
export const unitRefiner: Refiner = (ctx, candidates) =>
  mapInPlace(candidates, (c) => {
    if (c.kind !== 'count' || c.rules[0] === 'vague' || c.rules[0] === 'vague.unvalued') return c;
    const found = unitAfter(ctx, c.n1) ?? unitOfFraction(ctx, c);
    if (!found) return c;
    const { last, tight } = found;
    const info = last === c.n1 + 1 || tight ? unitInSentence(ctx, last, found.info) : found.info;
    const calibre = isCalibre(ctx, c, info, last, tight);
    const rule = calibre ? 'unit.calibre' : `unit.${info.kind}`;
    return withRule(c, rule, {
      kind: calibre ? 'calibre' : info.kind,
      unit: calibre ? 'mm' : info.unit,
      last,
    });
  });

function unitAfter(
  ctx: ScanContext,
  n1: number,
): { info: UnitInfo; last: number; tight: boolean } | undefined {
  let j = n1 + 1;
  let tight = glued(ctx, j);
  if (surface(ctx, j) === '-' && glued(ctx, j) && glued(ctx, j + 1)) {
    j++;
    tight = true;
  }
  if (!near(ctx, j)) return undefined;
  const found = longestAfter(ctx, j, 6, lookupUnit) ?? afterModifier(ctx, j, tight) ?? slashNumerator(ctx, j);
  if (!found) return undefined;
  const written = ctx.text.slice(ctx.toks.starts[j] ?? 0, ctx.toks.ends[found.last] ?? 0);
  // One-letter symbols only count when written against the figure ("100m", "5g"), for a capital
  // symbol ("5 W", "20 C") not followed by a name or number ("7 W Main St", "9 E 71st St"), or
  // before a slash and a unit ("4 m/s").
  const single = written.length === 1 && /\p{L}/u.test(written);
  if (single && !tight && !capitalSymbol(ctx, j, written) && !beforeSlashUnit(ctx, found.last))
    return undefined;
  // A symbol with a digit against it names a model ("a dozen TB2 drones", "F16"), not a unit.
  if (glued(ctx, found.last + 1) && isNum(ctx, found.last + 1)) return undefined;
  // A symbol must end at a word boundary: "5 min" yes, "5 minor" is not lexed as a unit anyway.
  return { info: found.value, last: found.last, tight };
}

/** A fraction of one unit: "3/4 of a pound", "a quarter of a percentage point", "three-quarters of an hour". */
function unitOfFraction(
  ctx: ScanContext,
  c: Candidate,
): { info: UnitInfo; last: number; tight: false } | undefined {
  if (!c.rules[0]?.endsWith('fraction') || lower(ctx, c.n1 + 1) !== 'of' || !near(ctx, c.n1 + 1))
    return undefined;
  const article = lower(ctx, c.n1 + 2);
  if ((article !== 'a' && article !== 'an') || !near(ctx, c.n1 + 2) || !near(ctx, c.n1 + 3)) return undefined;
  const found = longestAfter(ctx, c.n1 + 3, 4, lookupUnit);
  // A symbol ("a m") or a plural ("of a dozen eggs" has no unit) is not the unit a fraction is of.
  if (!found || between(ctx, c.n1 + 3, found.last).length < 3) return undefined;
  return { info: found.value, last: found.last, tight: false };
}

/** "A/cm2", "J/kg": a symbol that names a unit only as the numerator of a compound one. */
function slashNumerator(ctx: ScanContext, j: number): { value: UnitInfo; last: number } | undefined {
  const unit = lexicon().slashNumerators.get(surface(ctx, j));
  return unit !== undefined && beforeSlashUnit(ctx, j)
    ? { value: { unit, kind: 'measure' }, last: j }
    : undefined;
}

/** A slash and a unit written against token `last`, and no further slash ("m/s" yes, "A/B/C" no). */
function beforeSlashUnit(ctx: ScanContext, last: number): boolean {
  if (surface(ctx, last + 1) !== '/' || !glued(ctx, last + 1) || !glued(ctx, last + 2)) return false;
  const denominator = longestAfter(ctx, last + 2, 3, lookupUnit);
  if (denominator === undefined) return false;
  const after = denominator.last + 1;
  return !(glued(ctx, after) && (surface(ctx, after) === '/' || isWord(ctx, after) || isNum(ctx, after)));
}

const capitalSymbol = (ctx: ScanContext, j: number, written: string): boolean =>
  /^\p{Lu}$/u.test(written) &&
  !(near(ctx, j + 1) && (/^\p{Lu}\p{Ll}/u.test(surface(ctx, j + 1)) || isNum(ctx, j + 1))) &&
  !(surface(ctx, j + 1) === '.' && glued(ctx, j + 1) && /^\p{Lu}/u.test(surface(ctx, j + 2)));

/** "three consecutive years", "10 more miles": one modifier word, then a unit word in the plural. */
function afterModifier(ctx: ScanContext, j: number, tight: boolean) {
  if (tight || !lexicon().unitModifiers.has(lower(ctx, j)) || !near(ctx, j + 1)) return undefined;
  const found = longestAfter(ctx, j + 1, 4, lookupUnit);
  const written = found ? between(ctx, j + 1, found.last) : '';
  return found && written.length > 3 && written.endsWith('s') ? found : undefined;
}

const lengths = new Set(['millimetre', 'centimetre', 'metre']);

function isCalibre(ctx: ScanContext, c: Candidate, info: UnitInfo, last: number, tight: boolean): boolean {
  if (!lengths.has(info.unit) || c.value === undefined || c.value < 5 || c.value > 1000) return false;
  const cue = [last + 1, last + 2].some((k) => near(ctx, k) && lexicon().calibreCues.has(lower(ctx, k)));
  if (info.unit === 'millimetre') return tight || cue;
  return cue && (lower(ctx, last + 1) === 'caliber' || lower(ctx, last + 1) === 'calibre');
}
