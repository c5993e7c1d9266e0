import type { Configuration } from '../rules.js';
import type { TimeCandidate, TimeContext } from './candidate.js';
import { chronoParser } from './chrono.parser.js';
import { dayPartParser } from './day-part.parser.js';
import { decadeParser } from './decade.parser.js';
import { durationParser } from './duration.parser.js';
import { falsePositiveRefiner } from './false-positive.refiner.js';
import { modifierRefiner } from './modifier.refiner.js';
import { monthYearRefiner } from './month-year.refiner.js';
import { numericDateParser } from './numeric-date.parser.js';
import { openIntervalRefiner } from './open-interval.refiner.js';
import { overlapRefiner } from './overlap.refiner.js';
import { periodOfParser } from './period-of.parser.js';
import { periodPartRefiner } from './period-part.refiner.js';
import { phraseParser } from './phrase.parser.js';
import { pointBackwardsRefiner } from './point-backwards.refiner.js';
import { quarterParser } from './quarter.parser.js';
import { quarterRefParser } from './quarter-ref.parser.js';
import { seasonParser } from './season.parser.js';
import { spelledYearParser } from './spelled-year.parser.js';
import { trimSpanRefiner } from './trim-span.refiner.js';
import { unanchoredRefiner } from './unanchored.refiner.js';
import { weekendParser } from './weekend.parser.js';
import { yearParser } from './year.parser.js';
import { yearAgoQuarterRefiner } from './year-ago-quarter.refiner.js';
import { yearOffsetParser } from './year-offset.parser.js';

/** After chrono-node's configurations.ts. */
export const timeConfiguration: Configuration<TimeContext, TimeCandidate> = {
  /** chrono first, so that it wins ties in the overlap refiner. */
  parsers: [
    chronoParser,
    numericDateParser,
    quarterParser,
    quarterRefParser,
    yearParser,
    periodOfParser,
    dayPartParser,
    yearOffsetParser,
    seasonParser,
    weekendParser,
    decadeParser,
    spelledYearParser,
    durationParser,
    phraseParser,
  ],
  /** The order is the logic. */
  refiners: [
    trimSpanRefiner, // before the false-positive check, which compares bare surfaces ("may," -> "may")
    falsePositiveRefiner,
    monthYearRefiner, // before the overlap check, so that "June last year" outgrows "last year"
    overlapRefiner, // chrono's "March 1998" over the year parser's "1998"
    unanchoredRefiner, // without a reference, nothing that needs one survives
    pointBackwardsRefiner, // choose the year or date of "in October", "on Saturday"
    yearAgoQuarterRefiner, // needs the quarters resolved
    periodPartRefiner, // needs resolved years; turns "early 2023" into an interval
    modifierRefiner, // after period-part, which takes "early" / "late" before a month or year itself
    openIntervalRefiner, // last: "since" / "by" wrap whatever the parts made ("by the end of the year")
  ],
};
