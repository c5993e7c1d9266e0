import { extractTimes } from './extract.js';

/**
 * A "not before" date for a document that states no publication date: the latest fully specified
 * absolute date (year, month and day all in the text) found in it, or undefined when there is none.
 * Pure, so ingest and the evaluation compute the same thing.
 */
export function inferReference(text: string): string | undefined {
  let latest: string | undefined;
  for (const t of extractTimes(text)) {
    if (t.granularity !== 'day' || !t.yearStated) continue;
    if (latest === undefined || t.value > latest) latest = t.value;
  }
  return latest;
}
