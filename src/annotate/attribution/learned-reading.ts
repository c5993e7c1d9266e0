import { attitudeOpen, attitudeReading, canHold } from './attitude.parser.js';
import { contentAfter } from './content.js';
import type { AttributionParser, Candidate, ParseContext } from './context.js';
import { cueParts } from './cue-features.js';
import { inCondition } from './cue-guards.js';
import { attitudeSureness, isAttitudeCandidate, verbFile } from './learned-attitude.js';
import {
  type CueModel,
  cueLogit,
  cueLogitOfParts,
  cueModel,
  isCueCandidate,
  learnedModel,
} from './learned-cue.js';
import { phraseEndingAt, skipLeft } from './noun-phrase.js';
import { readingFeatures } from './reading-features.js';
import { speakerFrom } from './speaker.js';
import { chosenSpeaker } from './speaker-choice.js';
import { skipTimeAndAdverbs } from './speaker-reach.js';

/** Verbs the cue models reject by more than this much logit are not read at all (they are rarely cues, and reading costs). */
export const READING_FLOOR = 6;

/**
 * WordNet's lexicographer files of verbs of a mind (verb.cognition, 31), of talk (verb.communication,
 * 32) and of feeling (verb.emotion, 37). Only a verb whose main sense is one of these is read a second
 * time: PolNeAR also marks acts against someone as attitudes ("attacked X"), which in war news are
 * acts, not stances.
 */
const MIND_FILES = new Set([31, 32, 37]);

/** `model/attribution-reading-model.json`, written by `npm run train:attribution`. */
export const readingModel: () => CueModel = learnedModel('attribution-reading-model');

/**
 * How far verb `i` falls short of what the cue models need (a report cue's threshold, or an
 * attitude's sureness), for a verb they were asked about and turned down; undefined otherwise.
 */
function shortfall(ctx: ParseContext, i: number): number | undefined {
  const { toks, sentence, quotes } = ctx;
  const t = toks[i];
  if (!t || !MIND_FILES.has(verbFile(t.lemma ?? t.lower) ?? -1) || inCondition(toks, i, sentence.first))
    return undefined;
  // "the self-proclaimed republic", "a Panama-flagged ship": a verb form hyphened to the word before
  // it is part of a compound modifier, not a verb.
  const before = toks[i - 1];
  if (before && before.end === t.start && (before.text === '-' || before.text.endsWith('-')))
    return undefined;
  let margin = Number.NEGATIVE_INFINITY;
  if (isCueCandidate(toks, i, sentence, quotes)) {
    const model = cueModel();
    margin = cueLogitOfParts(model, cueParts(toks, i, sentence, quotes)) - model.threshold;
  } else if (isAttitudeCandidate(toks, i, sentence, quotes))
    margin = attitudeSureness(toks, i, sentence, quotes);
  return margin > -READING_FLOOR ? margin : undefined;
}

/**
 * The plainest reading of verb `i`: the noun phrase just before it (past adverbs, auxiliaries and a
 * time phrase) speaks, and the rest of its clause is what it is about; null for a passive verb or
 * where no phrase that can hold an attitude (a name, a personal pronoun, a person or group) stands there. The reading model weighs how far to trust it.
 */
function plainReading(ctx: ParseContext, i: number): Candidate | null {
  const { toks, sentence, text, mentions } = ctx;
  const left = skipLeft(toks, i - 1, sentence.first);
  if (left.passive) return null;
  const at = skipTimeAndAdverbs(toks, left.at, sentence.first);
  const phrase = at >= sentence.first ? phraseEndingAt(toks, at, sentence.first) : null;
  const speaker = phrase ? speakerFrom(text, toks, phrase, mentions) : null;
  const content = speaker && canHold(ctx, speaker) ? contentAfter(ctx, i + 1) : null;
  return speaker && content
    ? { cue: { first: i, last: i + 1 }, speaker, content, rule: 'attitude:plain' }
    : null;
}

/** The holder the speaker model chooses among the phrases before verb `i`, and the rest of its clause. */
function chosenReading(ctx: ParseContext, i: number): Candidate | null {
  if (skipLeft(ctx.toks, i - 1, ctx.sentence.first).passive) return null;
  const chosen = chosenSpeaker(ctx, i);
  const content = chosen ? contentAfter(ctx, i + 1) : null;
  return chosen && content
    ? { cue: { first: i, last: i + 1 }, speaker: chosen.speaker, content, rule: 'attitude:chosen' }
    : null;
}

/** Each verb the cue models turned down but nearly took, with its reading and the reading's features. */
export function readingCandidates(
  ctx: ParseContext,
  before: readonly Candidate[],
): { reading: Candidate; features: string[] }[] {
  const out: { reading: Candidate; features: string[] }[] = [];
  for (let i = ctx.sentence.first; i < ctx.sentence.last; i++) {
    if (!attitudeOpen(ctx, before, i)) continue;
    const margin = shortfall(ctx, i);
    if (margin === undefined) continue;
    const reading = attitudeReading(ctx, i, before, false) ?? plainReading(ctx, i) ?? chosenReading(ctx, i);
    if (reading) out.push({ reading, features: readingFeatures(ctx, reading, margin, before) });
  }
  return out;
}

/**
 * A second look at the verbs the cue models turned down: the reading model, trained on PolNeAR's
 * train split, weighs the verb together with its reading (who would speak, how far from it, what
 * about, inside a quote or another report or not) and keeps the readings it finds likely.
 */
export const learnedReadingParser: AttributionParser = (ctx, before) => {
  const model = readingModel();
  return readingCandidates(ctx, before)
    .filter((c) => cueLogit(model, c.features) > model.threshold)
    .map((c) => ({ ...c.reading, rule: `${c.reading.rule}:read` }));
};
