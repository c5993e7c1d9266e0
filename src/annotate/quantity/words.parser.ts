import { type Candidate, candidate, type Parser } from './candidate.js';
import { WORD } from './lexer.js';
import { isNumberWord, lexicon, lookupUnit } from './lexicon.js';
import { glued, isNum, lower, near, type ScanContext } from './scan-context.js';

/**
 * Figures written in words: "two", "twenty-five", "one and a half million", "a dozen", "half a
 * million", "a quarter of a million", "two thirds", "one in five" (rule `words.fraction` for a part of a
 * whole); ordinal words
 * ("first"). Vague plurals are the vague parser's.
 */
export const wordsParser: Parser = (ctx) => {
  const out: Candidate[] = [];
  for (let i = 0; i < ctx.toks.length; i++) {
    if (ctx.toks.types[i] !== WORD) continue;
    const word = lower(ctx, i);
    const ordinal = lexicon().ordinals.get(word);
    if (ordinal !== undefined) {
      if (!isNumberWord(lower(ctx, i - 1))) out.push(single(i, i, 'ordinal', ordinal, 'words.ordinal'));
      continue;
    }
    const startsPhrase = word === 'a' || word === 'half' || isNumberWord(word);
    if (!startsPhrase || continuesNumber(ctx, i)) continue;
    const parsed = readNumber(ctx, i);
    if (!parsed) continue;
    const rule = parsed.fraction ? 'words.fraction' : 'words';
    out.push(single(i, parsed.last, 'count', parsed.value, rule, parsed.scale));
    i = parsed.last;
  }
  return out;
};

const single = (
  first: number,
  last: number,
  kind: Candidate['kind'],
  value: number,
  rule: string,
  scale?: number,
): Candidate =>
  candidate({
    first,
    last,
    n0: first,
    n1: last,
    kind,
    value,
    scale,
    words: true,
    rules: [rule],
  });

/** True when token `i` is inside a number already begun by the token before it ("twenty-five", "two hundred"). */
const continuesNumber = (ctx: ScanContext, i: number): boolean => {
  const prev = lower(ctx, i - 1);
  return near(ctx, i) && (isNumberWord(prev) || (prev === '-' && isNumberWord(lower(ctx, i - 2))));
};

interface Reading {
  value: number;
  last: number;
  scale?: number;
  /** A part of a whole ("two thirds", "one in five"), not a count. */
  fraction?: true;
}

/** Reads one number phrase starting at token `i`; null when the words do not make a number. */
function readNumber(ctx: ScanContext, i: number): Reading | null {
  let total = 0;
  let current = 0;
  let seen = false;
  let last = -1;
  let scale: number | undefined;
  let previous: 'cardinal' | 'tens' | 'multiplier' | 'scale' | 'none' = 'none';
  for (let j = i; j < ctx.toks.length && j < i + 24; j++) {
    if (j > i && !near(ctx, j)) break;
    const w = lower(ctx, j);
    if (j === i && (w === 'a' || w === 'half')) {
      const after = lower(ctx, j + 1) === 'a' && w === 'half' ? j + 2 : j + 1;
      const nextWord = lower(ctx, after);
      if (w === 'half' && !lexicon().scales.has(nextWord)) return null;
      if (w === 'a' && !lexicon().multipliers.has(nextWord) && !lexicon().scales.has(nextWord))
        return ofScale(ctx, fraction(ctx, j));
      current = w === 'half' ? 0.5 : 1;
      j = after - 1;
      continue;
    }
    const cardinal = lexicon().cardinals.get(w);
    const tens = lexicon().tens.get(w);
    const multiplier = lexicon().multipliers.get(w);
    const scaleValue = lexicon().scales.get(w);
    if (cardinal !== undefined && previous !== 'cardinal') {
      if (previous === 'tens' && cardinal >= 10) break;
      current += cardinal;
      previous = 'cardinal';
    } else if (tens !== undefined && previous !== 'cardinal' && previous !== 'tens') {
      current += tens;
      previous = 'tens';
    } else if (multiplier !== undefined && (seen || current > 0)) {
      current = (current || 1) * multiplier;
      previous = 'multiplier';
    } else if (scaleValue !== undefined && (seen || current > 0)) {
      total += (current || 1) * scaleValue;
      current = 0;
      scale = scaleValue;
      previous = 'scale';
    } else if (
      w === '-' &&
      glued(ctx, j) &&
      previous === 'tens' &&
      lexicon().cardinals.has(lower(ctx, j + 1))
    ) {
      continue;
    } else if (w === 'and' && seen && lower(ctx, j + 1) === 'a' && lower(ctx, j + 2) === 'half') {
      current += 0.5;
      j += 2;
      last = j;
      continue;
    } else if (w === 'and' && seen && previous === 'multiplier' && isNumberWord(lower(ctx, j + 1))) {
      continue;
    } else break;
    seen = true;
    last = j;
  }
  if (!seen || last < 0) return null;
  const fractionAfter =
    ofScale(ctx, readFractionAfter(ctx, last, total + current)) ?? proportion(ctx, last, total + current);
  if (fractionAfter) return fractionAfter;
  return { value: total + current, last, ...(scale ? { scale } : {}) };
}

/** A fraction of a scale word is a number, not a share: "a quarter of a million", "two-thirds of a billion". */
function ofScale(ctx: ScanContext, part: Reading | null): Reading | null {
  if (!part || lower(ctx, part.last + 1) !== 'of' || lower(ctx, part.last + 2) !== 'a') return part;
  const scale = lexicon().scales.get(lower(ctx, part.last + 3));
  if (scale === undefined || !near(ctx, part.last + 2) || !near(ctx, part.last + 3)) return part;
  return { value: Number((part.value * scale).toPrecision(15)), last: part.last + 3, scale };
}

/** "a third of", "a quarter of": the fraction as a value. */
function fraction(ctx: ScanContext, i: number): Reading | null {
  const value = lexicon().fractions.get(lower(ctx, i + 1));
  if (value === undefined || lower(ctx, i + 2) !== 'of' || isNum(ctx, i + 3)) return null;
  return { value, last: i + 1, fraction: true };
}

/**
 * "two thirds", "three-fifths": a small cardinal followed by a plural fraction word; "one fourth of":
 * one and a singular fraction word before "of".
 */
function readFractionAfter(ctx: ScanContext, last: number, count: number): Reading | null {
  const at =
    lower(ctx, last + 1) === '-' && glued(ctx, last + 1) && glued(ctx, last + 2) ? last + 2 : last + 1;
  const word = lower(ctx, at);
  const single = count === 1 && lower(ctx, at + 1) === 'of' && !word.endsWith('s');
  if (!near(ctx, at) || (!word.endsWith('s') && !single) || count > 10) return null;
  const value = lexicon().fractions.get(word);
  return value === undefined
    ? null
    : { value: Number((count * value).toPrecision(15)), last: at, fraction: true };
}

/**
 * "one in five", "two out of three", "one out of every ten": a share written as so many of so many,
 * the whole in words or plain digits and larger than the part (so "one in 2022" stays a count).
 */
function proportion(ctx: ScanContext, last: number, part: number): Reading | null {
  let at = last + 1;
  if (lower(ctx, at) === 'out' && lower(ctx, at + 1) === 'of') at += 2;
  else if (lower(ctx, at) === 'in') at += 1;
  else return null;
  if (lower(ctx, at) === 'every') at += 1;
  const word = lower(ctx, at);
  const whole =
    lexicon().cardinals.get(word) ??
    lexicon().tens.get(word) ??
    (/^\d{1,3}$/.test(word) ? Number(word) : undefined);
  if (whole === undefined || whole <= part || part < 1 || !Number.isInteger(part)) return null;
  // "scored one in five minutes" is a count and a time.
  const after = lower(ctx, at + 1);
  if (after === '-' || isNumberWord(after) || lookupUnit(after) !== undefined) return null;
  return { value: Number((part / whole).toPrecision(15)), last: at, fraction: true };
}
