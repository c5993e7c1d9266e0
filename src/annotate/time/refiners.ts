import type { Refiner } from './candidate.js';
import { dropFalsePositives } from './false-positive.refiner.js';
import { modifiers } from './modifier.refiner.js';
import { monthYear } from './month-year.refiner.js';
import { openIntervals } from './open-interval.refiner.js';
import { dropOverlaps } from './overlap.refiner.js';
import { periodPart } from './period-part.refiner.js';
import { pointBackwards } from './point-backwards.refiner.js';
import { trimSpan } from './trim-span.refiner.js';
import { dropUnanchored } from './unanchored.refiner.js';
import { yearAgoQuarter } from './year-ago-quarter.refiner.js';

/** The order is the logic (after chrono-node's configurations.ts). */
export const refiners: readonly Refiner[] = [
  trimSpan, // before the false-positive check, which compares bare surfaces ("may," -> "may")
  dropFalsePositives,
  monthYear, // before the overlap check, so that "June last year" outgrows "last year"
  dropOverlaps, // chrono's "March 1998" over the year parser's "1998"
  dropUnanchored, // without a reference, nothing that needs one survives
  pointBackwards, // choose the year or date of "in October", "on Saturday"
  yearAgoQuarter, // needs the quarters resolved
  periodPart, // needs resolved years; turns "early 2023" into an interval
  modifiers, // after period-part, which takes "early" / "late" before a month or year itself
  openIntervals, // last: "since" / "by" wrap whatever the parts made ("by the end of the year")
];
