import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DatePrecision, projectRoot } from '../../core/index.js';

export interface DateValue {
  /** ISO: `2022-12-07`, `2022-12` or `2022`. */
  readonly value: string;
  readonly precision: DatePrecision;
}

const { months } = JSON.parse(readFileSync(join(projectRoot, 'model', 'ingest-dates.json'), 'utf8')) as {
  months: Record<string, number>;
};
const monthNames = Object.keys(months)
  .sort((a, b) => b.length - a.length)
  .join('|');
const L = '(?<![\\p{L}\\d])';
const R = '(?![\\p{L}\\d])';
const M = `(${monthNames})\\.?`;

/** Whether a short stretch of text holds a month name or a numeric date (not global: safe with `test`). */
export const MONTH_OR_NUMERIC_DATE = new RegExp(
  `${L}(?:${monthNames})${R}|\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}`,
  'iu',
);

type Build = (m: RegExpExecArray) => readonly [number, number, number | undefined];
const monthOf = (name: string | undefined): number => months[(name ?? '').toLowerCase()] ?? 0;
const num = (s: string | undefined): number => Number(s ?? Number.NaN);

/** Date forms, most specific first: "2022 / 12 / 07", "07.12.2022", "December 7, 2022", "7 December 2022", "Dec 2022". */
const PATTERNS: ReadonlyArray<readonly [RegExp, Build]> = [
  [
    new RegExp(`${L}(\\d{4})\\s*([-/.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})${R}`, 'u'),
    (m) => [num(m[1]), num(m[3]), num(m[4])],
  ],
  [new RegExp(`${L}(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})${R}`, 'u'), (m) => [num(m[3]), num(m[2]), num(m[1])]],
  [
    new RegExp(`${L}${M}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${R}`, 'iu'),
    (m) => [num(m[3]), monthOf(m[1]), num(m[2])],
  ],
  [
    new RegExp(`${L}(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s+(?:of\\s+)?${M},?\\s+(\\d{4})${R}`, 'iu'),
    (m) => [num(m[3]), monthOf(m[2]), num(m[1])],
  ],
  [new RegExp(`${L}${M}\\s+(\\d{4})${R}`, 'iu'), (m) => [num(m[2]), monthOf(m[1]), undefined]],
];

const pad = (n: number): string => String(n).padStart(2, '0');

const valid = (year: number, month: number, day: number | undefined): boolean => {
  if (!(year >= 1800 && year <= 2199 && month >= 1 && month <= 12)) return false;
  if (day === undefined) return true;
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
};

/** The first fully stated date (or month and year) in `text`, or undefined. */
export const findStatedDate = (text: string): DateValue | undefined => {
  for (const [pattern, build] of PATTERNS) {
    const m = pattern.exec(text);
    if (m === null) continue;
    const [year, month, day] = build(m);
    if (!valid(year, month, day)) continue;
    return day === undefined
      ? { value: `${year}-${pad(month)}`, precision: 'month' }
      : { value: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' };
  }
  return undefined;
};

/**
 * A date field of structured metadata (front matter, feeds, JSON-LD, JSONL, sidecars): ISO 8601
 * with or without time, `2022-12`, `2022`, RFC 822 ("Wed, 07 Dec 2022 10:00:00 GMT"), or any
 * form `findStatedDate` knows. The date is taken as written, not moved to UTC.
 */
export const dateValueOf = (field: unknown): DateValue | undefined => {
  if (field instanceof Date && !Number.isNaN(field.getTime())) {
    return { value: field.toISOString().slice(0, 10), precision: 'day' };
  }
  if (typeof field === 'number' && Number.isInteger(field)) return dateValueOf(String(field));
  if (typeof field !== 'string') return undefined;
  const s = field.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})[T ]/.exec(s);
  if (iso !== null) return findStatedDate(`${iso[1]}-${iso[2]}-${iso[3]}`);
  const ym = /^(\d{4})(?:-(\d{2}))?$/.exec(s);
  if (ym !== null) {
    const [year, month] = [num(ym[1]), ym[2] === undefined ? undefined : num(ym[2])];
    if (month === undefined)
      return valid(year, 1, undefined) ? { value: String(year), precision: 'year' } : undefined;
    return valid(year, month, undefined) ? { value: `${year}-${pad(month)}`, precision: 'month' } : undefined;
  }
  return findStatedDate(s);
};
