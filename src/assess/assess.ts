import type { CorpusDocument, Reconciliation } from '../resolve/types.js';
import { achMatrix } from './ach/matrix.js';
import { bottomLineOf } from './bottom-line/bottom-line.js';
import { forecastOf } from './bottom-line/forecast.js';
import { topicOf } from './bottom-line/topic.js';
import { withCommonWords } from './bottom-line/topic-frequency.js';
import { originFinder } from './evidence/origins.js';
import { indicatorReport, matchIndicators } from './indicator/board.js';
import { outcomeOf } from './outcome/outcome.js';
import { outcomeReader } from './outcome/outcome-reports.js';
import { withReportedOutcome } from './outcome/outcome-views.js';
import type { Question } from './question/index.js';
import type { AnalystDecision, Assessment } from './types.js';

/** Until reconcile has run: no resolved entities, clusters or citations (assess falls back on outlets). */
export const emptyReconciliation: Reconciliation = {
  entities: [],
  clusters: [],
  conflicts: [],
  citations: [],
};

/**
 * Assesses a watch question against a corpus: the indicator board, the ACH matrix (analyst
 * decisions win), each document's bottom line and the pooled forecast. Pure: same inputs, same result.
 */
export function assess(
  question: Question,
  corpus: readonly CorpusDocument[],
  reconciliation: Reconciliation = emptyReconciliation,
  decisions: readonly AnalystDecision[] = [],
): Assessment {
  const originOf = originFinder(reconciliation);
  const matched = matchIndicators(question, corpus, reconciliation, originOf);
  const indicators = question.indicators.map((i, k) => indicatorReport(i, matched[k] ?? []));
  const topic = withCommonWords(topicOf(question), corpus);
  // The outcome's reports are read beside each view, while the document's sentence tokens are at hand.
  const reader = outcomeReader(topic, question);
  const estimated = corpus.flatMap((cd) => {
    const line = bottomLineOf(cd, topic, originOf);
    if (!cd.doc.nearDuplicateOf) reader.read(cd);
    return line ?? [];
  });
  const outcome = outcomeOf(reader, originOf);
  const bottomLines = withReportedOutcome(estimated, outcome, corpus);
  const originals = new Set(corpus.filter((cd) => !cd.doc.nearDuplicateOf).map((cd) => cd.doc.id));
  const forecast = forecastOf(
    bottomLines.filter((b) => originals.has(b.document)),
    originals.size,
  );
  return {
    question: { question: question.question, horizon: question.horizon },
    indicators,
    matrix: achMatrix(question, indicators, decisions),
    bottomLines,
    ...(forecast ? { forecast } : {}),
    ...(outcome ? { outcome } : {}),
  };
}
