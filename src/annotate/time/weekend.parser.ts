import { anchoredMatches } from './anchored.js';
import { addDays, isoWeek, parseIsoDay, weekdayOf } from './calendar.js';
import { literalCandidate, type TimeCandidate, type TimeContext } from './candidate.js';

const pattern = /(?<![\p{L}])the\s+weekend(?![\p{L}-])/giu;
const anchor = /weekend/giu;
const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * "over the weekend" in news is the latest one begun by the reference: TimeML `1989-W43-WE`
 * (the ISO week of that Saturday). "this weekend" and "last weekend" are chrono's.
 */
export function weekendParser({ text, reference }: TimeContext): TimeCandidate[] {
  const ref = reference ? parseIsoDay(reference) : undefined;
  if (!ref) return [];
  const saturday = addDays(ref, -((weekdayOf(ref) + 1) % 7));
  const week = isoWeek(saturday);
  const value = `${week.year}-W${pad(week.week)}-WE`;
  return anchoredMatches(text, pattern, anchor).map((m) =>
    literalCandidate(m.index, m.index + m[0].length, value, 'week', 'weekend'),
  );
}
