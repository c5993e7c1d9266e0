import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Assessment } from '../../assess/types.js';
import type { CorpusDocument, Reconciliation } from '../../resolve/types.js';
import type { Brief } from '../brief-model.js';
import { csvTables } from './csv-tables.js';
import { ftmEntities, ftmJsonl } from './ftm.js';
import { graphml } from './graphml.js';
import { writeJsonFile } from './json-chunks.js';
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

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The files of one export format, by file name. */
export function exportFiles(format: ExportFormat, input: ExportInput): Record<string, string> {
  switch (format) {
    case 'json':
      return { 'sitrep.json': json(sitrepJson(input)), 'sitrep.schema.json': json(sitrepSchema) };
    case 'csv':
      return csvTables(input.corpus, input.reconciliation);
    case 'graphml':
      return { 'sitrep.graphml': graphml(input.corpus, input.reconciliation) };
    case 'timeline':
      return { 'timeline.json': json(timelineJs(input.corpus)) };
    case 'ftm':
      return { 'entities.ftm.jsonl': ftmJsonl(ftmEntities(input.corpus, input.reconciliation)) };
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
  for (const format of formats) {
    if (format === 'json') {
      // Written in pieces (a large collection's JSON does not fit in one string) and compact: the
      // indentation alone would double the file.
      const path = join(outDir, 'sitrep.json');
      writeJsonFile(path, sitrepJson(input), { compact: true });
      written.push(path);
      const schema = join(outDir, 'sitrep.schema.json');
      writeFileSync(schema, json(sitrepSchema));
      written.push(schema);
      continue;
    }
    for (const [name, content] of Object.entries(exportFiles(format, input))) {
      const path = join(outDir, name);
      writeFileSync(path, content);
      written.push(path);
    }
  }
  return written;
}
