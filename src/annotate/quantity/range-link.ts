import { glued, lower, near, type ScanContext } from './scan-context.js';

const dashes = new Set(['-', '–', '—']);

/**
 * The word joining two ends of a range written from token `at`: a dash, "to" (also glued between
 * dashes, "0-to-60", "200,000 to-260,000"), or "and" after "between". Returns the index of the
 * link's last token, or undefined when no link starts at `at`.
 */
export function rangeLinkEnd(ctx: ScanContext, at: number, between: boolean): number | undefined {
  if (!near(ctx, at)) return undefined;
  const word = lower(ctx, at);
  if (dashes.has(word)) {
    if (
      lower(ctx, at + 1) === 'to' &&
      glued(ctx, at + 1) &&
      dashes.has(lower(ctx, at + 2)) &&
      glued(ctx, at + 2)
    )
      return at + 2;
    return at;
  }
  if (word === 'to') return dashes.has(lower(ctx, at + 1)) && glued(ctx, at + 1) ? at + 1 : at;
  if (word === 'and' && between) return at;
  return undefined;
}

/** True when the range starting at token `first` is a change written "from A to B" (it may fall). */
export const fromBefore = (ctx: ScanContext, first: number): boolean =>
  near(ctx, first) && lower(ctx, first - 1) === 'from';
