import { type Candidate, candidate, type Parser } from './candidate.js';
import { NUM, PUNCT } from './lexer.js';
import { lexicon, lookupUnit } from './lexicon.js';
import { multiplierAfter } from './number-suffix.js';
import { glued, isNum, longestAfter, lower, near, type ScanContext, surface } from './scan-context.js';

/** The rule of a plain figure, one array for all of them (refiners copy rules, never change them). */
const DIGITS: readonly string[] = ['digits'];

/**
 * Figures written in digits, with a scale word or abbreviation ("1.5 billion", "20bn", "$5m"), an
 * ordinal suffix ("3rd") or a decade suffix ("1990s").
 */
export const digitsParser: Parser = (ctx) => {
  const out: Candidate[] = [];
  for (let i = 0; i < ctx.toks.length; i++) {
    const alone = vulgarAlone(ctx, i);
    if (alone) {
      out.push(alone);
      continue;
    }
    if (ctx.toks.types[i] !== NUM) continue;
    const written = surface(ctx, i);
    const magnitude = Number(written.includes(',') ? written.split(',').join('') : written);
    if (!Number.isFinite(magnitude)) continue;
    const sign = minusStart(ctx, i);
    const value = sign === undefined ? magnitude : -magnitude;
    const n0 = sign ?? i;
    const next = lower(ctx, i + 1);
    if (glued(ctx, i + 1) && lexicon().ordinalSuffixes.has(next)) {
      out.push(
        candidate({
          first: i,
          last: i + 1,
          n0: i,
          n1: i + 1,
          kind: 'ordinal',
          value,
          rules: ['digits.ordinal'],
        }),
      );
      continue;
    }
    if (glued(ctx, i + 1) && next === 's' && /^\d0+$|^\d{4}$/.test(written)) {
      out.push(
        candidate({ first: i, last: i + 1, n0: i, n1: i + 1, kind: 'year', value, rules: ['digits.decade'] }),
      );
      continue;
    }
    const fraction = fractionAt(ctx, i);
    if (fraction) {
      out.push(fraction);
      i += 2;
      continue;
    }
    const mixed = mixedFractionAfter(ctx, i);
    if (mixed && sign === undefined && Number.isInteger(value)) {
      // "2 1/2 million": a scale word after the fraction multiplies the whole.
      const scaled = multiplierAfter(ctx, mixed.last);
      const last = scaled?.last ?? mixed.last;
      out.push(
        candidate({
          first: i,
          last,
          n0: i,
          n1: last,
          kind: 'count',
          value: Number(((value + mixed.value) * (scaled?.scale ?? 1)).toPrecision(15)),
          scale: scaled?.scale,
          rules: scaled ? ['digits.fraction', 'digits.scaled'] : ['digits.fraction'],
        }),
      );
      i = last;
      continue;
    }
    const scale = multiplierAfter(ctx, i);
    if (scale) {
      const scaled = Number((value * scale.scale).toPrecision(15));
      out.push(
        candidate({
          first: n0,
          last: scale.last,
          n0,
          n1: scale.last,
          kind: 'count',
          value: scaled,
          scale: scale.scale,
          rules: ['digits.scaled'],
        }),
      );
      continue;
    }
    out.push(candidate({ first: n0, last: i, n0, n1: i, kind: 'count', value, rules: DIGITS }));
  }
  return out;
};

/**
 * "1/2 pound", "3/4 of the vote": a proper fraction written with a slash, only before a unit or
 * "of" (a bare "1/2" is more often a date).
 */
function fractionAt(ctx: ScanContext, i: number): Candidate | undefined {
  if (!isSlash(ctx, i + 1) || !glued(ctx, i + 1) || !glued(ctx, i + 2) || !isNum(ctx, i + 2))
    return undefined;
  const [top, bottom] = [surface(ctx, i), surface(ctx, i + 2)];
  if (!/^\d$/.test(top) || !/^\d{1,2}$/.test(bottom) || Number(top) >= Number(bottom)) return undefined;
  const after = i + 3;
  if (!near(ctx, after) || glued(ctx, after) || isNum(ctx, i - 1) || surface(ctx, i - 1) === '/')
    return undefined;
  if (lower(ctx, after) !== 'of' && !longestAfter(ctx, after, 3, lookupUnit)) return undefined;
  const value = Number(top) / Number(bottom);
  return candidate({
    first: i,
    last: i + 2,
    n0: i,
    n1: i + 2,
    kind: 'count',
    value,
    rules: ['digits.fraction'],
  });
}

/** The value of a vulgar fraction character ("½", "¾"), read from its compatibility decomposition. */
export function vulgarValue(char: string): number | undefined {
  if (char.length !== 1 || char.charCodeAt(0) < 128) return undefined;
  const parts = /^(\d+)\u2044(\d+)$/.exec(char.normalize('NFKD'));
  return parts ? Number(parts[1]) / Number(parts[2]) : undefined;
}

/**
 * The fraction after a whole number: "3 1/2" (a proper fraction written apart, not followed by
 * another slash or number: "1 1/2/3" is no figure), "2½", "2 ½", "2-1/2" (the carpenter's hyphen)
 * or "1 and 1/2" (not after "between" or "from", where "and" joins the ends of a range).
 */
function mixedFractionAfter(ctx: ScanContext, i: number): { value: number; last: number } | undefined {
  const at = fractionStart(ctx, i);
  if (at === undefined) return undefined;
  const vulgar = vulgarValue(surface(ctx, at));
  if (vulgar !== undefined) return { value: vulgar, last: at };
  if (
    !isNum(ctx, at) ||
    !isSlash(ctx, at + 1) ||
    !glued(ctx, at + 1) ||
    !glued(ctx, at + 2) ||
    !isNum(ctx, at + 2)
  )
    return undefined;
  const [top, bottom] = [surface(ctx, at), surface(ctx, at + 2)];
  if (!/^\d{1,2}$/.test(top) || !/^\d{1,2}$/.test(bottom) || Number(top) >= Number(bottom)) return undefined;
  if (isSlash(ctx, at + 3) || (isNum(ctx, at + 3) && glued(ctx, at + 3))) return undefined;
  return { value: Number(top) / Number(bottom), last: at + 2 };
}

/** The token where the fraction part of a mixed number after token `i` would start, if any. */
function fractionStart(ctx: ScanContext, i: number): number | undefined {
  if (surface(ctx, i + 1) === '-' && glued(ctx, i + 1) && glued(ctx, i + 2)) return i + 2;
  if (lower(ctx, i + 1) === 'and' && near(ctx, i + 1) && near(ctx, i + 2))
    return rangeOpeners.has(lower(ctx, i - 1)) ? undefined : i + 2;
  if (!near(ctx, i + 1)) return undefined;
  // A fraction character may be written against the whole number ("2½"), digits may not.
  return glued(ctx, i + 1) && isNum(ctx, i + 1) ? undefined : i + 1;
}

const rangeOpeners = new Set(['between', 'from']);

/** A slash, or the fraction slash (U+2044) of typeset fractions ("1⁄2"). */
const isSlash = (ctx: ScanContext, i: number): boolean =>
  surface(ctx, i) === '/' || surface(ctx, i) === '\u2044';

/** A vulgar fraction with no whole number before it: "½ mile", "¾ of voters". */
function vulgarAlone(ctx: ScanContext, i: number): Candidate | undefined {
  if (ctx.toks.types[i] !== PUNCT || (isNum(ctx, i - 1) && glued(ctx, i))) return undefined;
  const value = vulgarValue(surface(ctx, i));
  if (value === undefined) return undefined;
  return candidate({ first: i, last: i, n0: i, n1: i, kind: 'count', value, rules: ['digits.fraction'] });
}

/**
 * Where a negative number starts: a minus sign written against it and not joining it to a word or
 * number before ("-5", "$-50bn"), or the word "minus" ("minus 233", "minus-5"); undefined if none.
 */
function minusStart(ctx: ScanContext, i: number): number | undefined {
  const sign = surface(ctx, i - 1);
  if (near(ctx, i) && lower(ctx, i - 1) === 'minus') return i - 1;
  if ((sign !== '-' && sign !== '−') || !glued(ctx, i)) return undefined;
  if (lower(ctx, i - 2) === 'minus' && glued(ctx, i - 1)) return i - 2;
  return !glued(ctx, i - 1) || surface(ctx, i - 2) === '$' ? i - 1 : undefined;
}
