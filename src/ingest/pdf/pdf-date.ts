import type { PublishedDate } from '../../core/index.js';

/**
 * A PDF date string (`D:20221207093000+01'00'`, the year alone or with month allowed) as a
 * publication date of the precision it states, or undefined when it is not one.
 */
export function pdfDate(raw: unknown): PublishedDate | undefined {
  if (typeof raw !== 'string') return undefined;
  const m = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?/.exec(raw.trim());
  if (!m) return undefined;
  const [, year = '', month, day] = m;
  const y = Number(year);
  if (y < 1990 || y > 2100) return undefined;
  if (month === undefined || Number(month) < 1 || Number(month) > 12)
    return { value: year, precision: 'year', source: 'pdf-info', inferred: false };
  if (day === undefined || Number(day) < 1 || Number(day) > 31)
    return { value: `${year}-${month}`, precision: 'month', source: 'pdf-info', inferred: false };
  return { value: `${year}-${month}-${day}`, precision: 'day', source: 'pdf-info', inferred: false };
}
