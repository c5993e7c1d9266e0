import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Assessment } from '../../assess/types.js';
import type { CorpusDocument, Reconciliation } from '../../resolve/types.js';
import type { Brief } from '../brief-model.js';
import { csvTables } from './csv-tables.js';
import { ftmEntities, ftmLines } from './ftm.js';
import { graphmlLines } from './graphml.js';
import { compactChunks, jsonChunks, writeChunks } from './json-chunks.js';
import { sitrepJson } from './sitrep-json.js';
import { sitrepSchema } from './sitrep-schema.js';
import { timelineJs } from './timelinejs.js';

export const exportFormats = ['json', 'csv', 'graphml', 'timeline', 'ftm'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const isExportFormat = (s: string): s is ExportFormat =>
  (exportFormats as readonly string[]).includes(s);

export interface ExportInput {
  readonly corpus: readonly CorpusDocument[];
  readonly reconciliation: Reconciliation;
  readonly assessment?: Assessment;
  readonly brief?: Brief;
  /** Keep each document's annotations in sitrep.json (`--annotations`). */
  readonly annotations?: boolean;
}

/** `JSON.stringify(value, null, 2)` and a newline, in pieces. */
function* prettyJson(value: unknown): Generator<string> {
  yield* jsonChunks(value);
  yield '\n';
}

/** sitrep.json is compact: the indentation alone would double the file. */
function* compactJson(value: unknown): Generator<string> {
  yield* compactChunks(value);
  yield '\n';
}

/**
 * The files of one export format, by file name, each as the pieces of its text: made as they are
 * written, so that no whole file of a large collection (V8 refuses strings over about 512 MB) is
 * ever one string.
 */
export function exportFiles(format: ExportFormat, input: ExportInput): Record<string, Iterable<string>> {
  switch (format) {
    case 'json':
      return {
        'sitrep.json': compactJson(sitrepJson(input)),
        'sitrep.schema.json': prettyJson(sitrepSchema),
      };
    case 'csv':
      return csvTables(input.corpus, input.reconciliation);
    case 'graphml':
      return { 'sitrep.graphml': graphmlLines(input.corpus, input.reconciliation) };
    case 'timeline':
      return { 'timeline.json': prettyJson(timelineJs(input.corpus)) };
    case 'ftm':
      return { 'entities.ftm.jsonl': ftmLines(ftmEntities(input.corpus, input.reconciliation)) };
  }
}

/** Writes the given formats (all by default) into `outDir` and returns the paths written. */
export function writeExports(
  outDir: string,
  input: ExportInput,
  formats: readonly ExportFormat[] = exportFormats,
): string[] {
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const format of formats)
    for (const [name, chunks] of Object.entries(exportFiles(format, input))) {
      const path = join(outDir, name);
      writeChunks(path, chunks);
      written.push(path);
    }
  return written;
}
