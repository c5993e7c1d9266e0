import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../core/index.js';

export const cliPath = join(projectRoot, 'bin', 'sitrep.js');

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** A user and group id (numbers need no account). */
export interface RunAs {
  readonly uid: number;
  readonly gid: number;
}

/** Runs the built CLI (`npm test` builds first) as a user would, in a real process; as `runAs` if given. */
export function runCli(args: readonly string[], input?: string, runAs?: RunAs): CliResult {
  const r = spawnSync(process.execPath, [cliPath, ...args], {
    ...(runAs ?? {}),
    encoding: 'utf8',
    input: input ?? '',
    timeout: 120_000,
    // Annotations of a long text run to megabytes; the default 1 MB would cut them off.
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Starts the CLI without waiting, for tests that interrupt it. */
export const startCli = (args: readonly string[]) =>
  spawn(process.execPath, [cliPath, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });

export interface CliExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Starts the CLI and collects its output: `done` resolves with it when the process ends;
 * `onStderr` sees the whole of stderr so far after each chunk (to wait for a line).
 */
export function spawnCli(
  args: readonly string[],
  options: { readonly env?: NodeJS.ProcessEnv; readonly onStderr?: (stderr: string) => void } = {},
) {
  const child = spawn(process.execPath, [cliPath, ...args], { env: { ...process.env, ...options.env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => {
    stdout += d;
  });
  child.stderr.on('data', (d) => {
    stderr += d;
    options.onStderr?.(stderr);
  });
  const done = new Promise<CliExit>((resolve) =>
    child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done };
}
