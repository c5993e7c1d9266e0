import type { Annotations, Span, TimeExpr } from '../../core/index.js';

/** How many years before publication a stated time puts an event in the background, not the news. */
const BACKGROUND_YEARS = 2;

/** The last year a time value covers: a date, month or year ("2014", "1961-01"), or a decade ("199": the 1990s). */
function lastYear(value: string): number | undefined {
  if (/^\d{4}(?:-\d\d){0,2}$/.test(value)) return Number(value.slice(0, 4));
  if (/^\d{3}$/.test(value)) return Number(value) * 10 + 9;
  return undefined;
}

/** The comma-delimited stretch of a sentence around an offset. */
function segmentAt(text: string, sentence: Span, at: number): Span {
  const start = text.lastIndexOf(',', at - 1) + 1;
  const end = text.indexOf(',', at);
  return {
    start: Math.max(sentence.start, start),
    end: end < 0 || end > sentence.end ? sentence.end : end,
  };
}

/**
 * A time phrase on "in" or "during" ("annexed in 2014", "in January 1961, X said", "in the 1990s")
 * that puts the matched words years before the report: in their stretch between commas, or opening
 * the sentence. A "since" before it makes it the start of what runs until now ("since joining the
 * alliance in 1999"), and a year that modifies a noun ("the 1997 agreement") dates no event.
 */
export function longBefore(
  text: string,
  ann: Annotations,
  sentence: Span,
  at: Span,
  published: string | undefined,
): boolean {
  const year = published ? Number(published.slice(0, 4)) : Number.NaN;
  if (!Number.isFinite(year)) return false;
  const own = segmentAt(text, sentence, at.start);
  const opening = segmentAt(text, sentence, sentence.start);
  const governs = (t: TimeExpr): boolean =>
    (t.span.start >= own.start && t.span.end <= own.end) ||
    (t.span.start >= opening.start && t.span.end <= opening.end);
  return ann.times.some((t) => {
    if (t.span.start < sentence.start || t.span.end > sentence.end || !governs(t)) return false;
    const last = lastYear(t.value);
    if (last === undefined || last > year - BACKGROUND_YEARS) return false;
    const before = text.slice(segmentAt(text, sentence, t.span.start).start, t.span.start);
    return /\b(?:in|during)\s+$/iu.test(before) && !/\bsince\b/iu.test(before);
  });
}
