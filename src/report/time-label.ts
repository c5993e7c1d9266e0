import type { TimeExpr } from '../core/index.js';
import { formatDate, startOf } from './format.js';

/**
 * How a time expression reads in a briefing, with no more precision than the text gives: a part
 * of a month is a period ("late Oct 2022"), "by the end of the year" is a deadline ("by 31 Dec
 * 2022"), "since February 24" opens a cumulative period ("since 24 Feb 2022").
 */
export interface TimeLabel {
  /** ISO start, for ordering. */
  readonly sort: string;
  readonly label: string;
  readonly kind: 'point' | 'period' | 'since' | 'deadline';
}

const endOf = (value: string): string => value.split('/')[1] ?? value;

/** Which part of a month an interval inside it covers. */
const partOfMonth = (start: string, end: string): string | undefined => {
  if (start.slice(0, 7) !== end.slice(0, 7) || start.length < 10 || end.length < 10) return undefined;
  const from = Number(start.slice(8, 10));
  const to = Number(end.slice(8, 10));
  if (from >= 20) return 'late';
  if (to <= 11) return 'early';
  if (from >= 10 && to <= 21) return 'mid';
  return undefined;
};

/** Which part of a year a period-part interval covers ("the end of the year": 2022-09/2022-12). */
const partOfYear = (start: string, end: string): string | undefined => {
  if (start.length !== 7 || end.length !== 7 || start.slice(0, 4) !== end.slice(0, 4)) return undefined;
  const parts: Record<string, string> = {
    '01-04': 'early',
    '05-08': 'mid',
    '09-12': 'late',
    '01-06': 'first half of',
    '07-12': 'second half of',
  };
  const part = parts[`${start.slice(5)}-${end.slice(5)}`];
  return part && `${part} ${start.slice(0, 4)}`;
};

export function timeLabel(t: Pick<TimeExpr, 'value' | 'rule' | 'granularity'>): TimeLabel {
  const start = startOf(t.value);
  const steps = t.rule.split('+');
  if (steps.includes('since') || t.value.endsWith('/'))
    return { sort: start, label: `since ${formatDate(start)}`, kind: 'since' };
  if (steps.includes('by')) {
    const end = endOf(t.value);
    return { sort: end, label: `by ${formatDate(end)}`, kind: 'deadline' };
  }
  if (t.value.includes('/')) {
    const end = endOf(t.value);
    const yearPart = steps.includes('period-part') ? partOfYear(start, end) : undefined;
    if (yearPart) return { sort: start, label: yearPart, kind: 'period' };
    const part = partOfMonth(start, end);
    if (part) return { sort: start, label: `${part} ${formatDate(start.slice(0, 7))}`, kind: 'period' };
    const a = formatDate(start);
    const b = formatDate(end);
    return { sort: start, label: a === b ? a : `${a} – ${b}`, kind: 'period' };
  }
  return { sort: start, label: formatDate(start), kind: t.granularity === 'day' ? 'point' : 'period' };
}
