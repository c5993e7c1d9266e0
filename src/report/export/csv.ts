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
export function toCsv<T>(
  columns: readonly (readonly [string, (row: T) => string | number | boolean | undefined])[],
  rows: readonly T[],
): string {
  const lines = [columns.map(([name]) => csvField(name)).join(',')];
  for (const row of rows) lines.push(columns.map(([, get]) => csvField(get(row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
