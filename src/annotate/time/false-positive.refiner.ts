import type { Refiner } from './candidate.js';
import { timeLexicon } from './lexicon.js';

/** Drops surfaces that are dates only to chrono: "may" (modal), "sun", "march" (verb), "now". */
export const dropFalsePositives: Refiner = (candidates, { text }) =>
  candidates.filter((c) => !timeLexicon().falsePositives.has(text.slice(c.start, c.end)));
