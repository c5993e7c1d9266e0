import { join } from 'node:path';
import type { Command } from 'commander';
import { ExitCode } from '../exit-codes.js';
import { type Io, type Progress, printDiagnostic, progress } from '../io.js';

export interface BriefFlags {
  readonly question?: string;
  readonly out: string;
  readonly db?: string;
  readonly annotations?: boolean;
}

export function briefCommand(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('brief')
    .description(
      'ingest, annotate, reconcile and (with --question) assess, then write brief.md, brief.html and every export',
    )
    .argument('<paths...>', 'files, folders, feeds or URLs to read')
    .option('--question <file>', 'a watch question (YAML) to assess')
    .option('--out <dir>', 'where to write the briefing and exports', './sitrep-brief')
    .option('--db <file>', 'the SQLite database (default: sitrep.db inside --out)')
    .option('--annotations', "keep each document's annotations in sitrep.json (about 7x the text)")
    .action(async (paths: string[], flags: BriefFlags) => {
      setExit(await runBrief(io, paths, flags));
    });
}

async function runBrief(io: Io, paths: readonly string[], flags: BriefFlags): Promise<number> {
  const { mkdirSync } = await import('node:fs');
  const { readQuestionFile } = await import('../../jobs/question-file.js');
  const { runBriefJob } = await import('../../jobs/brief-job.js');
  const { writeBriefFiles } = await import('../../jobs/write-outputs.js');
  const { withStore } = await import('../store-option.js');
  const question = flags.question ? readQuestionFile(flags.question) : undefined;
  mkdirSync(flags.out, { recursive: true });
  const db = flags.db ?? join(flags.out, 'sitrep.db');
  const started = Date.now();
  return withStore({ db }, async (store) => {
    let bar: Progress | undefined;
    let seen = 0;
    const result = await runBriefJob(store, {
      inputs: paths,
      ...(question && flags.question ? { question, questionPath: flags.question } : {}),
      onIngest: (event) => {
        if (event.kind === 'failed') printDiagnostic(io, event.diagnostic);
        else if (event.kind !== 'note') bar?.update(++seen, seen);
      },
      onPhase: (phase) => {
        bar?.stop();
        bar = phase === 'ingest' ? progress(io, 'ingest', 0) : undefined;
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        if (phase !== 'ingest' && phase !== 'annotate')
          io.err(io.isTTY ? `${phase}…` : `${phase}… (${seconds} s in)`);
      },
      onAnnotate: (done, total) => {
        bar ??= progress(io, 'annotate', total);
        bar.update(done, total);
      },
    });
    bar?.stop();
    const files = writeBriefFiles(flags.out, result, { annotations: flags.annotations === true });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    io.out(`brief of ${result.corpus.length} documents written in ${seconds} s:`);
    for (const f of files) io.out(`  ${f}`);
    return result.failed > 0 ? ExitCode.someFailed : ExitCode.ok;
  });
}
