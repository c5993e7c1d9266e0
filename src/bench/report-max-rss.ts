/**
 * Loaded into a child process (`--import`) by the brief-size and collection benches: at exit the
 * child writes its peak resident set to stderr, as `sitrep-max-rss <kilobytes>`, the CPU time of
 * all its threads, as `sitrep-cpu-seconds <seconds>`, and the largest resident set sampled (every
 * 100 ms) in each phase its progress lines name (`reconcile… (12.0 s in)`), as
 * `sitrep-phase-rss load=<MB>,reconcile=<MB>,...`, for the bench to read.
 */
const peaks = new Map<string, number>();
let phase = 'load';
const sample = () => {
  const mb = Math.round(process.memoryUsage.rss() / 1e6);
  if (mb > (peaks.get(phase) ?? 0)) peaks.set(phase, mb);
};
setInterval(sample, 100).unref();

const write = process.stderr.write.bind(process.stderr);
process.stderr.write = ((chunk: unknown, ...rest: unknown[]) => {
  const named = typeof chunk === 'string' ? /^(\w+)… /.exec(chunk)?.[1] : undefined;
  if (named) {
    sample();
    phase = named;
  }
  return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
}) as typeof process.stderr.write;

process.on('exit', () => {
  sample();
  const usage = process.resourceUsage();
  const cpu = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
  const phases = [...peaks].map(([name, mb]) => `${name}=${mb}`).join(',');
  write(
    `\nsitrep-max-rss ${usage.maxRSS}\nsitrep-cpu-seconds ${cpu.toFixed(2)}\nsitrep-phase-rss ${phases}\n`,
  );
});
