import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FigureRow } from './brief-model.js';
import { conservativeRow, estimateRange } from './conservative-figure.js';

const row = (figure: string, v: Partial<FigureRow>): FigureRow => ({
  document: 'd' as FigureRow['document'],
  span: { start: 0, end: 1 },
  outlet: 'Outlet',
  figure,
  stated: figure,
  note: 1,
  ...v,
});

describe('the conservative figure of a measure (ACLED convention)', () => {
  it('takes the lowest estimate, reading a range and a ceiling by their lower bound', () => {
    const rows = [
      row('15,000', { value: 15000 }),
      row('≤ 11,000–12,000', { low: 11000, high: 12000, qualifier: 'at most' }),
      row('≤ 10,000', { value: 10000, qualifier: 'up to' }),
    ];
    assert.equal(conservativeRow(rows)?.figure, '≤ 10,000');
    assert.equal(estimateRange(rows), '10,000–15,000');
  });
  it('passes over orders of magnitude in words while a source gives an estimate', () => {
    const rows = [
      row('1,000–9,999', { low: 1000, high: 9999, vague: true }),
      row('~ 9,000', { value: 9000, qualifier: 'about' }),
      row('9,000', { value: 9000 }),
    ];
    assert.equal(conservativeRow(rows)?.figure, '~ 9,000', 'ties go to the earlier row');
    assert.equal(estimateRange(rows), undefined, 'one estimate, no range');
  });
  it('falls back to the vague figures when nothing else is given, and to nothing for no rows', () => {
    const rows = [row('10,000–99,999', { low: 1e4, high: 99999, vague: true })];
    assert.equal(conservativeRow(rows)?.figure, '10,000–99,999');
    assert.equal(conservativeRow([]), undefined);
  });
});
