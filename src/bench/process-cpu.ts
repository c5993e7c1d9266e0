import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's CPU times (USER_HZ: 100 on every Linux build in use). */
const TICKS = 100;

/**
 * CPU seconds (user + system, all threads) a live process has used, read from /proc: undefined
 * where there is no /proc or the process is not readable (another machine's database server).
 */
export function processCpuSeconds(
  pid: number | undefined,
  statFile = `/proc/${pid}/stat`,
): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(statFile, 'utf8');
    // The command name may hold spaces: the fields that follow it start after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS;
  } catch {
    return undefined;
  }
}

/** The sum over processes, or undefined when any of them cannot be read. */
export function totalCpuSeconds(pids: readonly (number | undefined)[]): number | undefined {
  let total = 0;
  for (const pid of pids) {
    const s = processCpuSeconds(pid);
    if (s === undefined) return undefined;
    total += s;
  }
  return total;
}

/**
 * CPU seconds of each thread of a live process, by thread id (the main thread's id is the process
 * id): an empty map where /proc cannot be read.
 */
export function threadCpuSecondsOf(pid: number | undefined): Map<number, number> {
  const out = new Map<number, number>();
  if (pid === undefined) return out;
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const s = processCpuSeconds(Number(tid), `/proc/${pid}/task/${tid}/stat`);
      if (s !== undefined) out.set(Number(tid), s);
    }
  } catch {
    // The process has exited, or there is no /proc.
  }
  return out;
}
