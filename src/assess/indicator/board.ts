import type { CorpusDocument, Origin, Reconciliation } from '../../resolve/types.js';
import { matchIndicator } from '../evidence/match-indicator.js';
import type { OriginFinder } from '../evidence/origins.js';
import { scopeNames, scopeTest } from '../evidence/scope.js';
import type { Indicator, Question } from '../question/index.js';
import type { EvidencePiece, IndicatorReport } from '../types.js';
import { statusOf } from './status.js';
import { latestValue, reportedValues, trendOf } from './values.js';

export const distinctOrigins = (pieces: readonly EvidencePiece[]): Origin[] => [
  ...new Map(pieces.map((p) => [p.origin.key, p.origin])).values(),
];

/** One row of the indicator board: its evidence, latest figure and date, trend, status and origins. */
export function indicatorReport(
  question: Question,
  indicator: Indicator,
  corpus: readonly CorpusDocument[],
  reconciliation: Reconciliation,
  originOf: OriginFinder,
): IndicatorReport {
  const inScope = scopeTest(scopeNames(question, indicator), reconciliation);
  const matched = corpus.flatMap((cd) => matchIndicator(indicator, cd, { originOf, inScope }));
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
