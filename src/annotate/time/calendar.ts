import type { Point } from './candidate.js';

/** Plain calendar arithmetic in UTC (no clock, no time zone). */
export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export const daysInMonth = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

export const parseIsoDay = (iso: string): Ymd | undefined => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
};

export const isValidYmd = (d: Ymd): boolean =>
  d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= daysInMonth(d.year, d.month);

/** Comparable integer: 2022-12-05 -> 20221205. */
export const ordinal = (d: Ymd): number => d.year * 10000 + d.month * 100 + d.day;

export const weekdayOf = (d: Ymd): number => new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();

export const addDays = (d: Ymd, n: number): Ymd => {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + n));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
};

/** First day covered by a point. */
export const firstDay = (p: Point): Ymd => {
  switch (p.grain) {
    case 'day':
      return { year: p.year, month: p.month ?? 1, day: p.day ?? 1 };
    case 'week':
      return { year: p.year, month: p.month ?? 1, day: p.day ?? 1 };
    case 'month':
      return { year: p.year, month: p.month ?? 1, day: 1 };
    case 'quarter':
      return { year: p.year, month: ((p.quarter ?? 1) - 1) * 3 + 1, day: 1 };
    case 'year':
      return { year: p.year, month: 1, day: 1 };
  }
};

/** Last day covered by a point. */
export const lastDay = (p: Point): Ymd => {
  switch (p.grain) {
    case 'day':
      return firstDay(p);
    case 'week':
      return addDays(firstDay(p), 6);
    case 'month': {
      const month = p.month ?? 12;
      return { year: p.year, month, day: daysInMonth(p.year, month) };
    }
    case 'quarter': {
      const month = (p.quarter ?? 4) * 3;
      return { year: p.year, month, day: daysInMonth(p.year, month) };
    }
    case 'year':
      return { year: p.year, month: 12, day: 31 };
  }
};

/** ISO-8601 week of a day: `{ year, week }` (the week-year may differ from the calendar year). */
export const isoWeek = (d: Ymd): { year: number; week: number } => {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day));
  const dayNum = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - dayNum);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  return { year: t.getUTCFullYear(), week: Math.ceil(((t.getTime() - yearStart) / 86400000 + 1) / 7) };
};
