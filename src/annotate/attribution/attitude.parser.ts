import type { Span, SpeakerRef } from '../../core/index.js';
import { phraseAt, type Tok } from '../token-view.js';
import { isAgentNoun } from './agent-noun.js';
import { contentAfter } from './content.js';
import { type AttributionParser, type Candidate, cueTaken, type ParseContext } from './context.js';
import { cueLexicon } from './cue-lexicon.js';
import { attitudeSureness } from './learned-attitude.js';
import { attribute } from './verb-cue.parser.js';

/** How far past its threshold the model must be to read a participle after a comma (odds e times higher). */
const PARTICIPLE_SURENESS = 1;

/**
 * Who can hold an attitude: a named or resolved speaker, a personal pronoun, or a phrase with a
 * name or a noun of a person or group in it ("officials"); not "images" or "social media".
 */
export function canHold(ctx: ParseContext, speaker: SpeakerRef): boolean {
  if (speaker.entity !== undefined || speaker.resolvesTo !== undefined) return true;
  // The sentence's tokens inside the speaker, found by a loop: this runs for every phrase tried.
  const words: Tok[] = [];
  for (let k = ctx.sentence.first; k < ctx.sentence.last; k++) {
    const t = ctx.toks[k];
    if (t && t.start >= speaker.span.start && t.end <= speaker.span.end) words.push(t);
  }
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

/** "according to", "as reported by": a cue of the prepositional parser, never an attitude's verb. */
function prepositionalCue(ctx: ParseContext, i: number): boolean {
  const { toks, sentence } = ctx;
  return phraseAt(toks, i, cueLexicon().prepositional.get(toks[i]?.lower ?? ''), sentence.last) !== undefined;
}

/**
 * The attitude verb `i` would be read as: its subject (one that can speak) holds it, and what
 * follows the verb is what it is about; null where no such reading is found. `participle` lets a
 * participle after a comma take up the clause before it.
 */
export function attitudeReading(
  ctx: ParseContext,
  i: number,
  priors: readonly Candidate[],
  participle: boolean,
): Candidate | null {
  const found = attribute(ctx, i, i + 1, priors, true, participle);
  // What an attitude is about follows its verb, never the words before its holder; but a quote
  // just before the holder is what a verb of voicing voices ("“C!” she shouted to the crowd").
  const voiced = found !== null && quotedBefore(ctx, found.content, found.speaker.span.start);
  const content = found ? (voiced ? found.content : contentAfter(ctx, i + 1)) : null;
  if (
    !found ||
    !content ||
    !(voiced || content.start >= (ctx.toks[i]?.end ?? 0)) ||
    !canHold(ctx, found.speaker)
  )
    return null;
  return { ...found, content, cue: { first: i, last: i + 1 }, rule: `attitude${found.rule.slice(8)}` };
}

/** Whether verb `i` is open to an attitude reading: not a cue taken before, nor a prepositional cue's word. */
export const attitudeOpen = (ctx: ParseContext, before: readonly Candidate[], i: number): boolean =>
  ctx.toks[i]?.pos === 'VERB' && !cueTaken(before, i) && !prepositionalCue(ctx, i);

/**
 * "X wants to V", "X endorsed Y", "X fears Y": a verb the learned attitude model reads as an
 * attitude, on what the report parsers left (see `attitudeReading`).
 */
export const attitudeParser: AttributionParser = (ctx, before) => {
  const { toks, sentence } = ctx;
  const out: Candidate[] = [];
  for (let i = sentence.first; i < sentence.last; i++) {
    // Only a verb is asked about (isAttitudeCandidate): the rest is passed over without a look-up.
    if (!attitudeOpen(ctx, before, i)) continue;
    const sureness = attitudeSureness(toks, i, sentence, ctx.quotes);
    if (sureness <= 0) continue;
    // A participle after a comma ("..., fearing C") takes up the clause before it only where the
    // model is surer: many such participles tell what an act did ("..., disrupting supplies").
    const found = attitudeReading(ctx, i, [...before, ...out], sureness > PARTICIPLE_SURENESS);
    if (found) out.push(found);
  }
  return out;
};
