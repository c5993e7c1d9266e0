import {
  type ExportFormat,
  exportFormats,
  isExportFormat,
  writeExports,
} from '../report/export/write-exports.js';
import { writeBrief } from '../report/write-brief.js';
import type { AssessedCollection } from './assess-collection.js';
import type { BriefJobResult } from './brief-job.js';

export { type ExportFormat, exportFormats, isExportFormat };

/** Writes the briefing (Markdown, HTML) and every export of a brief run; the paths written. */
export const writeBriefFiles = (out: string, result: BriefJobResult): string[] => [
  ...writeBrief(out, result.brief),
  ...writeExports(out, {
    corpus: result.corpus,
    reconciliation: result.reconciliation,
    brief: result.brief,
    ...(result.assessment ? { assessment: result.assessment } : {}),
  }),
];

/** Writes the chosen export formats of an assessed collection; the paths written. */
export const writeExportFiles = (
  out: string,
  { corpus, reconciliation, assessment }: AssessedCollection,
  formats: readonly ExportFormat[],
): string[] => writeExports(out, { corpus, reconciliation, ...(assessment ? { assessment } : {}) }, formats);
