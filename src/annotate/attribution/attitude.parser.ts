import type { Span, SpeakerRef } from '../../core/index.js';
import { isAgentNoun } from './agent-noun.js';
import { contentAfter } from './content.js';
import { type AttributionParser, type Candidate, cueTaken, type ParseContext } from './context.js';
import { cueLexicon } from './cue-lexicon.js';
import { learnedAttitude } from './learned-attitude.js';
import { attribute } from './verb-cue.parser.js';

/**
 * Who can hold an attitude: a named or resolved speaker, a personal pronoun, or a phrase with a
 * name or a noun of a person or group in it ("officials"); not "images" or "social media".
 */
function canHold(ctx: ParseContext, speaker: SpeakerRef): boolean {
  if (speaker.entity !== undefined || speaker.resolvesTo !== undefined) return true;
  const words = ctx.toks
    .slice(ctx.sentence.first, ctx.sentence.last)
    .filter((t) => t.start >= speaker.span.start && t.end <= speaker.span.end);
  const only = words.length === 1 ? words[0] : undefined;
  if (only && cueLexicon().pronouns.has(only.lower)) return only.lower !== 'it';
  return words.some((w) => w.pos === 'PROPN' || (w.pos === 'NOUN' && isAgentNoun(w.lemma ?? w.lower)));
}

/** Whether `content` is the inside of a quote that closes just before the holder at `holderStart`. */
function quotedBefore(ctx: ParseContext, content: Span, holderStart: number): boolean {
  if (content.end > holderStart) return false;
  const between = ctx.text.slice(content.end, holderStart);
  return /^[,.!?]*["”'’]{1,2}[,.!?]*\s*$/u.test(between);
}

/**
 * "X wants to V", "X endorsed Y", "X fears Y": a verb the learned attitude model reads as an
 * attitude, on what the report parsers left; its subject (one that can speak) holds it, and what
 * follows the verb is what it is about.
 */
export const attitudeParser: AttributionParser = (ctx, before) => {
  const { toks, sentence } = ctx;
  const out: Candidate[] = [];
  for (let i = sentence.first; i < sentence.last; i++) {
    if (cueTaken(before, i) || !learnedAttitude(toks, i, sentence, ctx.quotes)) continue;
    const found = attribute(ctx, i, i + 1, [...before, ...out], true);
    // What an attitude is about follows its verb, never the words before its holder; but a quote
    // just before the holder is what a verb of voicing voices ("“C!” she shouted to the crowd").
    const voiced = found !== null && quotedBefore(ctx, found.content, found.speaker.span.start);
    const content = found ? (voiced ? found.content : contentAfter(ctx, i + 1)) : null;
    if (found && content && (voiced || content.start >= (toks[i]?.end ?? 0)) && canHold(ctx, found.speaker))
      out.push({ ...found, content, cue: { first: i, last: i + 1 }, rule: `attitude${found.rule.slice(8)}` });
  }
  return out;
};
