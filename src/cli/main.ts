import { Command, CommanderError } from 'commander';
import { escapeControls, isSitrepError } from '../core/index.js';
import { annotateCommands } from './commands/annotate.js';
import { assessCommands } from './commands/assess.js';
import { auditCommand } from './commands/audit.js';
import { briefCommand } from './commands/brief.js';
import { documentCommands } from './commands/documents.js';
import { exportCommand } from './commands/export.js';
import { ingestCommand } from './commands/ingest.js';
import { measuresCommand } from './commands/measures.js';
import { reconcileCommands } from './commands/reconcile.js';
import { serveCommand } from './commands/serve.js';
import { tokenCommands } from './commands/token.js';
import { workerCommand } from './commands/worker.js';
import { ExitCode, exitCodeOf } from './exit-codes.js';
import { type Io, processIo } from './io.js';

export function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command('sitrep')
    .description('An evidence workbench: ingest articles, extract traceable claims, reconcile sources.')
    .version('0.1.0')
    .exitOverride()
    .showHelpAfterError('(add --help for usage)')
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });
  ingestCommand(program, io, setExit);
  documentCommands(program, io, setExit);
  annotateCommands(program, io, setExit);
  assessCommands(program, io, setExit);
  briefCommand(program, io, setExit);
  exportCommand(program, io, setExit);
  serveCommand(program, io);
  tokenCommands(program, io);
  reconcileCommands(program, io, setExit);
  workerCommand(program, io, setExit);
  auditCommand(program, io, setExit);
  measuresCommand(program, io);
  for (const command of program.commands) command.exitOverride();
  return program;
}

/** Runs the CLI and returns its exit code: 0 all good, 1 some inputs failed, 2 usage error. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  let code: number = ExitCode.ok;
  const setExit = (c: number) => {
    code = Math.max(code, c);
  };
  try {
    await buildProgram(io, setExit).parseAsync([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) {
      const helpShown = ['commander.helpDisplayed', 'commander.help', 'commander.version'].includes(
        error.code,
      );
      return helpShown ? ExitCode.ok : ExitCode.usage;
    }
    if (isSitrepError(error)) {
      io.err(`error: ${escapeControls(error.message)} [${error.code}]`);
      return exitCodeOf(error.code);
    }
    // A fault of sitrep itself: one line for the user, the stack only when asked for.
    const message = error instanceof Error ? error.message : String(error);
    io.err(`error: internal error (please report it): ${escapeControls(message)} [E_INTERNAL]`);
    if (process.env.SITREP_DEBUG && error instanceof Error && error.stack) io.err(error.stack);
    return exitCodeOf('E_INTERNAL');
  }
  return code;
}
