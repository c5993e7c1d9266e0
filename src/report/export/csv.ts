/**
 * Characters that make a spreadsheet read a cell as a formula (CWE-1236, "CSV injection"): an
 * article's text is untrusted, and "=HYPERLINK(...)" or "@SUM(...)" must stay text when a reader
 * opens the export in Excel or LibreOffice.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF; quotes doubled. Text
 * that starts like a formula gets a leading `'` (OWASP's advice), numbers never: -3 stays -3.
 */
export function csvField(value: string | number | boolean | undefined | null): string {
  if (value === undefined || value === null) return '';
  const s = typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A CSV table with a header row and CRLF line ends, as RFC 4180 asks. */
export const toCsv = <T>(columns: readonly CsvColumn<T>[], rows: Iterable<T>): string =>
  [...csvLines(columns, rows)].join('');

export type CsvColumn<T> = readonly [string, (row: T) => string | number | boolean | undefined];

/** The lines of `toCsv`, each with its line end, one at a time: a large table is never one string. */
export function* csvLines<T>(columns: readonly CsvColumn<T>[], rows: Iterable<T>): Generator<string> {
  yield `${columns.map(([name]) => csvField(name)).join(',')}\r\n`;
  for (const row of rows) yield `${columns.map(([, get]) => csvField(get(row))).join(',')}\r\n`;
}
