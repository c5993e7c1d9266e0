import { parseCsv } from '../../core/index.js';

/** Rows as records keyed by the header line; rows of another length are left out and counted. */
export function csvRecords(text: string): { records: Record<string, string>[]; malformed: number } {
  const [header = [], ...rows] = parseCsv(text);
  const records: Record<string, string>[] = [];
  let malformed = 0;
  for (const row of rows) {
    if (row.length === 1 && row[0] === '') continue;
    if (row.length !== header.length) malformed++;
    else records.push(Object.fromEntries(header.map((h, i) => [h, row[i] ?? ''])));
  }
  return { records, malformed };
}
