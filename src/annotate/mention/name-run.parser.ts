import type { Candidate, Parser } from './candidate.js';
import { classifyRun } from './classify-run.js';
import { parseRuns } from './run.parser.js';

/** Capitalised runs of words (run.parser.ts), each read by the run classifier (classify-run.ts). */
export const nameRunParser: Parser = ({ words }) => {
  const out: Candidate[] = [];
  for (const run of parseRuns(words)) out.push(...classifyRun(words, run.first, run.last));
  return out;
};
