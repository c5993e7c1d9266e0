/**
 * Loaded into a child process (`--import`) by the brief-size bench: at exit the child writes its
 * peak resident set to stderr, as `sitrep-max-rss <kilobytes>`, for the bench to read.
 */
process.on('exit', () => {
  process.stderr.write(`\nsitrep-max-rss ${process.resourceUsage().maxRSS}\n`);
});
