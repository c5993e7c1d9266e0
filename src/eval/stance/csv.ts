/** Rows of a CSV text (RFC 4180: quoted fields, doubled quotes, newlines inside quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      [row, field] = [[], ''];
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

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
