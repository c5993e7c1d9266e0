import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCsv } from '../../core/index.js';
import { csvField, toCsv } from './csv.js';

const awkward: readonly [string, string][] = [
  ['plain', 'plain'],
  ['Minsk, Belarus', '"Minsk, Belarus"'],
  ['the "joint grouping"', '"the ""joint grouping"""'],
  ['two\nlines', '"two\nlines"'],
  ['carriage\r\nreturn', '"carriage\r\nreturn"'],
  ['“curly” quotes stay bare', '“curly” quotes stay bare'],
  ['', ''],
  ['a = b, c - d @ e', '"a = b, c - d @ e"'],
];

// Text a spreadsheet would run as a formula, and what the export writes instead.
const formulas: readonly [string, string][] = [
  ['=1+1', "'=1+1"],
  ['=HYPERLINK("http://x.test","click")', '"\'=HYPERLINK(""http://x.test"",""click"")"'],
  ['+7 more', "'+7 more"],
  ['-2 tanks', "'-2 tanks"],
  ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
  ['\t=1', "'\t=1"],
  ['\r=1', '"\'\r=1"'],
];

describe('CSV export', () => {
  it('quotes exactly the fields that need it (RFC 4180)', () => {
    for (const [input, expected] of awkward) assert.equal(csvField(input), expected, JSON.stringify(input));
    assert.equal(csvField(undefined), '');
    assert.equal(csvField(9000), '9000');
  });

  it('defuses text that starts like a formula, and never touches numbers', () => {
    for (const [input, expected] of formulas) assert.equal(csvField(input), expected, JSON.stringify(input));
    assert.equal(csvField(-3), '-3');
    assert.equal(csvField(-0.5), '-0.5');
    assert.equal(csvField('9,000 troops'), '"9,000 troops"');
    const [, ...parsed] = parseCsv(
      toCsv<string>(
        [['text', (r) => r]],
        formulas.map(([v]) => v),
      ),
    );
    assert.deepEqual(
      parsed.map((r) => r[0]),
      formulas.map(([v]) => `'${v}`),
    );
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
