import type { Indicator } from '../question/index.js';

/** Where a figure goes: the place after "to" or "into"; where it comes from: the place after "from". */
export interface PlaceRoles {
  readonly to?: string;
  readonly from?: string;
}

const place = '(\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)*)';
const toPattern = new RegExp(`\\b(?:to|into|towards)\\s+(?:the\\s+)?${place}`, 'u');
const fromPattern = new RegExp(`\\bfrom\\s+(?:the\\s+)?${place}`, 'u');
const indicatorTo = new RegExp(`\\b(?:to|into|in|towards)\\s+(?:the\\s+)?${place}`, 'u');

/** The roles a sentence gives the places after a figure (up to the end of the sentence). */
export function placeRoles(after: string): PlaceRoles {
  const to = toPattern.exec(after)?.[1];
  const from = fromPattern.exec(after)?.[1];
  return { ...(to ? { to } : {}), ...(from ? { from } : {}) };
}

/**
 * The destination an indicator names for its figures ("heavy equipment arriving in Belarus",
 * "sent to Russia"), from its name, else its cues; undefined when it names none.
 */
export function indicatorDestination(indicator: Indicator): string | undefined {
  for (const text of [indicator.name, ...(indicator.match.cues ?? [])]) {
    const m = indicatorTo.exec(text)?.[1];
    if (m) return m;
  }
  return undefined;
}

/** A figure stated as going elsewhere, or as coming from the indicator's destination, is other evidence. */
export const fitsDestination = (destination: string | undefined, roles: PlaceRoles): boolean =>
  destination === undefined ||
  ((roles.to === undefined || roles.to === destination) && roles.from !== destination);
