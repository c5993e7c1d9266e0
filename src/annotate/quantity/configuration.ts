import type { Configuration } from '../rules.js';
import { ageRefiner } from './age.refiner.js';
import { bareRefiner } from './bare.refiner.js';
import type { Candidate } from './candidate.js';
import { changeRefiner } from './change.refiner.js';
import { coordinationRefiner } from './coordination.refiner.js';
import { countRateRefiner } from './count-rate.refiner.js';
import { currencyRefiner } from './currency.refiner.js';
import { digitsParser } from './digits.parser.js';
import { equivalentRefiner } from './equivalent.refiner.js';
import { measureKeyRefiner } from './measure-key.refiner.js';
import { measuredThingRefiner } from './measured-thing.refiner.js';
import { notQuantityRefiner } from './not-quantity.refiner.js';
import { overlapRefiner } from './overlap.refiner.js';
import { positionRefiner } from './position.refiner.js';
import { qualifierRefiner } from './qualifier.refiner.js';
import { rangeRefiner } from './range.refiner.js';
import { rateRefiner } from './rate.refiner.js';
import type { ScanContext } from './scan-context.js';
import { suspendedHyphenRefiner } from './suspended-hyphen.refiner.js';
import { thingRefiner } from './thing.refiner.js';
import { unitRefiner } from './unit.refiner.js';
import { unitRangeRefiner } from './unit-range.refiner.js';
import { vagueParser } from './vague.parser.js';
import { wordsParser } from './words.parser.js';
import { yearRefiner } from './year.refiner.js';

export const quantityConfiguration: Configuration<ScanContext, Candidate> = {
  /** Each parser reads one way of writing a figure. */
  parsers: [digitsParser, wordsParser, vagueParser],
  /** The order is the logic: each refiner reads what the ones above it decided. */
  refiners: [
    positionRefiner, // first: the parsers' candidates in text order
    notQuantityRefiner, // before the others: T-72, dates, clock times and labels never become figures
    overlapRefiner, // one candidate per number before ranges pair neighbours
    yearRefiner, // before ranges, so that "2020-2022" stays two years
    rangeRefiner, // before units and currency: "11,000-12,000 men", "$10-20 million"
    ageRefiner, // before units, or "64-year-old" would be a duration
    currencyRefiner, // before units: "300 million rubles" is money, "5 pounds" (no scale) is a weight
    unitRefiner, // percent, durations, measures, calibres
    rateRefiner, // needs the unit or currency: "$128.5 per thousand cubic meters"
    qualifierRefiner, // after currency, so "more than $5" reaches over the sign
    equivalentRefiner, // needs qualifiers, units and currencies: "just under 180 hp (134 kW / 182 PS)"
    thingRefiner, // after units: "65,000 tons of ammunition"
    measuredThingRefiner, // needs things and units: "two 500-pound bombs" counts bombs
    countRateRefiner, // needs the thing: "3,000 tests per day"
    unitRangeRefiner, // needs units, rates, qualifiers and things on both ends: "5% to 10%", "to 9 lots from 12 lots"
    coordinationRefiner, // needs units and things on both sides: "120 flats at auction and 45 by treaty"
    changeRefiner, // after coordination, so a bare end has its unit: "from 30 mpg in town to 34"
    measureKeyRefiner, // needs thing and unit
    suspendedHyphenRefiner, // needs units and things: "four-, five- and six-cylinder"
    bareRefiner, // after things: a figure with nothing counted after a name is a label ("S&P 500")
    overlapRefiner, // last: extended spans may now overlap
  ],
};
