import { mapInPlace } from '../in-place.js';
import { type Refiner, withRule } from './candidate.js';
import { currencyAfter, currencyBefore } from './currency.js';
import { lower, near } from './scan-context.js';

/**
 * Money: a currency sign or code before the figure ("$1.5 billion", "€40", "US$5") or a currency
 * word after it ("300 million rubles", "5 USD"); "pounds" after a scale word is sterling.
 */
export const currencyRefiner: Refiner = (ctx, candidates) =>
  mapInPlace(candidates, (c) => {
    if (c.kind !== 'count' || (c.value === undefined && c.low === undefined)) return c;
    const before = currencyBefore(ctx, c.n0);
    if (before) {
      const { code, name } = before.currency;
      return withRule(c, 'currency.sign', {
        kind: 'money',
        first: Math.min(before.first, c.first),
        currency: code,
        unit: name,
      });
    }
    const after = currencyAfter(ctx, c.n1 + 1);
    if (after) {
      const { code, name } = after.currency;
      return withRule(c, 'currency.word', { kind: 'money', last: after.last, currency: code, unit: name });
    }
    if (c.scale !== undefined && near(ctx, c.n1 + 1) && lower(ctx, c.n1 + 1) === 'pounds') {
      return withRule(c, 'currency.pounds', {
        kind: 'money',
        last: c.n1 + 1,
        currency: 'GBP',
        unit: 'pound sterling',
      });
    }
    return c;
  });
