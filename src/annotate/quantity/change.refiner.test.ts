import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractQuantities } from './extract.js';

const found = (text: string): string[] =>
  extractQuantities(text)
    .filter((q) => q.kind !== 'year' && q.kind !== 'ordinal')
    .map((q) => `${q.value ?? `${q.low}-${q.high}`} ${q.unit ?? q.thing ?? '-'} ${q.rule.split('+').at(-1)}`);

describe('changes written "from A ... to B"', () => {
  const table: [string, string[]][] = [
    ['Range grew from 300 km in 2019 to 420 km in 2023.', ['300-420 kilometre range']],
    ['Output went from 40 kg daily to 55 by spring.', ['40-55 kilogram range']],
    ['Staff fell from 900 in March to 650 in May.', ['650-900 - range.falling']],
    // Negatives: a clause break, another unit, too many words between, no "from".
    ['It went from 40 kg, they said, to 55 kg.', ['40 kilogram unit.measure', '55 kilogram unit.measure']],
    ['It went from 40 kg in bags to 55 litres.', ['40 kilogram unit.measure', '55 litre unit.measure']],
    [
      'It went from 40 kg in the first few weeks of the long trial to 55 kg.',
      ['40 kilogram unit.measure', '55 kilogram unit.measure'],
    ],
    ['They moved 40 kg in 2019 to 55 kg in 2023.', ['40 kilogram unit.measure', '55 kilogram unit.measure']],
  ];
  for (const [text, expected] of table) it(text, () => assert.deepEqual(found(text), expected));
});
