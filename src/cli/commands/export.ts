import type { Command } from 'commander';
import { ExitCode } from '../exit-codes.js';
import type { Io } from '../io.js';
import { DB_HELP, DEFAULT_DB } from '../store-option.js';

export interface ExportFlags {
  readonly format: string[];
  readonly out: string;
  readonly db: string;
  readonly question?: string;
  readonly annotations?: boolean;
}

export function exportCommand(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('export')
    .description(
      'write exports from an existing store: json (+ schema), csv, graphml, timeline (TimelineJS), ftm',
    )
    .requiredOption('--format <formats...>', 'one or more of json, csv, graphml, timeline, ftm (or all)')
    .option('--out <dir>', 'the folder to write into', './sitrep-export')
    .option('--db <file>', DB_HELP, DEFAULT_DB)
    .option('--question <file>', 'a watch question to assess and include in sitrep.json')
    .option('--annotations', "keep each document's annotations in sitrep.json (about 7x the text)")
    .action(async (flags: ExportFlags) => {
      const { exportFormats, isExportFormat, writeExportFiles } = await import('../../jobs/write-outputs.js');
      const formats = flags.format.flatMap((f) => f.split(',')).map((f) => f.trim().toLowerCase());
      const chosen = formats.includes('all') ? [...exportFormats] : formats.filter(isExportFormat);
      const unknown = formats.filter((f) => f !== 'all' && !isExportFormat(f));
      if (unknown.length > 0 || chosen.length === 0) {
        io.err(
          `error: unknown export format ${unknown.join(', ')}; expected ${exportFormats.join(', ')} or all`,
        );
        return setExit(ExitCode.usage);
      }
      const { existsSync } = await import('node:fs');
      if (!existsSync(flags.db)) {
        io.err(`error: no database at ${flags.db}; run sitrep ingest or sitrep brief first [E_NOT_FOUND]`);
        return setExit(ExitCode.usage);
      }
      const { readQuestionFile } = await import('../../jobs/question-file.js');
      const { assessCollection } = await import('../../jobs/assess-collection.js');
      const { withStore } = await import('../store-option.js');
      const question = flags.question ? readQuestionFile(flags.question) : undefined;
      await withStore(flags, async (store) => {
        const collection = await assessCollection(store, {
          ...(question && flags.question ? { question, questionPath: flags.question } : {}),
        });
        const files = writeExportFiles(flags.out, collection, chosen, {
          annotations: flags.annotations === true,
        });
        for (const f of files) io.out(f);
      });
    });
}
