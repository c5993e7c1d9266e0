import { SingleBar } from 'cli-progress';
import { type Diagnostic, formatDiagnostic } from '../core/index.js';

/** Where commands write: injectable so tests can capture output without spawning a process. */
export interface Io {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly isTTY: boolean;
  readonly stdin: NodeJS.ReadableStream & AsyncIterable<unknown>;
}

// Output piped into `head` and closed early is not an error: stop quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

export const processIo = (): Io => ({
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  isTTY: Boolean(process.stderr.isTTY),
  stdin: process.stdin,
});

export const printJson = (io: Io, value: unknown): void => io.out(JSON.stringify(value, null, 2));

export const printDiagnostic = (io: Io, d: Diagnostic): void => io.err(formatDiagnostic(d));

export interface Progress {
  update(done: number, total?: number): void;
  stop(): void;
}

/** Items between log lines when the total is not known in advance (ingest counts as it goes). */
const LOG_EVERY = 1000;

/**
 * A progress bar on a terminal. Piped into a log, a line at each tenth of the way instead (or every
 * 1,000 items while the total is still growing), so a long run never looks stuck.
 */
export function progress(io: Io, label: string, total: number): Progress {
  if (!io.isTTY) return logProgress(io, label, total);
  const bar = new SingleBar({
    format: `${label.padEnd(10)} [{bar}] {value}/{total} {eta_formatted}`,
    stream: process.stderr,
    hideCursor: true,
    clearOnComplete: true,
  });
  bar.start(total, 0);
  return {
    update: (done, newTotal) => {
      if (newTotal !== undefined) bar.setTotal(newTotal);
      bar.update(done);
    },
    stop: () => bar.stop(),
  };
}

function logProgress(io: Io, label: string, initialTotal: number): Progress {
  // Started without a total, the count is all there is to report.
  const counting = initialTotal <= 0;
  let total = initialTotal;
  let logged = 0;
  return {
    update: (done, newTotal) => {
      if (newTotal !== undefined) total = newTotal;
      const step = counting ? Math.floor(done / LOG_EVERY) : Math.floor((10 * done) / Math.max(1, total));
      if (step <= logged) return;
      logged = step;
      io.err(counting ? `${label}: ${done}` : `${label}: ${done}/${total}`);
    },
    stop: () => {},
  };
}

/** Plain aligned columns for listings. */
export function table(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell.length);
    });
  }
  return rows.map((row) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}
