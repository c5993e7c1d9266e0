/** The first and last day (ISO dates) a normalized time value covers. */
export interface DayRange {
  readonly start: string;
  readonly end: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const lastDay = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();
const day = (year: number, month: number, d: number): string => `${year}-${pad(month)}-${pad(d)}`;

/** Meteorological seasons, as TimeML writes them; winter runs into the next year. */
const seasons: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };

function isoWeekStart(year: number, week: number): Date {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4);
  monday.setUTCDate(jan4.getUTCDate() - ((jan4.getUTCDay() + 6) % 7) + (week - 1) * 7);
  return monday;
}

function pointRange(value: string): DayRange | undefined {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return { start: m[0], end: m[0] };
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    return { start: day(y, mo, 1), end: day(y, mo, lastDay(y, mo)) };
  }
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) {
    const [y, q] = [Number(m[1]), Number(m[2])];
    return { start: day(y, q * 3 - 2, 1), end: day(y, q * 3, lastDay(y, q * 3)) };
  }
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    const [from, to] = seasons[m[2] ?? 'SP'] ?? [3, 5];
    const endYear = to > 12 ? y + 1 : y;
    const endMonth = to > 12 ? to - 12 : to;
    return { start: day(y, from, 1), end: day(endYear, endMonth, lastDay(endYear, endMonth)) };
  }
  m = /^(\d{4})-W(\d{2})/.exec(value);
  if (m) {
    const monday = isoWeekStart(Number(m[1]), Number(m[2]));
    const sunday = new Date(monday);
    sunday.setUTCDate(monday.getUTCDate() + 6);
    return { start: monday.toISOString().slice(0, 10), end: sunday.toISOString().slice(0, 10) };
  }
  m = /^(\d{4})$/.exec(value);
  if (m) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  m = /^(\d{3})$/.exec(value);
  if (m) return { start: `${m[1]}0-01-01`, end: `${m[1]}9-12-31` };
  return undefined;
}

/**
 * The days a time value covers: ISO day, month, year, quarter (`2022-Q3`), season (`2022-WI`),
 * ISO week (`2022-W48`), decade (`199`), or an interval `a/b` (open ended `a/`). Durations (`P3D`)
 * and vague references (`PRESENT_REF`) cover no fixed days: undefined.
 */
export function dayRangeOf(value: string): DayRange | undefined {
  if (!value.includes('/')) return pointRange(value);
  const [from = '', to = ''] = value.split('/');
  const start = pointRange(from)?.start;
  if (!start) return undefined;
  if (to === '') return { start, end: '9999-12-31' };
  const end = pointRange(to)?.end;
  return end ? { start, end } : undefined;
}
