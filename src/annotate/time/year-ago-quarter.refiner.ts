import { type Refiner, type TimeCandidate, withRule } from './candidate.js';

const yearAgo = /^(?:(?:a|one)\s+year\s+(?:ago|earlier)|(?:the\s+)?year-(?:ago|earlier)(?:\s+period)?)$/i;

/**
 * In results news "a year earlier" and "the year-ago period" compare with the quarter under report:
 * after "third-quarter profit rose", "a year earlier" is that quarter one year before (1988-Q3),
 * not the whole year. Applies when a quarter was named earlier in the text.
 */
export const yearAgoQuarterRefiner: Refiner = ({ text }, candidates) => {
  let quarter: TimeCandidate | undefined;
  return [...candidates]
    .sort((a, b) => a.start - b.start)
    .map((c) => {
      if (c.from.grain === 'quarter' && !c.to && !c.literal) quarter = c;
      if (!quarter || c.from.grain !== 'year' || c.to || !yearAgo.test(text.slice(c.start, c.end))) return c;
      const from = {
        grain: 'quarter',
        year: quarter.from.year - 1,
        quarter: quarter.from.quarter ?? 1,
      } as const;
      return { ...c, from, rule: withRule(c, 'year-ago-quarter') };
    });
};
