import { openSync, readSync } from 'node:fs';

/** This thread's schedstat, opened once: a read at offset 0 costs a quarter of an open-read-close. */
let schedstat: number | null | undefined;
const line = Buffer.alloc(128);

/**
 * CPU seconds the calling thread has run: Linux's /proc/thread-self/schedstat, in nanoseconds.
 * Other threads (the garbage collector's helpers, a neighbour's worker) are left out. Where there
 * is no such file, the process's user and system time, all threads together.
 */
export function threadCpuSeconds(): number {
  if (schedstat === undefined) {
    try {
      schedstat = openSync('/proc/thread-self/schedstat', 'r');
    } catch {
      schedstat = null;
    }
  }
  if (schedstat === null) return processCpuSecondsNow();
  const length = readSync(schedstat, line, 0, line.length, 0);
  return Number(line.toString('latin1', 0, length).split(' ')[0]) / 1e9;
}

/** CPU seconds of the whole process so far (user + system, every thread). */
export function processCpuSecondsNow(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1e6;
}
