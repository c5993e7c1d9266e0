import assert from 'node:assert/strict';
import { it } from 'node:test';
import { dayRangeOf } from './time-value.js';

it('gives the days each kind of time value covers', () => {
  const table: [string, string | undefined][] = [
    ['2022-12-03', '2022-12-03/2022-12-03'],
    ['2022-02', '2022-02-01/2022-02-28'],
    ['2024-02', '2024-02-01/2024-02-29'],
    ['2022', '2022-01-01/2022-12-31'],
    ['2022-Q4', '2022-10-01/2022-12-31'],
    ['2022-WI', '2022-12-01/2023-02-28'],
    ['2022-SU', '2022-06-01/2022-08-31'],
    ['2022-W48', '2022-11-28/2022-12-04'],
    ['199', '1990-01-01/1999-12-31'],
    ['2022-10/2022-12', '2022-10-01/2022-12-31'],
    ['2022-02-24/', '2022-02-24/9999-12-31'],
    ['P3D', undefined],
    ['PRESENT_REF', undefined],
  ];
  for (const [value, expected] of table) {
    const r = dayRangeOf(value);
    assert.equal(r ? `${r.start}/${r.end}` : undefined, expected, value);
  }
});
