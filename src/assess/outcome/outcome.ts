import type { OriginFinder } from '../evidence/origins.js';
import type { Outcome } from '../types.js';
import type { OutcomeReader } from './outcome-reports.js';

/**
 * The outcome as the sources report it done: the reports `reader` found (in the documents that are
 * not near-duplicates), earliest first, with how many independent origins give them. Undefined when
 * none does.
 */
export function outcomeOf(reader: OutcomeReader, originOf: OriginFinder): Outcome | undefined {
  const reports = reader
    .reports(originOf)
    .sort((a, b) => (a.date?.value ?? '9').localeCompare(b.date?.value ?? '9'));
  if (reports.length === 0) return undefined;
  const first = reports[0]?.date?.value.slice(0, 10);
  return {
    reports,
    origins: new Set(reports.map((r) => r.origin.key)).size,
    ...(first ? { first } : {}),
  };
}
