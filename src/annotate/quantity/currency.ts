import { type CurrencyInfo, lexicon } from './lexicon.js';
import { longestAfter, longestBefore, near, type ScanContext } from './scan-context.js';

/** A currency sign or code written right before token `i` ("$", "US$", "€", "RM"), with its first token. */
export function currencyBefore(
  ctx: ScanContext,
  i: number,
): { first: number; currency: CurrencyInfo } | undefined {
  if (i < 1 || !near(ctx, i)) return undefined;
  const found = longestBefore(ctx, i - 1, 3, (s) => lexicon().currencyPrefixes.get(s));
  return found ? { first: found.first, currency: found.value } : undefined;
}

/** A currency word or code written right after token `i - 1`, starting at token `i` ("dollars", "USD"). */
export function currencyAfter(
  ctx: ScanContext,
  i: number,
): { last: number; currency: CurrencyInfo } | undefined {
  if (!near(ctx, i)) return undefined;
  const found = longestAfter(
    ctx,
    i,
    2,
    (s) => lexicon().currencySuffixes.get(s) ?? lexicon().currencySuffixes.get(s.toLowerCase()),
  );
  return found ? { last: found.last, currency: found.value } : undefined;
}
