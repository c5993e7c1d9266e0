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

/** `annotations`: keep each document's annotations in sitrep.json (`--annotations`). */
export interface WriteOptions {
  readonly annotations?: boolean;
}

/** Writes the briefing (Markdown, HTML) and every export of a brief run; the paths written. */
export const writeBriefFiles = (
  out: string,
  result: BriefJobResult,
  options: WriteOptions = {},
): string[] => [
  ...writeBrief(out, result.brief),
  ...writeExports(out, {
    corpus: result.corpus,
    reconciliation: result.reconciliation,
    brief: result.brief,
    ...(options.annotations ? { annotations: true } : {}),
    ...(result.assessment ? { assessment: result.assessment } : {}),
  }),
];

/** Writes the chosen export formats of an assessed collection; the paths written. */
export const writeExportFiles = (
  out: string,
  { corpus, reconciliation, assessment }: AssessedCollection,
  formats: readonly ExportFormat[],
  options: WriteOptions = {},
): string[] =>
  writeExports(
    out,
    {
      corpus,
      reconciliation,
      ...(assessment ? { assessment } : {}),
      ...(options.annotations ? { annotations: true } : {}),
    },
    formats,
  );
