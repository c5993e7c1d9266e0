import { parseIsoDay } from './calendar.js';
import { type Refiner, withRule } from './candidate.js';

const yearAfter = /^,?\s+(last|this|next)\s+year\b/i;
const offset: Readonly<Record<string, number>> = { last: -1, this: 0, next: 1 };

/**
 * "June last year", "January this year": a month or day without a year followed by a year
 * relative to the reference takes that year and the whole span (the bare "last year" after it is
 * then dropped as an overlap).
 */
export const monthYearRefiner: Refiner = ({ text, reference }, candidates) => {
  const ref = reference ? parseIsoDay(reference) : undefined;
  if (!ref) return [...candidates];
  return candidates.map((c) => {
    if (c.anchor !== 'year-implied' || c.to || (c.from.grain !== 'month' && c.from.grain !== 'day')) return c;
    const m = yearAfter.exec(text.slice(c.end, c.end + 20));
    const shift = m?.[1] ? offset[m[1].toLowerCase()] : undefined;
    if (!m || shift === undefined) return c;
    return {
      ...c,
      end: c.end + m[0].length,
      from: { ...c.from, year: ref.year + shift },
      anchor: 'relative',
      rule: withRule(c, 'month-year'),
    };
  });
};
