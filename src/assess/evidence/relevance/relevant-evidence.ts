import type { CorpusDocument } from '../../../resolve/types.js';
import type { Indicator } from '../../question/index.js';
import type { EvidencePiece } from '../../types.js';
import { firstOfEach, indicatorCandidates, type MatchContext } from '../match-indicator.js';
import { type RelevanceContext, relevanceFeatures } from './features.js';
import { logitOf } from './model.js';

export interface RelevanceDecision {
  readonly bias: number;
  readonly weights: ReadonlyMap<string, number>;
  /** Logit above which a candidate is evidence. */
  readonly threshold: number;
}

/**
 * The evidence for one indicator in one document by the learned relevance model: every candidate
 * sentence (those the rules take, those they set aside, and the loose ones holding a cue or a word of
 * the indicator's) that the model scores above its threshold, one piece for each sentence text and
 * figure.
 */
export function relevantEvidence(
  indicator: Indicator,
  cd: CorpusDocument,
  ctx: MatchContext,
  relevance: RelevanceContext,
  model: RelevanceDecision,
): EvidencePiece[] {
  const candidates = indicatorCandidates(indicator, cd, ctx, { loose: true });
  return firstOfEach(
    candidates.filter(
      (c) => logitOf(model, relevanceFeatures(c, cd, indicator, relevance, candidates)) > model.threshold,
    ),
  );
}
