import { type Layers, pipeline } from '../annotate/index.js';

const ctx = { referenceDate: '2022-12-07' };

/** 10 KB of odd text: a long word, digit and punctuation runs, repeated cues, quotes, dates, scripts. */
const hostileChunk = (): string =>
  [
    'a'.repeat(2000),
    '1.'.repeat(800),
    'said that '.repeat(100),
    '"He said "that "they "would" '.repeat(40),
    '12 March 2022, '.repeat(80),
    'Минск Kyiv 北京 Київ '.repeat(60),
  ]
    .join(' ')
    .slice(0, 10_000);

/** `size` characters of `unit` repeated (cut at a space), so every size reads alike. */
const grown = (unit: string, size: number): string => {
  const text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const cut = text.lastIndexOf(' ');
  return cut > size * 0.9 ? text.slice(0, cut) : text;
};

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/**
 * Each stage's CPU seconds per document when `count` copies of `text` are annotated as `annotate`
 * runs the pipeline (stages share what earlier ones built, such as the token view). Every size is
 * measured on the same amount of text, its results all kept until the batch ends, so the garbage
 * collector works on a heap of the same size whatever the document size: ten 100 KB documents
 * against one of 1 MB, not one 100 KB document that never leaves the young generation. The median
 * of three batches leaves out a neighbour's burst.
 */
function stageSeconds(text: string, count: number): Map<string, number> {
  const seconds = new Map<string, number[]>([...pipeline.map((s) => s.name), 'pipeline'].map((n) => [n, []]));
  for (let batch = 0; batch < 3; batch++) {
    const spent = new Map<string, number>();
    const kept: Layers[] = [];
    for (let doc = 0; doc < count; doc++) {
      let layers: Layers = {};
      for (const stage of pipeline) {
        const started = process.cpuUsage();
        layers = { ...layers, ...stage.run(text, layers, ctx) };
        const used = process.cpuUsage(started);
        const seconds = (used.user + used.system) / 1e6;
        spent.set(stage.name, (spent.get(stage.name) ?? 0) + seconds);
        spent.set('pipeline', (spent.get('pipeline') ?? 0) + seconds);
      }
      kept.push(layers);
    }
    for (const [name, s] of spent) seconds.get(name)?.push(s / count);
  }
  return new Map([...seconds].map(([name, s]) => [name, median(s)]));
}

export interface StageGrowth {
  readonly input: string;
  readonly stage: string;
  /** CPU seconds at 10 KB, 100 KB and 1 MB. */
  readonly seconds: readonly number[];
  /** The larger of the two growths per tenfold input: linear is 10x, the goal at most 12x. */
  readonly growth: number;
}

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
    // `pipeline`: all stages together. A stage's own figure also holds whatever collecting of earlier
    // stages' garbage falls in it, which moves between stages from run to run; the sum does not.
    for (const stage of [...pipeline.map((s) => s.name), 'pipeline']) {
      const seconds = bySize.map((m) => m.get(stage) ?? 0);
      const steps = seconds.slice(1).map((s, i) => s / Math.max(seconds[i] ?? 0, 1e-3));
      out.push({ input, stage, seconds, growth: Math.max(...steps) });
    }
  }
  return out;
}
