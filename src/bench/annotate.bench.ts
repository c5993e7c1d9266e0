import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { annotate, type Layers, pipeline } from '../annotate/index.js';
import { hasShared, projectRoot, sharedPath } from '../core/index.js';

export interface AnnotateBench {
  readonly words: number;
  readonly pipelineWordsPerSecond: number;
  readonly winkWordsPerSecond: number;
  readonly ratio: number;
  /** Seconds per stage on the text once and ten times over: linear stages show a ratio near 10. */
  readonly scaling: readonly { readonly stage: string; readonly once: number; readonly tenfold: number }[];
}

/** Real article text: the Belarus corpus from ../shared when present, else the embedded example. */
export function benchText(): string {
  const dir = hasShared('corpus', 'belarus-2022-12')
    ? sharedPath('corpus', 'belarus-2022-12')
    : join(projectRoot, 'examples', 'belarus');
  return readdirSync(dir)
    .filter((f) => /\.(txt|md)$/.test(f))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n\n');
}

/**
 * CPU seconds of one run, the best of `repeat`: the machine is shared, so wall time measures the
 * neighbours, and a single run measures the garbage collector and the JIT as much as the code.
 */
const seconds = (run: () => void, repeat: number): number => {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < repeat; i++) {
    const started = process.cpuUsage();
    run();
    const used = process.cpuUsage(started);
    best = Math.min(best, (used.user + used.system) / 1e6);
  }
  return best;
};

export function benchAnnotate(repeat = 5): AnnotateBench {
  const text = benchText();
  const words = text.split(/\s+/).filter(Boolean).length;
  const nlp = winkNLP(model);
  // Warm up (data files, regexes, JIT), both the same: the pipeline's many small functions reach
  // the steady speed an ingest of many documents sees only after some 25 runs over this text
  // (wink-nlp's few hot loops after about 10).
  for (let i = 0; i < 30; i++) {
    annotate(text, { referenceDate: '2022-12-07' });
    nlp.readDoc(text);
  }
  const pipelineSeconds = seconds(() => annotate(text, { referenceDate: '2022-12-07' }), 2 * repeat);
  const winkSeconds = seconds(() => nlp.readDoc(text), 2 * repeat);

  const tenfold = Array.from({ length: 10 }, () => text).join('\n\n');
  const scaling = pipeline.map((stage, i) => {
    const before = pipeline.slice(0, i);
    const layersFor = (t: string): Layers => {
      let layers: Layers = {};
      for (const s of before) layers = { ...layers, ...s.run(t, layers, { referenceDate: '2022-12-07' }) };
      return layers;
    };
    const small = layersFor(text);
    const large = layersFor(tenfold);
    return {
      stage: stage.name,
      once: seconds(() => stage.run(text, small, { referenceDate: '2022-12-07' }), repeat),
      tenfold: seconds(() => stage.run(tenfold, large, { referenceDate: '2022-12-07' }), repeat),
    };
  });
  return {
    words,
    pipelineWordsPerSecond: words / pipelineSeconds,
    winkWordsPerSecond: words / winkSeconds,
    ratio: winkSeconds / pipelineSeconds,
    scaling,
  };
}
