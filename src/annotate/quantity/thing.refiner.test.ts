import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { quantityStage } from '../stages/quantity.stage.js';
import { sentenceStage } from '../stages/sentence.stage.js';

const found = (text: string): string[] =>
  (quantityStage.run(text, sentenceStage.run(text, {}, {}), {}).quantities ?? []).map(
    (q) => `${q.value} ${q.unit ?? q.thing ?? '-'}`,
  );

describe('what a count counts', () => {
  const table: [string, string[]][] = [
    // A suspended list counts the noun joined to its last figure.
    ['Buyers choose three-, four- or five-door bodies.', ['3 door', '4 door', '5 door']],
    ['It ships a 96-page booklet.', ['96 page']],
    // "of" and a possessive name.
    ['Three of Smith’s aides resigned.', ['3 Smith’s aides']],
    ["Four of Acme's plants closed.", ["4 Acme's plants"]],
    // Collective nouns count; a lone singular word after a count above one does not.
    ['The firm hired 40 staff.', ['40 staff']],
    ['Some 300 police stood by.', ['300 police']],
    ['About 500 go there each year.', ['500 -']],
    // A count before a measured modifier counts the noun after it; the modifier stays a figure.
    ['Jets dropped two 500-pound bombs on the depot.', ['2 bombs', '500 pound-mass']],
    ['They bottled eight million 250ml flasks.', ['8000000 flasks', '250 millilitre']],
    ['Unions called three 24-hour strikes.', ['3 strikes', '24 hour']],
    // Negatives: a hyphenated word figure outside a list stays a feature of its noun.
    ['It took 3 10 minutes to say.', ['3 -', '10 minute']],
    ['They drove a four-door saloon.', []],
    // A share of a counted whole shares what the whole counts; the whole stays a figure of its own.
    ['A third of the 300 staff left.', ['0.3333333333333333 staff', '300 staff']],
    ['Two-thirds of the combined 4.3M new sales.', ['0.666666666666667 new sales', '4300000 new sales']],
    // A plural noun the tagger reads as a verb after a count above one is still what it counts.
    ['The probe made 5,680 orbits and 40 snaps.', ['5680 orbits', '40 snaps']],
    // Negatives: a figure that ends a name or a compound, whose next word is the verb.
    ['As World War Two grinds on, the mother-of-two says little.', ['2 -']],
  ];
  for (const [text, expected] of table) it(text, () => assert.deepEqual(found(text), expected));
});
