import { currencyBefore } from './currency.js';
import { lexicon, lookupUnit } from './lexicon.js';
import { moneyBefore } from './money-context.js';
import { glued, isNum, longestAfter, lower, near, posOf, type ScanContext, surface } from './scan-context.js';

/** What follows a number written in digits and multiplies it, and the last token it covers. */
export interface Multiplier {
  readonly scale: number;
  readonly last: number;
}

const times = new Set(['×', 'x', '*']);
const minusSigns = new Set(['-', '−', '–']);

/**
 * A scale word or abbreviation after the number at token `i`: "1.5 billion", "20bn", "$5m", "4
 * hundred", "4.3M", "12.3m tonnes" (a lower-case "m" is a million only before a unit or a plural
 * noun, or after words about money: "revenue of 45m"; otherwise it is metres), "8 B people", or powers of ten: "2.998×10−8", "3 x 10^8".
 */
export function multiplierAfter(ctx: ScanContext, i: number): Multiplier | undefined {
  if (!near(ctx, i + 1)) return undefined;
  const power = powerOfTen(ctx, i);
  if (power) return power;
  const word = lower(ctx, i + 1);
  const full =
    lexicon().scales.get(word) ??
    lexicon().scales.get(word.replace(/s$/, '')) ??
    lexicon().multipliers.get(word);
  if (full !== undefined) return { scale: full, last: i + 1 };
  const abbreviation = lexicon().scaleAbbreviations.get(word);
  if (abbreviation !== undefined && (word !== 'k' || glued(ctx, i + 1)))
    return { scale: abbreviation, last: i + 1 };
  // A capital "B" written apart is a billion only when money or a plural noun says so: "8 B people".
  if (surface(ctx, i + 1) === 'B' && (currencyBefore(ctx, i) || countedAfter(ctx, i + 2)))
    return { scale: 1e9, last: i + 1 };
  if (!glued(ctx, i + 1)) return undefined;
  const money = lexicon().moneyScaleAbbreviations.get(word);
  if (money !== undefined && currencyBefore(ctx, i)) return { scale: money, last: i + 1 };
  if (
    surface(ctx, i + 1) === 'M' ||
    (word === 'm' && (countedAfter(ctx, i + 2) || moneyBefore(ctx, i, i + 2)))
  )
    return { scale: 1e6, last: i + 1 };
  return undefined;
}

/** A unit or a lower-case plural noun at token `k`: what a million ("m") can count. */
function countedAfter(ctx: ScanContext, k: number): boolean {
  if (!near(ctx, k) || glued(ctx, k)) return false;
  if (longestAfter(ctx, k, 3, lookupUnit)) return true;
  const word = surface(ctx, k);
  const plural = /[^s]s$/.test(word) || lexicon().irregularPlurals.get(word) === word;
  return posOf(ctx, k) === 'NOUN' && word === word.toLowerCase() && plural;
}

function powerOfTen(ctx: ScanContext, i: number): Multiplier | undefined {
  if (!times.has(lower(ctx, i + 1)) || surface(ctx, i + 2) !== '10' || !near(ctx, i + 2)) return undefined;
  let k = i + 3;
  if (surface(ctx, k) === '^' && glued(ctx, k)) k++;
  const negative = minusSigns.has(surface(ctx, k)) && glued(ctx, k);
  if (negative || surface(ctx, k) === '+') k++;
  if (!isNum(ctx, k) || !glued(ctx, k) || !/^\d{1,3}$/.test(surface(ctx, k))) return undefined;
  const exponent = Number(surface(ctx, k));
  return { scale: 10 ** (negative ? -exponent : exponent), last: k };
}
