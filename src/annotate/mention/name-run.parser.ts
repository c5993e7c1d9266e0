import type { Candidate, Parser } from './candidate.js';
import { classifyRun } from './classify-run.js';
import { lexicon } from './lexicon.js';
import { parseRuns } from './run.parser.js';
import { wordsIn } from './word.js';

/**
 * How far the run classifier looks around a run: back over a role and its owner before it
 * ("Russia's defense minister", person.parser.ts) and a place cue (place-cue.ts), ahead over a
 * number or a comma and a place (classify-run.ts, place-cue.ts).
 */
const before = (): number => lexicon().roleMaxWords + 2;
const AFTER = 3;

/**
 * Capitalised runs of words (run.parser.ts), each read by the run classifier (classify-run.ts)
 * over the words around it only, taken as objects for that run and then dropped.
 */
export const nameRunParser: Parser = ({ words }) => {
  const out: Candidate[] = [];
  for (const run of parseRuns(words)) {
    const from = Math.max(0, run.first - before());
    const around = wordsIn(words, from, run.last + 1 + AFTER);
    out.push(...classifyRun(around, run.first - from, run.last - from));
  }
  return out;
};
