import type { Refiner } from './candidate.js';
import { timeLexicon } from './lexicon.js';

/** Drops surfaces that are dates only to chrono: "may" (modal), "sun", "march" (verb), "now". */
export const falsePositiveRefiner: Refiner = ({ text }, candidates) =>
  candidates.filter((c) => !timeLexicon().falsePositives.has(text.slice(c.start, c.end)));
