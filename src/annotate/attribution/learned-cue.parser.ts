import { type AttributionParser, type Candidate, cueTaken } from './context.js';
import { learnedCue } from './learned-cue.js';
import { attribute } from './verb-cue.parser.js';

/**
 * "X joked that C", "X wondered whether C": verbs the rules have no entry for, taken as cues when
 * the model learned from PolNeAR's train split says so, and read like an open verb cue (its subject
 * as speaker, if it can speak; its clause as content). Runs after the rule parsers, on what they left.
 */
export const learnedCueParser: AttributionParser = (ctx, before) => {
  const { toks, sentence } = ctx;
  const out: Candidate[] = [];
  for (let i = sentence.first; i < sentence.last; i++) {
    if (!learnedCue(toks, i, sentence, ctx.quotes) || cueTaken(before, i)) continue;
    // A reporting verb in -ing after a comma is a participle of the clause before it ("..., alleging C").
    const found = attribute(ctx, i, i + 1, [...before, ...out], true, true);
    if (found) out.push({ ...found, cue: { first: i, last: i + 1 }, rule: `${found.rule}:learned` });
  }
  return out;
};
