import type { Annotations, Span } from '../core/index.js';
import { type TimeLabel, timeLabel } from './time-label.js';

/**
 * A time expression that does not date its sentence's event: one that modifies a noun ("the
 * February push", "the 2020 election"), is the point of a comparison ("than a month ago"), a
 * bound the event is placed against ("unlikely before the end of the year", "after Sunday's talks")
 * or the date of the event a "since" phrase starts from ("have called for it since the invasion on
 * 24 February": the calls are not of that day).
 */
export function datesNothing(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - 7), span.start);
  const after = text.slice(span.end, span.end + 3);
  return (
    /\b(?:than|before|until|till|after)\s+$/i.test(before) ||
    (/\bthe\s+$/i.test(before) && /^\s\p{Ll}/u.test(after)) ||
    SINCE_EVENT.test(text.slice(Math.max(0, span.start - 50), span.start))
  );
}

/** "since <the event> on|in" right before a date, within one clause. */
const SINCE_EVENT = /\bsince\s+[^,.;:]{1,40}?\s(?:on|in)\s+$/i;

/**
 * When a statement holds: the time expression of the claim that contains the span, else the first
 * time expression in the same sentence (a year alone is too coarse to date a figure), read with
 * its honest precision ("since 24 Feb 2022", "by 31 Dec 2022", "late Oct 2022").
 */
export function timeOf(a: Annotations, span: Span, sentence: Span, text?: string): TimeLabel | undefined {
  const claim = a.claims.find(
    (c) => c.span.start <= span.start && span.end <= c.span.end && c.time !== undefined,
  );
  const claimed = claim?.time !== undefined ? a.times[claim.time] : undefined;
  const dates = (t: { span: Span }) => text === undefined || !datesNothing(text, t.span);
  if (claimed && claimed.granularity !== 'year' && /^\d{4}/.test(claimed.value) && dates(claimed))
    return timeLabel(claimed);
  const near = a.times.find(
    (t) =>
      t.granularity !== 'year' &&
      /^\d{4}/.test(t.value) && // not durations (P2W), sets or PRESENT_REF
      t.span.start >= sentence.start &&
      t.span.end <= sentence.end &&
      dates(t),
  );
  return near ? timeLabel(near) : undefined;
}
