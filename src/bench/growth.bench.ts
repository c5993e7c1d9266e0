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

/**
 * Mean CPU seconds of `run` over enough runs to do about 300 KB of work: a single run on 10 KB
 * takes a few milliseconds, which the garbage collector and the neighbours decide.
 */
const cpuSeconds = (size: number, run: () => void): number => {
  const runs = Math.max(1, Math.ceil(300_000 / size));
  const started = process.cpuUsage();
  for (let i = 0; i < runs; i++) run();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1e6 / runs;
};

export interface StageGrowth {
  readonly input: string;
  readonly stage: string;
  /** CPU seconds at 10 KB, 100 KB and 1 MB. */
  readonly seconds: readonly number[];
  /** The larger of the two growths per tenfold input: linear is 10x, the goal at most 12x. */
  readonly growth: number;
}

export const GROWTH_SIZES = [10_000, 100_000, 1_000_000] as const;

/** Each annotation stage's CPU time on real prose and on hostile text at 10 KB, 100 KB and 1 MB. */
export function benchGrowth(prose: string, sizes: readonly number[] = GROWTH_SIZES): StageGrowth[] {
  const inputs: [string, string][] = [
    ['prose', prose],
    ['hostile', hostileChunk()],
  ];
  const out: StageGrowth[] = [];
  for (const [input, unit] of inputs) {
    const texts = sizes.map((size) => grown(unit, size));
    const layers: Layers[] = texts.map(() => ({}));
    // Warm up on the smallest text, so the first size does not pay for the JIT.
    for (let i = 0; i < 3; i++) for (const stage of pipeline) stage.run(texts[0] ?? '', {}, ctx);
    for (const stage of pipeline) {
      const seconds = texts.map((text, i) => {
        let made: Partial<Layers> = {};
        const took = cpuSeconds(text.length, () => {
          made = stage.run(text, layers[i] ?? {}, ctx);
        });
        layers[i] = { ...layers[i], ...made };
        return took;
      });
      const steps = seconds.slice(1).map((s, i) => s / Math.max(seconds[i] ?? 0, 1e-3));
      out.push({ input, stage: stage.name, seconds, growth: Math.max(...steps) });
    }
  }
  return out;
}
