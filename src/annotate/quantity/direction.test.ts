import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { quantityStage } from '../stages/quantity.stage.js';
import { sentenceStage } from '../stages/sentence.stage.js';
import { directions } from './direction.js';

const directed = (text: string): string[] => {
  const quantities = quantityStage.run(text, sentenceStage.run(text, {}, {}), {}).quantities ?? [];
  const found = directions(text, quantities);
  return quantities.map((q, k) => `${q.text}: ${found[k] ?? '='}`);
};

describe('directions of change', () => {
  const table: [string, string[]][] = [
    ['Shares of the miner slumped 4.1% on Monday.', ['4.1%: down']],
    ['Turnover grew by a further 12 per cent.', ['12 per cent: up']],
    ['The index was down 80 points, or 1.2%, at noon.', ['80 points: down', '1.2%: down']],
    ['Copper climbed to 9,400 tonnes in stock.', ['9,400 tonnes: up']],
    ['Markets: Dax +0.4% Cac -0.7%', ['0.4%: up', '-0.7%: down']],
    ['The deficit came in at $-3.2bn.', ['$-3.2bn: down']],
    ['Brent (up 2.5%) led the gains.', ['2.5%: up']],
    // The level reached is no change; nor is a signed measure, a plain figure, or a start point.
    ['The stock rose 3% to 210 pence.', ['3%: up', '210 pence: =']],
    ['The drive lost ground: -8 yards in all.', ['-8 yards: =']],
    ['The town has 4,000 residents.', ['4,000 residents: =']],
    ['Gold closed up. 40 traders left.', ['40 traders: =']],
    ['Women make up 40% of the board.', ['40% of the board: =']],
    ['Volunteers signed up 500 new members.', ['500 new members: =']],
    ['The shares ended up 3% on the day.', ['3%: up']],
    ['Pay is up from 40 per cent of the average.', ['40 per cent of the average: =']],
    // A verb of change in the infinitive right after a change names the level it reached.
    ['The index shed 90 points, or 1.1%, to fall to 7,400.', ['90 points: down', '1.1%: down', '7,400: =']],
    ['The Dow lost 300 points to drop to 31,000.', ['300 points: down', '31,000: =']],
    // Negatives: no change before it, or a clause between.
    ['Inflation is expected to fall to 3%.', ['3%: down']],
    ['Rates rose 2 points and may yet rise to 6%.', ['2 points: up', '6%: up']],
  ];
  for (const [text, expected] of table) it(text, () => assert.deepEqual(directed(text), expected));
});

describe("the quantity stage records each figure's direction", () => {
  it('sets direction on changes only, never on the level reached, years or plain figures', () => {
    const text = 'In 2023 exports rose 5% to 99 tonnes, imports fell by 2 points and 300 ships docked.';
    const quantities = quantityStage.run(text, sentenceStage.run(text, {}, {}), {}).quantities ?? [];
    assert.deepEqual(
      quantities.map((q) => [q.text, q.direction ?? '=']),
      [
        ['2023', '='],
        ['5%', 'up'],
        ['99 tonnes', '='],
        ['2 points', 'down'],
        ['300 ships', '='],
      ],
    );
  });
});
