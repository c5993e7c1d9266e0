import type { TimeExpr, TimeGranularity } from '../../core/index.js';
import { firstDay, isoWeek, type Ymd } from './calendar.js';
import type { Point, TimeCandidate } from './candidate.js';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export const dayValue = (d: Ymd): string => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;

/** ISO day `2022-12-03`, week `2022-W48`, month `2022-10`, quarter `2022-Q3` (TimeML), year `2022`. */
export const pointValue = (p: Point): string => {
  switch (p.grain) {
    case 'day':
      return dayValue(firstDay(p));
    case 'week': {
      const w = isoWeek(firstDay(p));
      return `${pad(w.year, 4)}-W${pad(w.week)}`;
    }
    case 'month':
      return `${pad(p.year, 4)}-${pad(p.month ?? 1)}`;
    case 'quarter':
      return `${pad(p.year, 4)}-Q${p.quarter ?? 1}`;
    case 'year':
      return pad(p.year, 4);
  }
};

export const candidateValue = (c: TimeCandidate): string => {
  if (c.literal) return c.literal.value;
  if (c.open === 'after') return `${pointValue(c.from)}/`;
  if (c.open === 'before') return `/${pointValue(c.to ?? c.from)}`;
  if (c.to) return `${pointValue(c.from)}/${pointValue(c.to)}`;
  return pointValue(c.from);
};

export const candidateGranularity = (c: TimeCandidate): TimeGranularity =>
  c.literal ? c.literal.granularity : c.to || c.open ? 'interval' : c.from.grain;

export const toTimeExpr = (c: TimeCandidate, text: string, reference: string | undefined): TimeExpr => ({
  span: { start: c.start, end: c.end },
  text: text.slice(c.start, c.end),
  rule: c.rule,
  value: candidateValue(c),
  granularity: candidateGranularity(c),
  yearStated: c.yearStated,
  ...(reference ? { reference } : {}),
});
