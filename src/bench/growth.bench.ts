import { type Layers, pipeline } from '../annotate/index.js';
import { median } from './median.js';
import { processCpuSecondsNow, threadCpuSeconds } from './thread-cpu.js';

const ctx = { referenceDate: '2022-12-07' };

/**
 * 10 KB of odd text (ending in a space, so that the larger sizes are whole copies of it and every
 * size reads alike): a long word, digit and punctuation runs, repeated cues, quotes, dates, scripts.
 */
const hostileChunk = (): string =>
  `${[
    'a'.repeat(2500),
    '1.'.repeat(1000),
    'said that '.repeat(125),
    '"He said "that "they "would" '.repeat(50),
    '12 March 2022, '.repeat(100),
    'Минск Kyiv 北京 Київ '.repeat(75),
  ]
    .join(' ')
    .slice(0, 9_999)} `;

/** `size` characters of `unit` repeated (cut at a space), so every size reads alike. */
const grown = (unit: string, size: number): string => {
  const text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const cut = text.lastIndexOf(' ');
  return cut > size * 0.9 ? text.slice(0, cut) : text;
};

/** V8's full collection, when the process runs with --expose-gc (`npm run bench` does). */
const collect = (globalThis as { gc?: () => void }).gc;

/** Batches per size; each figure is their median, which leaves out a neighbour's burst. */
const BATCHES = 5;

/** One stage's CPU seconds per document: the main thread's, and the whole process's. */
interface Spent {
  readonly thread: number;
  readonly process: number;
}

/**
 * Each stage's CPU seconds per document when `count` copies of `text` are annotated, and the whole
 * pipeline's (`pipeline`: every stage plus a full collection before each). Every size is measured on
 * the same amount of text, its results all kept until the batch ends, so the collector works on a
 * heap of the same size whatever the document size: ten 100 KB documents against one of 1 MB.
 * Stage by stage over the batch, after a full collection: a stage is not charged for collecting
 * what earlier stages left, which moved from stage to stage between runs. The main thread's CPU
 * time leaves out the collector's helper threads and neighbours' bursts that a process's CPU time
 * (also given) takes in on a crowded machine.
 */
function stageSeconds(text: string, count: number): Map<string, Spent> {
  const names = [...pipeline.map((s) => s.name), 'pipeline'];
  const runs = new Map<string, Spent[]>(names.map((name) => [name, []]));
  for (let batch = 0; batch < BATCHES; batch++) {
    const spent = new Map<string, Spent>();
    const add = (name: string, thread: number, process: number) => {
      const was = spent.get(name) ?? { thread: 0, process: 0 };
      spent.set(name, { thread: was.thread + thread, process: was.process + process });
    };
    const kept: Layers[] = Array.from({ length: count }, () => ({}));
    for (const stage of pipeline) {
      const [collecting, collectingAll] = [threadCpuSeconds(), processCpuSecondsNow()];
      collect?.();
      const [started, startedAll] = [threadCpuSeconds(), processCpuSecondsNow()];
      add('pipeline', started - collecting, startedAll - collectingAll);
      for (let doc = 0; doc < count; doc++)
        kept[doc] = { ...kept[doc], ...stage.run(text, kept[doc] ?? {}, ctx) };
      const [thread, all] = [threadCpuSeconds() - started, processCpuSecondsNow() - startedAll];
      add(stage.name, thread, all);
      add('pipeline', thread, all);
    }
    for (const [name, s] of spent)
      runs.get(name)?.push({ thread: s.thread / count, process: s.process / count });
  }
  return new Map(
    [...runs].map(([name, s]) => [
      name,
      { thread: median(s.map((x) => x.thread)), process: median(s.map((x) => x.process)) },
    ]),
  );
}

export interface StageGrowth {
  readonly input: string;
  readonly stage: string;
  /** The main thread's CPU seconds at 10 KB, 100 KB and 1 MB: the figure the goal applies to. */
  readonly seconds: readonly number[];
  /** The larger of the two growths per tenfold input: linear is 10x, the goal at most 12x. */
  readonly growth: number;
  /** The same by the whole process's CPU time (every thread), for comparison. */
  readonly processSeconds: readonly number[];
  readonly processGrowth: number;
}

/** The larger growth per tenfold; a time under a millisecond counts as one (too short to compare). */
const growthOf = (seconds: readonly number[]): number =>
  Math.max(...seconds.slice(1).map((s, i) => s / Math.max(seconds[i] ?? 0, 1e-3)));

export const GROWTH_SIZES = [10_000, 100_000, 1_000_000] as const;

/**
 * Each annotation stage's CPU time at 10 KB, 100 KB and 1 MB on real prose, on a mix of hostile
 * pieces, and on two runs that grow with the input: one word ("aaaa…") and glued figures ("1.1.1.…").
 */
export function benchGrowth(prose: string, sizes: readonly number[] = GROWTH_SIZES): StageGrowth[] {
  const inputs: [string, (size: number) => string][] = [
    ['prose', (size) => grown(prose, size)],
    ['hostile', (size) => grown(hostileChunk(), size)],
    ['word', (size) => 'a'.repeat(size)],
    ['figures', (size) => '1.'.repeat(size / 2)],
  ];
  const out: StageGrowth[] = [];
  for (const [input, make] of inputs) {
    const total = Math.max(...sizes);
    // Warm up on the smallest text, so the first size does not pay for the JIT.
    stageSeconds(make(sizes[0] ?? total), 3);
    const bySize = sizes.map((size) => stageSeconds(make(size), Math.round(total / size)));
    for (const stage of [...pipeline.map((s) => s.name), 'pipeline']) {
      const seconds = bySize.map((m) => m.get(stage)?.thread ?? 0);
      const processSeconds = bySize.map((m) => m.get(stage)?.process ?? 0);
      out.push({
        input,
        stage,
        seconds,
        growth: growthOf(seconds),
        processSeconds,
        processGrowth: growthOf(processSeconds),
      });
    }
  }
  return out;
}
