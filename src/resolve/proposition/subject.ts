import type { Span } from '../../core/index.js';
import type { Placed } from '../stance/claim-stance.js';
import { spanOf } from './act-at.js';

/** Parts of speech of a subject's noun phrase ("the country's armed forces", "Romanian troops"). */
const PHRASE = new Set(['NOUN', 'PROPN', 'ADJ', 'PART', 'NUM']);
export const PRONOUN_SUBJECT = /^(it|they|we|he|she|i)$/;
const POSSESSIVE = /^(its|their|our|his|her|my)$/;

const inside = (s: Span, outer: Span | undefined): boolean =>
  outer !== undefined && s.start >= outer.start && s.end <= outer.end;

/** The token before verb `v`, auxiliaries and adverbs skipped: where its subject ends. */
export function subjectBefore(tokens: readonly Placed[], v: number): number {
  let i = v - 1;
  while (i >= 0 && ['AUX', 'ADV', 'PART'].includes((tokens[i] as Placed).pos)) i--;
  return i;
}

export interface SubjectReading {
  readonly tokens: readonly Placed[];
  /** The verb whose subject is read. */
  readonly v: number;
  /** The attribution cue the clause hangs from, if any. */
  readonly cue?: Span;
  /** The actor keys of a span. */
  readonly keys: (span: Span) => Set<string>;
  /** The keys of the claim's speaker ("denied it plans": "it" is the speaker). */
  readonly speaker: () => Set<string>;
}

/**
 * Who acts in a clause: the entities of the noun phrase right before the verb ("Romanian troops
 * shelled", "the country's army struck"), else the speaker when a pronoun opening what was said
 * stands there ("denied it plans", "said that they would", "said its forces did not"). A verb after
 * a noun phrase naming no one ("the deal struck with") has no actor.
 */
export function subjectKeys(r: SubjectReading): Set<string> {
  const { tokens } = r;
  const end = subjectBefore(tokens, r.v);
  let start = end;
  while (start >= 0 && PHRASE.has((tokens[start] as Placed).pos)) start--;
  start++;
  if (start <= end) {
    const found = r.keys(spanOf(tokens, start, end + 1));
    if (found.size > 0) return found;
  }
  const p = start <= end ? start - 1 : end;
  const t = tokens[p];
  const pronoun = t?.pos === 'PRON' && (start <= end ? POSSESSIVE : PRONOUN_SUBJECT).test(t.word);
  const said = tokens[p - 1];
  const opens = p === 0 || said?.word === 'that' || (said?.pos === 'VERB' && inside(said.span, r.cue));
  return pronoun && opens ? r.speaker() : new Set();
}
