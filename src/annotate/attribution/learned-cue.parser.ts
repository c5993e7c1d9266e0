import type { AttributionParser, Candidate } from './context.js';
import { learnedCue } from './learned-cue.js';
import { attribute } from './verb-cue.parser.js';

const claimed = (found: readonly Candidate[], i: number): boolean =>
  found.some((c) => c.cue.first <= i && i < c.cue.last);

/**
 * "X joked that C", "X wondered whether C": verbs the rules have no entry for, taken as cues when
 * the model learned from PolNeAR's train split says so, and read like an open verb cue (its subject
 * as speaker, if it can speak; its clause as content). Runs after the rule parsers, on what they left.
 */
export const learnedCueParser: AttributionParser = (ctx, before) => {
  const { toks, sentence } = ctx;
  const out: Candidate[] = [];
  for (let i = sentence.first; i < sentence.last; i++) {
    if (!learnedCue(toks, i, sentence, ctx.quotes) || claimed(before, i)) continue;
    const found = attribute(ctx, i, i + 1, out.at(-1) ?? before.at(-1), true);
    if (found) out.push({ ...found, cue: { first: i, last: i + 1 }, rule: `${found.rule}:learned` });
  }
  return out;
};
