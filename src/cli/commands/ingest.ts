import type { Command } from 'commander';
import type { Io } from '../io.js';
import { DB_HELP, DEFAULT_DB } from '../store-option.js';

export interface IngestFlags {
  readonly db: string;
  readonly json?: boolean;
  readonly annotate: boolean;
  readonly timeout: string;
  readonly maxBytes: string;
  readonly jobTimeout?: string;
}

export function ingestCommand(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('ingest')
    .description(
      'store articles (files, folders, feeds, JSONL, URLs, - for stdin) once each, then annotate them ' +
        '(on PostgreSQL: queue them for `sitrep worker`)',
    )
    .argument('<inputs...>', 'paths, folders, http(s) URLs, or - for standard input')
    .option('--db <file>', DB_HELP, DEFAULT_DB)
    .option('--json', 'print the summary as JSON')
    .option('--no-annotate', 'store only; annotate later with `sitrep annotate`')
    .option('--timeout <ms>', 'time allowed per URL', '15000')
    .option('--max-bytes <n>', 'largest file or response accepted', String(20 * 1024 * 1024))
    .option(
      '--job-timeout <s>',
      'PostgreSQL: seconds a worker may hold one document before another worker takes it over',
      '300',
    )
    .action(async (inputs: string[], flags: IngestFlags) => {
      const { runIngest } = await import('./ingest-run.js');
      setExit(await runIngest(io, inputs, flags));
    });
}
