import { readFileSync } from 'node:fs';

/**
 * CPU seconds the calling thread has run: Linux's /proc/thread-self/schedstat, in nanoseconds.
 * Other threads (the garbage collector's helpers, a neighbour's worker) are left out. Where there
 * is no such file, the process's user and system time, all threads together.
 */
export function threadCpuSeconds(): number {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e9;
  } catch {
    const used = process.cpuUsage();
    return (used.user + used.system) / 1e6;
  }
}

/** CPU seconds of the whole process so far (user + system, every thread). */
export function processCpuSecondsNow(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1e6;
}
