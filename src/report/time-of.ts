import type { Annotations, Span } from '../core/index.js';
import { type TimeLabel, timeLabel } from './time-label.js';

/**
 * When a statement holds: the time expression of the claim that contains the span, else the first
 * time expression in the same sentence (a year alone is too coarse to date a figure), read with
 * its honest precision ("since 24 Feb 2022", "by 31 Dec 2022", "late Oct 2022").
 */
export function timeOf(a: Annotations, span: Span, sentence: Span): TimeLabel | undefined {
  const claim = a.claims.find(
    (c) => c.span.start <= span.start && span.end <= c.span.end && c.time !== undefined,
  );
  const claimed = claim?.time !== undefined ? a.times[claim.time] : undefined;
  if (claimed && claimed.granularity !== 'year' && /^\d{4}/.test(claimed.value)) return timeLabel(claimed);
  const near = a.times.find(
    (t) =>
      t.granularity !== 'year' &&
      /^\d{4}/.test(t.value) && // not durations (P2W), sets or PRESENT_REF
      t.span.start >= sentence.start &&
      t.span.end <= sentence.end,
  );
  return near ? timeLabel(near) : undefined;
}
