import { setFlagsFromString } from 'node:v8';

/**
 * How far V8's heap may grow past what survived its last full collection before it collects again,
 * in percent. V8 picks a factor of up to 4x by itself when it judges collection slow next to the
 * program; a brief of thousands of articles keeps a few hundred MB alive and makes gigabytes of
 * short-lived objects, so it stood at 2-2.3 GB resident. Bounded, the same brief of 6,879 articles
 * peaks near 1 GB; collecting more often costs some CPU (7 % at a bound of 50 %). At 15 % rather than
 * 25 % its peak fell by 78 MB (its heap peaks while reconcile clusters statements, ~600 MB alive),
 * with no CPU cost that two runs side by side on the loaded 2-core machine could tell apart. With
 * statements clustered by leader linkage the peak rose to 1.01 GB at 15 %; at 10 % it is 0.94 GB,
 * for a write phase of 64.5 s of CPU rather than 50.1 s (6,861 documents, one run each, load 2-4).
 */
export const HEAP_GROWTH_PERCENT = 10;

/**
 * Commands whose heap holds the models and one batch of documents, never a collection: bounded,
 * `sitrep worker` marked its ~100 MB of models about four times as often (11 full collections in
 * 500 war-media articles against 3), on the helper threads that a second worker on the machine needs.
 */
const HOLDS_NO_COLLECTION = new Set(['worker']);

/**
 * Bounds the heap's growth for this process (worker threads included), unless the command line
 * that started Node already sets it (`node --heap-growing-percent=N bin/sitrep.js ...`) or the
 * command holds no collection.
 */
export function boundHeapGrowth(
  execArgv: readonly string[] = process.execArgv,
  command: string | undefined = process.argv[2],
): void {
  if (execArgv.some((a) => /^--heap[-_]growing[-_]percent/.test(a))) return;
  if (command !== undefined && HOLDS_NO_COLLECTION.has(command)) return;
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWTH_PERCENT}`);
}
