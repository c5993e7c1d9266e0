import { type Candidate, candidate, type Parser } from './candidate.js';
import { currencyBefore } from './currency.js';
import { lexicon } from './lexicon.js';
import { glued, lower, near, surface } from './scan-context.js';

/**
 * Figures written in digits, with a scale word or abbreviation ("1.5 billion", "20bn", "$5m"), an
 * ordinal suffix ("3rd") or a decade suffix ("1990s").
 */
export const digitsParser: Parser = (ctx) => {
  const out: Candidate[] = [];
  for (let i = 0; i < ctx.toks.length; i++) {
    if (ctx.toks[i]?.type !== 'num') continue;
    const written = surface(ctx, i);
    const magnitude = Number(written.includes(',') ? written.split(',').join('') : written);
    if (!Number.isFinite(magnitude)) continue;
    const negative = minus(ctx, i);
    const value = negative ? -magnitude : magnitude;
    const n0 = negative ? i - 1 : i;
    const next = lower(ctx, i + 1);
    if (glued(ctx, i + 1) && lexicon.ordinalSuffixes.has(next)) {
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
    const scale = scaleAfter(ctx, i);
    if (scale) {
      const scaled = value * scale.scale;
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
    out.push(candidate({ first: n0, last: i, n0, n1: i, kind: 'count', value, rules: ['digits'] }));
  }
  return out;
};

/** A minus sign written against the number and not joining it to a word or number before ("-5", "$-50bn"). */
function minus(ctx: Parameters<Parser>[0], i: number): boolean {
  const sign = surface(ctx, i - 1);
  if ((sign !== '-' && sign !== '−') || !glued(ctx, i)) return false;
  return !glued(ctx, i - 1) || surface(ctx, i - 2) === '$';
}

function scaleAfter(ctx: Parameters<Parser>[0], i: number): { scale: number; last: number } | undefined {
  if (!near(ctx, i + 1)) return undefined;
  const word = lower(ctx, i + 1);
  const full = lexicon.scales.get(word) ?? lexicon.scales.get(word.replace(/s$/, ''));
  if (full !== undefined) return { scale: full, last: i + 1 };
  const abbreviation = lexicon.scaleAbbreviations.get(word);
  if (abbreviation !== undefined && (word !== 'k' || glued(ctx, i + 1)))
    return { scale: abbreviation, last: i + 1 };
  const money = lexicon.moneyScaleAbbreviations.get(word);
  if (money !== undefined && glued(ctx, i + 1) && currencyBefore(ctx, i))
    return { scale: money, last: i + 1 };
  return undefined;
}
