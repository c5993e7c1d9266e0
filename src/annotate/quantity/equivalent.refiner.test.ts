import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { quantityStage } from '../stages/quantity.stage.js';
import { sentenceStage } from '../stages/sentence.stage.js';

const qualifiers = (text: string): (string | undefined)[] =>
  (quantityStage.run(text, sentenceStage.run(text, {}, {}), {}).quantities ?? []).map((q) => q.qualifier);

describe('a conversion in brackets shares the qualifier', () => {
  const table: [string, (string | undefined)[]][] = [
    ['Savers with over 2 million kroner (US$300,000) pay a fee.', ['over', 'over']],
    ['The engine makes just under 180 hp (134 kW / 182 PS).', ['less than', 'less than', 'less than']],
    ['The ridge is nearly 3,000 feet (914 metres) high.', ['nearly', 'nearly']],
    // Negatives: no qualifier to share, a count in brackets, a figure after the bracket closes.
    ['The ridge is 3,000 feet (914 metres) high.', [undefined, undefined]],
    ['At least 40 tanks (12 of them new) were seen.', ['at least', undefined]],
    ['Nearly 5 km (a long way) and 3 km more.', ['nearly', undefined]],
  ];
  for (const [text, expected] of table) it(text, () => assert.deepEqual(qualifiers(text), expected));
});
