import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { annotate, type Layers, pipeline } from '../annotate/index.js';
import { type Annotations, hasShared, projectRoot, sharedPath } from '../core/index.js';
import { normalizeText } from '../ingest/index.js';
import { median, sumOfMedians } from './median.js';
import { threadCpuSeconds } from './thread-cpu.js';

const WAR_MEDIA = ['corpus', 'ukraine-war-media-2022', 'articles.jsonl.gz'] as const;

/** One text to annotate and the day its dates are read against. */
interface BenchDocument {
  readonly text: string;
  readonly referenceDate: string;
}

/** One round: the main thread's CPU seconds of wink-nlp alone and of the pipeline on the same texts. */
export interface AnnotateRound {
  readonly wink: number;
  readonly pipeline: number;
  readonly ratio: number;
}

export interface AnnotateBench {
  readonly corpus: string;
  readonly documents: number;
  readonly words: number;
  readonly rounds: readonly AnnotateRound[];
  /**
   * The figure: wink-nlp's time over the pipeline's, each block of documents timed by the median of
   * its rounds. A neighbour's burst hits a block in one round and moves no block's median; a block
   * is long enough to hold its share of collections, which a single document's median would drop.
   */
  readonly ratio: number;
  /** The rounds' own ratios: their median, lowest and highest (the spread load leaves). */
  readonly roundMedian: number;
  readonly low: number;
  readonly high: number;
  /** A digest of every annotation made: the same in every round, and comparable between builds. */
  readonly digest: string;
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
 * The first `count` war-media articles as ingest stores them (normalized text, their own day as the
 * reference), or the Belarus text as one document when the corpus is absent.
 */
function benchDocuments(count: number): { corpus: string; documents: BenchDocument[] } {
  if (!hasShared(...WAR_MEDIA))
    return { corpus: 'Belarus example', documents: [{ text: benchText(), referenceDate: '2022-12-07' }] };
  const documents = gunzipSync(readFileSync(sharedPath(...WAR_MEDIA)))
    .toString('utf8')
    .split('\n')
    .filter((line) => line.trim())
    .slice(0, count)
    .map((line) => {
      const a = JSON.parse(line) as { text: string; published: string };
      return { text: normalizeText(a.text), referenceDate: a.published };
    });
  return { corpus: 'ukraine-war-media-2022', documents };
}

/** Documents a block: about 0.2 s of the pipeline's CPU, a few dozen of V8's young-generation collections. */
const BLOCK = 10;

/** V8's full collection, when the process runs with --expose-gc (`npm run bench` does). */
const collect = (globalThis as { gc?: () => void }).gc;

/** The main thread's CPU seconds of `run`: the collector's helper threads and the neighbours are left out. */
function threadSeconds(run: () => void): number {
  const started = threadCpuSeconds();
  run();
  return threadCpuSeconds() - started;
}

const digestOf = (all: readonly Annotations[]): string => {
  const hash = createHash('sha256');
  for (const a of all) hash.update(JSON.stringify(a)).update('\n');
  return hash.digest('hex').slice(0, 16);
};

/**
 * wink-nlp's bare `readDoc` against the whole pipeline on the same real texts, timed by the main
 * thread's CPU document by document, the two interleaved (which goes first alternating), over
 * `rounds` rounds: both sides meet the same neighbours and collections, and each block's median
 * round leaves out a burst. Every round's annotations must equal the warm-up's (the digest), so the figure is
 * never of a pipeline whose output changed with what it had read before.
 */
export function benchAnnotate(options: { documents?: number; rounds?: number } = {}): AnnotateBench {
  const { corpus, documents } = benchDocuments(options.documents ?? 200);
  const words = documents.reduce((n, d) => n + d.text.split(/\s+/).filter(Boolean).length, 0);
  const nlp = winkNLP(model);
  const annotateOne = (d: BenchDocument) => annotate(d.text, { referenceDate: d.referenceDate });
  // Warm up (data files, regexes, JIT): the pipeline's many small functions reach their steady speed
  // only after some thousands of sentences.
  const digest = digestOf(documents.map(annotateOne));
  for (const d of documents) nlp.readDoc(d.text);
  const rounds: AnnotateRound[] = [];
  // Each block's seconds, round by round.
  const blocks = Math.ceil(documents.length / BLOCK);
  const winkTimes = Array.from({ length: blocks }, () => [] as number[]);
  const pipelineTimes = Array.from({ length: blocks }, () => [] as number[]);
  for (let round = 0; round < (options.rounds ?? 7); round++) {
    collect?.();
    let [wink, piped] = [0, 0];
    const made: Annotations[] = [];
    const winkBlocks = new Array<number>(blocks).fill(0);
    const pipelineBlocks = new Array<number>(blocks).fill(0);
    documents.forEach((d, i) => {
      const winkFirst = (i + round) % 2 === 0;
      const winkTime = () => threadSeconds(() => nlp.readDoc(d.text));
      const before = winkFirst ? winkTime() : 0;
      const pipelineTime = threadSeconds(() => made.push(annotateOne(d)));
      const winkSeconds = winkFirst ? before : winkTime();
      const block = Math.floor(i / BLOCK);
      winkBlocks[block] = (winkBlocks[block] ?? 0) + winkSeconds;
      pipelineBlocks[block] = (pipelineBlocks[block] ?? 0) + pipelineTime;
      wink += winkSeconds;
      piped += pipelineTime;
    });
    const again = digestOf(made);
    if (again !== digest)
      throw new Error(`annotate bench: round ${round} annotated differently (${again} vs ${digest})`);
    rounds.push({ wink, pipeline: piped, ratio: wink / piped });
    for (let b = 0; b < blocks; b++) {
      winkTimes[b]?.push(winkBlocks[b] ?? 0);
      pipelineTimes[b]?.push(pipelineBlocks[b] ?? 0);
    }
  }
  const ratios = rounds.map((r) => r.ratio);
  return {
    corpus,
    documents: documents.length,
    words,
    rounds,
    ratio: sumOfMedians(winkTimes) / sumOfMedians(pipelineTimes),
    roundMedian: median(ratios),
    low: Math.min(...ratios),
    high: Math.max(...ratios),
    digest,
    scaling: stageScaling(benchText()),
  };
}

/** Each stage's best of five CPU times on `text` and on the text ten times over. */
function stageScaling(text: string): AnnotateBench['scaling'] {
  const tenfold = Array.from({ length: 10 }, () => text).join('\n\n');
  const ctx = { referenceDate: '2022-12-07' };
  const best = (run: () => void) =>
    Math.min(
      ...Array.from({ length: 5 }, () => {
        collect?.();
        return threadSeconds(run);
      }),
    );
  return pipeline.map((stage, i) => {
    const layersFor = (t: string): Layers => {
      let layers: Layers = {};
      for (const s of pipeline.slice(0, i)) layers = { ...layers, ...s.run(t, layers, ctx) };
      return layers;
    };
    const small = layersFor(text);
    const large = layersFor(tenfold);
    return {
      stage: stage.name,
      once: best(() => stage.run(text, small, ctx)),
      tenfold: best(() => stage.run(tenfold, large, ctx)),
    };
  });
}
