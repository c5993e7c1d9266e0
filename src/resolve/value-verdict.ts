import { dayRangeOf, type Quantity } from '../core/index.js';
import type { Verdict } from './types.js';

/** The values a figure admits, from its value or range and its qualifier. */
export interface Interval {
  readonly low: number;
  readonly high: number;
  /** A single stated figure (possibly approximate), as opposed to a bound or a range. */
  readonly point: boolean;
}

const APPROXIMATE = 0.1;

/**
 * The rule for comparing figures:
 * - "about", "nearly", "almost", "roughly": the value +-10 %; a bare figure: exactly it;
 * - "at least", "more than", "over": from the value up; "at most", "less than": up to it;
 * - "up to" (as many as): the speaker's own estimate of the maximum, read as [90 %, 100 %] of it,
 *   so "up to 15,000" is a different estimate from "about 9,000", not a bound that admits it;
 * - a range low-high: its bounds ("at most 11,000-12,000": up to the high end);
 * - a vague plural ("thousands of", "dozens of"): from its low end up.
 */
export function intervalOf(q: Quantity): Interval | undefined {
  const v = q.value;
  if (v === undefined) {
    if (q.low === undefined || q.high === undefined) return undefined;
    // "thousands of troops" says many, not fewer than ten thousand: a floor, never a ceiling.
    if (q.rule.startsWith('vague')) return { low: q.low, high: Infinity, point: false };
    if (q.qualifier === 'at most' || q.qualifier === 'up to' || q.qualifier === 'less than')
      return { low: 0, high: q.high, point: false };
    if (q.qualifier === 'at least' || q.qualifier === 'more than' || q.qualifier === 'over')
      return { low: q.low, high: Infinity, point: false };
    return { low: q.low, high: q.high, point: false };
  }
  switch (q.qualifier) {
    case 'at least':
    case 'more than':
    case 'over':
      return { low: v, high: Infinity, point: false };
    case 'at most':
    case 'less than':
      return { low: 0, high: v, point: false };
    case 'up to':
      return { low: v * (1 - APPROXIMATE), high: v, point: true };
    case 'about':
    case 'nearly':
    case 'almost':
      return { low: v * (1 - APPROXIMATE), high: v * (1 + APPROXIMATE), point: true };
    default:
      return { low: v, high: v, point: true };
  }
}

export const centralOf = (q: Quantity): number | undefined =>
  q.value ?? (q.low !== undefined && q.high !== undefined ? (q.low + q.high) / 2 : undefined);

export interface Side {
  readonly quantity: Quantity;
  readonly time?: string;
  readonly scope?: 'partial' | 'cumulative';
}

/** The figure as stated, with its qualifier when the words give none of their own ("roughly 9,000" stays). */
const textOf = (q: Quantity): string =>
  q.qualifier && /^\d/.test(q.text.trim()) && !q.text.toLowerCase().includes(q.qualifier)
    ? `${q.qualifier} ${q.text}`
    : q.text;

const show = (s: Side): string =>
  `"${textOf(s.quantity)}"${s.time ? ` (${s.time})` : ''}${s.scope ? ` [${s.scope}]` : ''}`;

/** Whether two figures for one measure conflict, are compatible, or one refines the other; with why. */
export function valueVerdict(a: Side, b: Side): { verdict: Verdict; explanation: string } | undefined {
  const ia = intervalOf(a.quantity);
  const ib = intervalOf(b.quantity);
  if (!ia || !ib) return undefined;
  if (a.scope !== b.scope && (a.scope === 'partial' || b.scope === 'partial')) {
    const [part, whole] = a.scope === 'partial' ? [ia, ib] : [ib, ia];
    const fits = part.low <= whole.high;
    return {
      verdict: fits ? 'compatible' : 'conflict',
      explanation: fits
        ? `different scopes: ${show(a)} and ${show(b)}; a part (one period alone) within what the total admits`
        : `a part (one period alone) exceeds the largest total the other admits: ${show(a)} vs ${show(b)}`,
    };
  }
  if (a.time && b.time && !windowsOverlap(a.time, b.time)) {
    return { verdict: 'compatible', explanation: `different time windows: ${show(a)} vs ${show(b)}` };
  }
  if (ia.high < ib.low || ib.high < ia.low) {
    return { verdict: 'conflict', explanation: `the figures cannot both hold: ${show(a)} vs ${show(b)}` };
  }
  const aInB = ib.low <= ia.low && ia.high <= ib.high;
  const bInA = ia.low <= ib.low && ib.high <= ia.high;
  if ((ia.point && !ib.point && aInB) || (ib.point && !ia.point && bInA)) {
    return {
      verdict: 'refinement',
      explanation: `a figure within the other's range: ${show(a)} and ${show(b)}`,
    };
  }
  return { verdict: 'compatible', explanation: `the stated ranges overlap: ${show(a)} and ${show(b)}` };
}

/** May two time windows share a day? A value with no fixed days (a duration) is not known to be apart. */
export function windowsOverlap(a: string, b: string): boolean {
  const [ra, rb] = [dayRangeOf(a), dayRangeOf(b)];
  return ra === undefined || rb === undefined || (ra.start <= rb.end && rb.start <= ra.end);
}
