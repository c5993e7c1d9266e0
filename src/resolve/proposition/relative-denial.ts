import type { Claim, Span } from '../../core/index.js';
import { type Placed, tokensOf } from '../stance/claim-stance.js';
import { stanceCues } from '../stance/cues.js';
import type { CorpusDocument } from '../types.js';
import { nounKind } from './act.js';

/** What may stand between the relative word and the denying verb: its subject, auxiliaries, adverbs. */
const BETWEEN = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'PART', 'AUX', 'ADV', 'PRON']);

export interface RelativeDenial {
  /** The clause without the relative one: what the first speaker said. */
  readonly said: Span;
  /** The attribution of the denying verb: who denies it. */
  readonly attribution: number;
}

/**
 * "A said B shelled X, which B denied", "..., an account B rejected": a clause ending on a relative
 * clause whose verb denies is two statements, the first speaker's and the denier's. Undefined when
 * the clause does not end so, or no attribution stands for the denying verb.
 */
export function relativeDenial(cd: CorpusDocument, claim: Claim): RelativeDenial | undefined {
  const { annotations, doc } = cd;
  const own = claim.clause ?? claim.span;
  const tokens = tokensOf(doc.text, annotations, own);
  let end = tokens.length - 1;
  while (end >= 0 && ['PUNCT', 'ADV'].includes((tokens[end] as Placed).pos)) end--;
  const verb = tokens[end];
  const deny = stanceCues().deny;
  if (verb?.pos !== 'VERB' || !(deny.has(verb.lemma) || deny.has(verb.word))) return undefined;
  // A denying verb needs the relative word and the comma before it: a clause of the verb alone has neither.
  if (end < 2) return undefined;
  let i = end - 1;
  while (i > 0 && BETWEEN.has((tokens[i] as Placed).pos) && !opensRelative(tokens[i] as Placed)) i--;
  const opener = tokens[i];
  let c = i - 1;
  while (c > 0 && (tokens[c] as Placed).pos === 'DET') c--;
  if (!opener || !opensRelative(opener) || tokens[c]?.word !== ',' || c === 0) return undefined;
  const attribution = annotations.attributions.findIndex(
    (a) => a.cue.span.start <= verb.span.start && a.cue.span.end >= verb.span.end,
  );
  if (attribution < 0) return undefined;
  return { said: { start: own.start, end: (tokens[c - 1] as Placed).span.end }, attribution };
}

/** "which", or the noun of something said ("a claim", "an account") opening a relative clause. */
const opensRelative = (t: Placed): boolean =>
  t.word === 'which' || (t.pos === 'NOUN' && nounKind(t.lemma) === 'said');
