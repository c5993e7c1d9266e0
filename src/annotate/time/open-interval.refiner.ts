import { lastDay, ordinal, parseIsoDay } from './calendar.js';
import { type Refiner, withRule } from './candidate.js';
import { dayValue } from './format.js';
import { timeLexicon } from './lexicon.js';

/**
 * "since February 24" is open-ended from that day: `2022-02-24/`. "by the end of the year" is a
 * deadline: from the reference (when it comes before) to the last day of what follows, so
 * `2022-12-05/2022-12-31`, or `/2022-10-31` for a deadline already past.
 */
export const openIntervalRefiner: Refiner = ({ text, reference }, candidates) =>
  candidates.map((c) => {
    if (c.open || c.literal) return c;
    const before = text.slice(Math.max(0, c.start - 20), c.start);
    const since = timeLexicon().openAfterBefore.exec(before);
    if (since?.[1]) {
      const { to: _to, ...rest } = c;
      return {
        ...rest,
        start: c.start - (since[0].length - since[0].indexOf(since[1])),
        open: 'after',
        rule: withRule(c, 'since'),
      };
    }
    const by = timeLexicon().deadlineBefore.exec(before);
    if (!by?.[1]) return c;
    const deadline = lastDay(c.to ?? c.from);
    const ref = reference ? parseIsoDay(reference) : undefined;
    const start = c.start - (by[0].length - by[0].indexOf(by[1]));
    const to = { grain: 'day', ...deadline } as const;
    const rule = withRule(c, 'by');
    if (ref && ordinal(ref) <= ordinal(deadline) && dayValue(ref) !== dayValue(deadline)) {
      return { ...c, start, from: { grain: 'day', ...ref }, to, rule };
    }
    const { open: _open, ...rest } = c;
    return { ...rest, start, from: to, to, open: 'before', rule };
  });
