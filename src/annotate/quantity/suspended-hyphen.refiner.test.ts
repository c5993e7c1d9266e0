import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { quantityStage } from '../stages/quantity.stage.js';
import { sentenceStage } from '../stages/sentence.stage.js';

const units = (text: string): (string | undefined)[] =>
  (quantityStage.run(text, sentenceStage.run(text, {}, {}), {}).quantities ?? []).map((q) => q.unit);

describe('suspended hyphen', () => {
  const table: [string, (string | undefined)[]][] = [
    ['Buyers pick a 10- or 12-inch display.', ['inch', 'inch']],
    ['Pipes come in 5-, 6- and 8-inch sizes.', ['inch', 'inch', 'inch']],
    // Negative: no glued hyphen, or a word other than a joining one, leaves the first figure bare.
    ['He won 6 and then lost 7 games.', [undefined, undefined]],
    ['He won 6-, then lost 7 kg.', [undefined, 'kilogram']],
  ];
  for (const [text, expected] of table) it(text, () => assert.deepEqual(units(text), expected));
});
