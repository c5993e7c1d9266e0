import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Quantity } from '../../core/index.js';
import { quantityStage } from '../stages/quantity.stage.js';
import { sentenceStage } from '../stages/sentence.stage.js';

const shapes = (text: string): string[] =>
  (quantityStage.run(text, sentenceStage.run(text, {}, {}), {}).quantities ?? []).map(
    (q: Quantity) => `${q.value ?? `${q.low}-${q.high}`} ${q.unit ?? q.currency ?? q.thing ?? '-'}`,
  );

describe('coordination: a bare figure shares what its neighbour measures', () => {
  const table: [string, string[]][] = [
    // Elided after "and" / "including": the earlier figure gives its thing, unit or currency.
    ['The council sold 120 flats at auction and 45 by private treaty.', ['120 flats', '45 flats']],
    [
      'Some 2 million voters turned out, including 300,000 in the capital.',
      ['2000000 voters', '300000 voters'],
    ],
    ['Rain reached 40 mm on Monday and 12 on Tuesday.', ['40 millimetre', '12 millimetre']],
    ['Efficiency went from about 30-35 mpg to 41 in town.', ['30-35 mile per gallon', '41 mile per gallon']],
    // After "from" right after the figure, or after "up" / "down": the level it changed from.
    ['The jobless rate fell to 4.8 percent from 5.2.', ['4.8 percent', '5.2 percent']],
    ['Output was 40 tonnes, down from 52 a year before.', ['40 metric ton', '52 metric ton']],
    ['He earned $5 from 3 jobs.', ['5 dollar', '3 jobs']],
    // Closing a clause set against the figure's by "while" / "whereas".
    ['The north lost 30 tanks while the south lost 12.', ['30 tanks', '12 tanks']],
    ['A crate is 24 bottles, whereas a case is 12.', ['24 bottles', '12 bottles']],
    // Or opening the clause ahead of it, in digits, the counted figure closing the clause.
    ['The north lost 30 while the south lost 12 tanks.', ['30 tanks', '12 tanks']],
    // Negatives: a figure in words before the contrast; the counted one does not close its clause.
    ['Funds fell to zero while I fed my two boys.', ['2 boys']],
    ['The north lost 30 while the south lost 12 tanks in the hills.', ['30 -', '12 tanks']],
    // Negatives: the bare figure does not end its clause; the contrast word is far from the figure.
    ['He won 30 votes while the rival got 12 in the end.', ['30 votes', '12 -']],
    ['She slept for 12 hours, while Anna, 33, stayed up.', ['12 hour', '33 -']],
    ['She ran 5 km and rested for a while before she ran 3.', ['5 kilometre', '3 -']],
    // After "to": the level a change in a measure reached, past a percentage that restates the change.
    ['The index rose 12 points to 3,010 on Friday.', ['12 point', '3010 point']],
    [
      'It shed 40 points, or 1.2%, to close at its low, to end at 3,300.',
      ['40 point', '1.2 percent', '3300 -'],
    ],
    ['It shed 40 points, or 1.2%, to finish down to 3,300.', ['40 point', '1.2 percent', '3300 point']],
    // Negatives: a percentage change says nothing of the level's unit; no verb of change; a noun after.
    ['Prices rose 5% to 320.', ['5 percent', '320 -']],
    ['They hiked 5 km to 3 huts.', ['5 kilometre', '3 huts']],
    ['The road is 5 km from here to 40 metres of gravel.', ['5 kilometre', '40 metre']],
    // Hanging before "or": the next figure gives them.
    ['Rates may rise 5 or 6 per cent this year.', ['5 percent', '6 percent']],
    ['Scouts spotted 3 or 4 armoured trucks.', ['3 armoured trucks', '4 armoured trucks']],
    // Negatives: a clause boundary, a different way of writing, a far figure, no link word, a name after.
    ['They fired 30 rockets; 12 were intercepted.', ['30 rockets', '12 -']],
    ['They bought 20 tractors and two were new.', ['20 tractors', '2 -']],
    [
      'We counted 9 ferries in the harbour near the old customs house by the pier and 4 today.',
      ['9 ferries', '4 -'],
    ],
    ['It rose 5% to 600 by noon.', ['5 percent', '600 -']],
    ['Sales of 300 units and 5 Pro models.', ['300 units', '5 -']],
    ['They fly Yak 52 and 55 trainers.', ['55 trainers']],
    ['The 3 or 4 trucks left.', ['3 trucks', '4 trucks']],
    // A list hangs on its last figure, item by item; not across a figure of its own.
    ['Fares may rise 10, 20 or 30 percent.', ['10 percent', '20 percent', '30 percent']],
    [
      'Wells gave 900, 950, and 990 barrels a day.',
      ['900 barrel per day', '950 barrel per day', '990 barrel per day'],
    ],
    ['They sent 10 trucks, 20 and 30 percent more fuel.', ['10 trucks', '20 percent', '30 percent']],
    ['Troops rose by 137,000, or 13%.', ['137000 -', '13 percent']],
    // A hanging figure shares the next one's scale word too.
    ['Fines were 3 or 4 million rubles.', ['3000000 russian ruble', '4000000 russian ruble']],
    ['The total rose to 1,730, and 80 guards left.', ['1730 -', '80 guards']],
  ];
  for (const [text, expected] of table) it(text, () => assert.deepEqual(shapes(text), expected));
});
