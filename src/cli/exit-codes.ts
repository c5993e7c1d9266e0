import { type ErrorCode, errorTable } from '../core/index.js';

/** What a run's exit code means. */
export const ExitCode = {
  ok: 0,
  /** Some inputs failed or were refused; the rest went in. */
  someFailed: 1,
  /** The command line was wrong, or a file it names cannot be used. */
  usage: 2,
} as const;

/** The exit code for an error, from the one error table. */
export const exitCodeOf = (code: ErrorCode): number => errorTable[code].exit;
