import { annotateWithDiagnostics, type StageDiagnostic } from '../annotate/index.js';
import type { StoredDocument } from '../core/index.js';
import type { Store } from '../store/index.js';
import { collectionReferenceDates } from './collection-reference-dates.js';

/** A stage's diagnostic as `sitrep extract` prints it: its span flattened to `start`/`end`, like the annotations. */
export const diagnosticJson = ({ span, ...rest }: StageDiagnostic) =>
  span ? { ...rest, start: span.start, end: span.end } : rest;

/**
 * What the stages reported while annotating a stored document, under the reference date its
 * collection gives it. Diagnostics are not stored beside the annotations: they are made again.
 */
export async function documentDiagnostics(store: Store, doc: StoredDocument): Promise<StageDiagnostic[]> {
  const referenceDate = (await collectionReferenceDates(store)).get(doc.id);
  return annotateWithDiagnostics(doc.text, referenceDate ? { referenceDate } : {}).diagnostics;
}
