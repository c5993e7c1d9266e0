import type { Mention, Span, SpeakerRef } from '../../core/index.js';
import type { SentenceRange, Tok } from '../token-view.js';
import type { QuoteIndex } from './quotes.js';

/** What every attribution parser reads: the text, its tokens, quotes, mentions, and one sentence. */
export interface ParseContext {
  readonly text: string;
  readonly toks: readonly Tok[];
  readonly quotes: QuoteIndex;
  readonly mentions: readonly Mention[];
  readonly sentence: SentenceRange;
}

/** A found attribution before nesting is worked out; `cue` is a token range [first, last). */
export interface Candidate {
  readonly cue: { readonly first: number; readonly last: number };
  readonly speaker: SpeakerRef;
  readonly content: Span;
  readonly rule: string;
}

/**
 * A parser reads one sentence and returns the attributions it recognises (an empty list when none).
 * `before` holds what earlier parsers found in the same sentence, so a participle ("..., adding
 * that") can take over the speaker of the report before it, and a cue is never claimed twice.
 */
export type AttributionParser = (ctx: ParseContext, before: readonly Candidate[]) => Candidate[];

/** Whether token `i` is already the cue of a candidate found before. */
export const cueTaken = (found: readonly Candidate[], i: number): boolean =>
  found.some((c) => c.cue.first <= i && i < c.cue.last);
