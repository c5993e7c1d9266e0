import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { quantityStage } from '../stages/quantity.stage.js';
import { sentenceStage } from '../stages/sentence.stage.js';

const found = (text: string): string[] =>
  (quantityStage.run(text, sentenceStage.run(text, {}, {}), {}).quantities ?? [])
    .filter((q) => q.kind !== 'year' && q.kind !== 'ordinal')
    .map((q) => `${q.value} ${q.unit ?? '-'}`);

describe('units written apart, after a modifier, or as symbols', () => {
  const table: [string, string[]][] = [
    // Capital one-letter symbols may stand apart from the figure.
    ['The lamp draws 9 W from the mains.', ['9 watt']],
    ['Expect highs of 31 C by noon.', ['31 celsius']],
    ['Cells hold 3.7 V each.', ['3.7 volt']],
    ['Lines carry 110 kV/km of load.', ['110 kilovolt per kilometre']],
    [
      'The steel is rated at 50 ksi and tyres at 32 psi.',
      ['50 kilopound per square inch', '32 pound per square inch'],
    ],
    ['A dose of 400 mg was given.', ['400 milligram']],
    ['The planet has about 8 B people.', ['8000000000 -']],
    // One modifier between figure and a plural unit.
    ['Prices rose for three consecutive years.', ['3 year']],
    ['Crews needed 10 more miles of track.', ['10 mile']],
    // Negatives: a street address, an initial, a singular unit after "last", a lower-case letter apart.
    ['Her office is at 12 W 57th St now.', []],
    ['Rooms 40 F. Scott Hall', ['40 -']],
    ['Russia lost 3 last year.', ['3 -']],
    // A symbol with a digit against it is a model's name; a squared unit stays a unit.
    ['The navy bought a dozen TB2 drones and 100 m2 of decking.', ['12 -', '100 square metre']],
    ['He bought 5 m of cable and 5 g.', ['5 -', '5 -']],
    // A short symbol before a slash and a unit is the numerator of a compound unit.
    ['The cell ran at 1.5 A/cm2 for an hour.', ['1.5 ampere per square centimetre']],
    ['Gusts reached 30 m/s on the ridge.', ['30 metre per second']],
    ['The alloy weighs 7.8 g/cm3 at most.', ['7.8 gram per cubic centimetre']],
    // Negatives: a bare letter, or a slash to a letter that names no unit.
    ['Team 5 A/B tests were run.', ['5 -']],
    ['She scored 4 A in the test.', ['4 -']],
    // Square and cubic units made from every length unit; rates after them.
    ['The shed has 12 square yards of floor.', ['12 square yard']],
    ['The tank holds 40 cubic feet.', ['40 cubic foot']],
    ['The plot is 300 ft² in all.', ['300 square foot']],
    ['Offices let for $52 per square foot.', ['52 dollar per square foot']],
    // Units from the general table (model/quantity-units-general.json); an everyday word stays a word.
    ['Pressure in the pipe hit 200 kPa.', ['200 kilopascal']],
    ['The capacitor stores 50 joules.', ['50 joule']],
    ['Staff got 3 mSv per year.', ['3 millisievert per year']],
    ['He carried 5 stones home.', ['5 -']],
    // A sum and its bracketed equivalent share the denominator after the bracket.
    ['The bid was C$6 (US$4.46) per share.', ['6 canadian dollar per share', '4.46 dollar per share']],
    ['He paid $5 (a lot) for it.', ['5 dollar']],
    // A measure takes "a" before a span of time only.
    ['The well pumps 900 barrels a day.', ['900 barrel per day']],
    ['The mill burns 2 tonnes a week.', ['2 metric ton per week']],
    ['They walked 5 km a day ago.', ['5 kilometre']],
    // Compound units whole: energy in watt hours, oil output in barrels a day, gas in British thermal units.
    ['Power cost $100 per megawatt hour.', ['100 dollar per megawatt hour']],
    [
      'Exports fell to 900,000 b/d and then 1.2 million bpd.',
      ['900000 barrel per day', '1200000 barrel per day'],
    ],
    ['Gas traded at $9 per million British thermal units.', ['9 dollar per million british thermal unit']],
    // A symbol WordNet files under several units takes the one whose gloss shares the sentence's nouns.
    ['The capacitor held a charge of 2.5 F at 5 volts.', ['2.5 farad', '5 volt']],
    // Negatives: nothing in the sentence speaks for another unit, or one noun only.
    ['The water was heated to 212 F.', ['212 fahrenheit']],
    ['The capacitor room was kept at 60 F.', ['60 fahrenheit']],
    // A fraction of one unit is measured in it; not a fraction of a plural or of a symbol.
    ['The road runs three-quarters of a mile.', ['0.75 mile']],
    ['Rates rose by a quarter of a percentage point.', ['0.25 percentage point']],
    ['It weighs 3/4 of a pound.', ['0.75 pound-mass']],
    ['A third of a dozen eggs broke.', ['0.3333333333333333 -', '12 -']],
  ];
  for (const [text, expected] of table) it(text, () => assert.deepEqual(found(text), expected));
});
