import { dayRangeOf } from '../core/index.js';

/** What a figure is: a level ("has 9,000 troops"), a change ("rose by 2,000"), or a running total. */
export type FigureKind = 'level' | 'change' | 'cumulative';

/** The days a figure is about, and the day it holds as of (a running total is read as of its end). */
export interface Period {
  readonly start: number;
  readonly end: number;
  /** True when the text states the time; false when the publication date stands in for it. */
  readonly stated: boolean;
}

const DAY = 86_400_000;
const dayNumber = (iso: string): number => Math.floor(Date.parse(iso.slice(0, 10)) / DAY);
/** Reports published within a week may describe the same state of things. */
const SLACK = 7;

/**
 * A figure's period: the stated time (cut at the publication date, so "since February" is as of the
 * day it was written), else the publication day; undefined when neither is known.
 */
export function periodOf(time: string | undefined, published: string | undefined): Period | undefined {
  const pub =
    published && !Number.isNaN(Date.parse(published.slice(0, 10))) ? dayNumber(published) : undefined;
  const range = time ? dayRangeOf(time) : undefined;
  if (range) {
    const end = Math.min(
      dayNumber(range.end === '9999-12-31' ? (published ?? range.end) : range.end),
      pub ?? Infinity,
    );
    const start = dayNumber(range.start);
    if (!Number.isNaN(start) && !Number.isNaN(end)) return { start: Math.min(start, end), end, stated: true };
  }
  return pub === undefined ? undefined : { start: pub, end: pub, stated: false };
}

/**
 * Whether two figures of one kind are about the same time: running totals as of (nearly) the same
 * day, levels and changes over periods that overlap. Unknown periods are not known to be apart.
 */
export function samePeriod(
  kind: FigureKind,
  a: Period | undefined,
  b: Period | undefined,
  undatedSlack = SLACK,
): boolean {
  if (!a || !b) return true;
  const slack = a.stated && b.stated ? 0 : undatedSlack;
  if (kind === 'cumulative') return Math.abs(a.end - b.end) <= slack;
  return a.start <= b.end + slack && b.start <= a.end + slack;
}

/** An ISO day for a period's end, for explanations. */
export const dayLabel = (p: Period | undefined): string =>
  p ? new Date(p.end * DAY).toISOString().slice(0, 10) : 'undated';
