import type { CorpusDocument, Origin, Reconciliation } from '../../resolve/types.js';
import type { MatchContext } from '../evidence/match-indicator.js';
import type { OriginFinder } from '../evidence/origins.js';
import { relevanceContexts, relevanceModel, relevantEvidence } from '../evidence/relevance/index.js';
import { scopeNames, scopeReader } from '../evidence/scope.js';
import { hasTarget, targetWords } from '../evidence/target.js';
import type { Indicator, Question } from '../question/index.js';
import type { EvidencePiece, IndicatorReport } from '../types.js';
import { statusOf } from './status.js';
import { latestValue, reportedValues, trendOf } from './values.js';

export const distinctOrigins = (pieces: readonly EvidencePiece[]): Origin[] => [
  ...new Map(pieces.map((p) => [p.origin.key, p.origin])).values(),
];

/**
 * Each indicator's evidence, in corpus order, read a document at a time: every indicator is matched
 * against one document before the next, so what is built per document (its words, see
 * find-phrases.ts) is built once and then let go. The evidence is the candidates the learned
 * relevance model takes (see evidence/relevance/).
 */
export function matchIndicators(
  question: Question,
  corpus: readonly CorpusDocument[],
  reconciliation: Reconciliation,
  originOf: OriginFinder,
): EvidencePiece[][] {
  const contexts = question.indicators.map((i): MatchContext => {
    const scopeOf = scopeReader(scopeNames(question, i), reconciliation);
    return { originOf, scopeOf, ...(hasTarget(i) ? { target: targetWords(question, i) } : {}) };
  });
  const relevance = relevanceContexts(
    question,
    corpus.map((cd) => cd.doc.text),
  );
  const model = relevanceModel();
  const matched = question.indicators.map((): EvidencePiece[] => []);
  for (const cd of corpus)
    question.indicators.forEach((indicator, k) => {
      const ctx = contexts[k];
      const words = relevance[k];
      if (ctx && words) matched[k]?.push(...relevantEvidence(indicator, cd, ctx, words, model));
    });
  return matched;
}

/** One row of the indicator board: its evidence, latest figure and date, trend, status and origins. */
export function indicatorReport(indicator: Indicator, matched: readonly EvidencePiece[]): IndicatorReport {
  const evidence = matched.filter((p) => p.modality === 'report');
  const values = reportedValues(evidence);
  const latest = latestValue(values);
  const { status, threshold } = statusOf(indicator.thresholds ?? [], values, evidence);
  return {
    id: indicator.id,
    name: indicator.name,
    evidence,
    unreported: matched.filter((p) => p.modality !== 'report'),
    documents: [...new Set(evidence.map((p) => p.document))],
    ...(latest ? { latest } : {}),
    values,
    trend: trendOf(values, latest),
    status,
    ...(threshold ? { threshold } : {}),
    origins: distinctOrigins(evidence),
  };
}
