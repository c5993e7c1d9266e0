import { addDays, firstDay, lastDay, ordinal, parseIsoDay, weekdayOf, type Ymd } from './calendar.js';
import { type Point, type Refiner, type TimeCandidate, type TimeContext, withRule } from './candidate.js';
import { timeLexicon } from './lexicon.js';

/**
 * News dates point backwards (DESIGN.md, lessons from the field): a bare weekday is the latest one
 * on or before the reference, a month or day-month without a year the latest one not after it.
 * Two things turn it forward: a future cue earlier in the same sentence ("will", "cannot ...
 * before", "by"), or, for a month or day without a year, a date at most a couple of months ahead
 * (an announced date) when no past cue ("since", "ago", "was") comes before it.
 */
export const pointBackwardsRefiner: Refiner = (ctx, candidates) => {
  const ref = ctx.reference ? parseIsoDay(ctx.reference) : undefined;
  if (!ref) return [...candidates];
  return candidates.map((c) => {
    if (c.anchor !== 'weekday' && c.anchor !== 'year-implied') return c;
    // Business news names past quarters ("third-quarter results will ..."): quarters stay backwards.
    const forward =
      c.from.grain !== 'quarter' &&
      (pointsForward(c, ctx) || (c.anchor === 'year-implied' && soonAhead(c, ctx, ref)));
    const rule = withRule(c, forward ? 'forward' : 'backwards');
    if (c.anchor === 'weekday') {
      const day = resolveWeekday(c.weekday ?? weekdayOf(firstDay(c.from)), ref, forward);
      return { ...c, from: { grain: 'day', ...day }, rule };
    }
    if (!c.to) return { ...c, from: resolveYear(c.from, ref, forward), rule };
    if (forward) {
      const from = resolveYear(c.from, ref, true);
      return { ...c, from, to: follow(c.to, from), rule };
    }
    const to = resolveYear(c.to, ref, false);
    return { ...c, from: precede(c.from, to), to, rule };
  });
};

const sentenceBefore = (text: string, at: number): string => {
  const window = text.slice(Math.max(0, at - 100), at);
  const cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('\n'), window.lastIndexOf('? '));
  return cut >= 0 ? window.slice(cut + 1) : window;
};

/** "predicted Wednesday", "was announced on Monday": a past verb right before the date. */
const pastVerbRightBefore = (text: string, at: number): boolean => {
  const m = /([\p{L}']+)\s+(?:on\s+)?$/u.exec(text.slice(Math.max(0, at - 30), at));
  return m?.[1] !== undefined && timeLexicon().pastCue.test(m[1]);
};

const pointsForward = (c: TimeCandidate, ctx: TimeContext): boolean =>
  (timeLexicon().futureCue.test(sentenceBefore(ctx.text, c.start)) &&
    !pastVerbRightBefore(ctx.text, c.start)) ||
  timeLexicon().deadlineBefore.test(ctx.text.slice(Math.max(0, c.start - 20), c.start));

const dayNumber = (d: Ymd): number => Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;

const soonAhead = (c: TimeCandidate, ctx: TimeContext, ref: Ymd): boolean => {
  if (timeLexicon().pastCue.test(sentenceBefore(ctx.text, c.start))) return false;
  const ahead = firstDay(resolveYear(c.from, ref, true));
  const days = dayNumber(ahead) - dayNumber(ref);
  return days > 0 && days <= timeLexicon().forwardWindowDays;
};

const resolveWeekday = (weekday: number, ref: Ymd, forward: boolean): Ymd => {
  const refDay = weekdayOf(ref);
  return forward ? addDays(ref, (weekday - refDay + 7) % 7) : addDays(ref, -((refDay - weekday + 7) % 7));
};

const atYear = (p: Point, year: number): Point => ({ ...p, year });

/** Backwards: the latest year whose period starts on or before the reference; forward: the earliest that has not ended. */
const resolveYear = (p: Point, ref: Ymd, forward: boolean): Point => {
  if (forward) {
    const same = atYear(p, ref.year);
    return ordinal(lastDay(same)) >= ordinal(ref) ? same : atYear(p, ref.year + 1);
  }
  const same = atYear(p, ref.year);
  return ordinal(firstDay(same)) <= ordinal(ref) ? same : atYear(p, ref.year - 1);
};

/** The range end in the same year as its start, or the next when it would come before it. */
const follow = (p: Point, from: Point): Point => {
  const same = atYear(p, from.year);
  return ordinal(firstDay(same)) >= ordinal(firstDay(from)) ? same : atYear(p, from.year + 1);
};

const precede = (p: Point, to: Point): Point => {
  const same = atYear(p, to.year);
  return ordinal(firstDay(same)) <= ordinal(firstDay(to)) ? same : atYear(p, to.year - 1);
};
