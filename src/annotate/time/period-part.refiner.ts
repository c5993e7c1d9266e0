import { daysInMonth } from './calendar.js';
import { type Point, type Refiner, type TimeCandidate, withRule } from './candidate.js';
import { timeLexicon } from './lexicon.js';

/**
 * "early 2023", "mid-October", "the end of the year", "the second half of 2022": a month or year
 * preceded by a part becomes the interval of that part. Our decision: early / mid / late (and
 * beginning / middle / end) are thirds, so early 2023 = 2023-01/2023-04 and the end of October =
 * 2022-10-21/2022-10-31; first / second half are halves.
 */
export const periodPartRefiner: Refiner = ({ text }, candidates) =>
  candidates.map((c) => {
    if (c.to || c.open || c.literal || (c.from.grain !== 'month' && c.from.grain !== 'year')) return c;
    const m = timeLexicon().periodPartBefore.exec(text.slice(Math.max(0, c.start - 40), c.start));
    const word = m?.[1];
    if (!m || !word) return c;
    const key = word.toLowerCase().replace(/\s+/g, ' ');
    const third = timeLexicon().thirds[key];
    const half = timeLexicon().halves[key];
    const slice =
      third !== undefined ? { index: third, of: 3 } : half !== undefined ? { index: half, of: 2 } : undefined;
    if (!slice) return c;
    const start = c.start - (m[0].length - m[0].indexOf(word));
    return { ...c, start, ...part(c.from, slice.index, slice.of), rule: withRule(c, 'period-part') };
  });

const part = (p: Point, index: number, of: number): Pick<TimeCandidate, 'from' | 'to'> => {
  if (p.grain === 'year') {
    const size = 12 / of;
    return {
      from: { grain: 'month', year: p.year, month: index * size + 1 },
      to: { grain: 'month', year: p.year, month: (index + 1) * size },
    };
  }
  const month = p.month ?? 1;
  const last = daysInMonth(p.year, month);
  const bounds = of === 3 ? [1, 11, 21, last + 1] : [1, 16, last + 1];
  const first = bounds[index] ?? 1;
  const end = (bounds[index + 1] ?? last + 1) - 1;
  return {
    from: { grain: 'day', year: p.year, month, day: first },
    to: { grain: 'day', year: p.year, month, day: end },
  };
};
