import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { csvField, toCsv } from './csv.js';
import { parseCsv } from './csv-parse.js';

const awkward: readonly [string, string][] = [
  ['plain', 'plain'],
  ['Minsk, Belarus', '"Minsk, Belarus"'],
  ['the "joint grouping"', '"the ""joint grouping"""'],
  ['two\nlines', '"two\nlines"'],
  ['carriage\r\nreturn', '"carriage\r\nreturn"'],
  ['“curly” quotes stay bare', '“curly” quotes stay bare'],
  ['', ''],
  ['=1+1', '=1+1'],
];

describe('CSV export', () => {
  it('quotes exactly the fields that need it (RFC 4180)', () => {
    for (const [input, expected] of awkward) assert.equal(csvField(input), expected, JSON.stringify(input));
    assert.equal(csvField(undefined), '');
    assert.equal(csvField(9000), '9000');
  });

  it('round-trips awkward values through a CSV reader', () => {
    const rows = awkward.map(([value], i) => ({ i, value }));
    const text = toCsv<(typeof rows)[number]>(
      [
        ['i', (r) => r.i],
        ['value', (r) => r.value],
      ],
      rows,
    );
    assert.ok(text.endsWith('\r\n'));
    const [header, ...parsed] = parseCsv(text);
    assert.deepEqual(header, ['i', 'value']);
    assert.deepEqual(
      parsed.map((r) => r[1]),
      awkward.map(([v]) => v),
    );
  });
});
