import type { Configuration } from '../rules.js';
import { acronymRefiner } from './acronym.refiner.js';
import type { Candidate, MentionContext } from './candidate.js';
import { equipmentParser } from './equipment.parser.js';
import { equipmentClassParser } from './equipment-class.parser.js';
import { hyphenPartParser } from './hyphen-part.parser.js';
import { nameRunParser } from './name-run.parser.js';
import { overlapRefiner } from './overlap.refiner.js';
import { shipParser } from './ship.parser.js';
import { shipSameNameRefiner } from './ship-same-name.refiner.js';
import { sportsTeamRefiner } from './sports-team.refiner.js';
import { thingSameNameRefiner } from './thing-same-name.refiner.js';
import { unitParser } from './unit.parser.js';
import { vesselNameParser } from './vessel-name.parser.js';

export const mentionConfiguration: Configuration<MentionContext, Candidate> = {
  /** In this order, which breaks ties between readings of the same words of the same kind. */
  parsers: [
    equipmentParser, // named systems by pattern
    shipParser,
    vesselNameParser, // "the cruiser Moskva": a name after a noun of a watercraft
    equipmentClassParser, // after the named ones, which it reads to skip "T-72 tanks"
    unitParser,
    hyphenPartParser, // organisations inside hyphenated words: "ISIL-held"
    nameRunParser, // capitalised runs read by the run classifier
  ],
  /** The order is the logic. */
  refiners: [
    overlapRefiner, // first: one reading of any words, the longer (then the higher-ranked) wins
    acronymRefiner, // acronyms linked to their expansions, unknown ones kept or dropped
    shipSameNameRefiner, // a ship's name is the ship's throughout its document
    thingSameNameRefiner, // a name written after an article is no person throughout its document
    sportsTeamRefiner, // after acronyms: countries in a sports report are teams
  ],
};
