import type { CorpusDocument } from '../../resolve/types.js';
import type { Topic } from '../bottom-line/topic.js';
import type { OriginFinder } from '../evidence/origins.js';
import type { Outcome } from '../types.js';
import { outcomeReports } from './outcome-reports.js';

/**
 * The outcome as the sources report it done: the reports of documents that are not near-duplicates,
 * earliest first, with how many independent origins give them. Undefined when none does.
 */
export function outcomeOf(
  corpus: readonly CorpusDocument[],
  topic: Topic,
  question: { readonly question: string; readonly horizon: string },
  originOf: OriginFinder,
): Outcome | undefined {
  const originals = corpus.filter((cd) => !cd.doc.nearDuplicateOf);
  const reports = outcomeReports(originals, topic, question, originOf).sort((a, b) =>
    (a.date?.value ?? '9').localeCompare(b.date?.value ?? '9'),
  );
  if (reports.length === 0) return undefined;
  const first = reports[0]?.date?.value.slice(0, 10);
  return {
    reports,
    origins: new Set(reports.map((r) => r.origin.key)).size,
    ...(first ? { first } : {}),
  };
}
