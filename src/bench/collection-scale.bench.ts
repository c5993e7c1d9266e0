import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { projectRoot, sharedPath } from '../core/index.js';
import { spawnCli } from '../test-support/run-cli.js';
import { growthExponent } from './growth-exponent.js';
import { type CorpusArticle, perturbedCollection } from './perturbed-collection.js';

export const COLLECTION_SIZES = [12_500, 25_000, 50_000, 100_000] as const;
/** Issue 14's bound on the full brief's peak resident set at 100,000 articles. */
export const COLLECTION_PEAK_RSS_BOUND = 1.5e9;
/** Articles a generated file holds: ingest reads a file whole, so a size is written as many files. */
const FILE_ARTICLES = 2_500;

export interface ChildRun {
  readonly ok: boolean;
  readonly wallSeconds: number;
  /** CPU seconds of the whole process, its worker threads included. */
  readonly cpuSeconds: number;
  readonly peakRssBytes: number;
  /** The largest resident set sampled in each phase, in MB (`load` before the first phase line). */
  readonly phaseRssMb: Readonly<Record<string, number>>;
  /** Why it failed: its exit and the last line it wrote. */
  readonly failure?: string;
}

export interface CollectionStep {
  readonly size: number;
  /** Ingesting (and annotating) the articles this size adds to the one before. */
  readonly ingest?: ChildRun;
  /** How many articles that ingest read. */
  readonly added: number;
  /** `sitrep brief` of the whole collection, nothing new to ingest. */
  readonly brief?: ChildRun;
  /** Wall seconds of the brief's phases, from its progress lines: load, reconcile, assess, write. */
  readonly phases?: Readonly<Record<string, number>>;
}

const hook = pathToFileURL(join(dirname(fileURLToPath(import.meta.url)), 'report-max-rss.js')).href;

async function runChild(args: readonly string[]): Promise<ChildRun & { stderr: string; stdout: string }> {
  const options = [process.env.NODE_OPTIONS, `--import=${hook}`].filter(Boolean).join(' ');
  const started = performance.now();
  const run = await spawnCli(args, { env: { NODE_OPTIONS: options } }).done;
  const wallSeconds = (performance.now() - started) / 1000;
  const kb = Number(/sitrep-max-rss (\d+)/.exec(run.stderr)?.[1] ?? 0);
  const cpu = Number(/sitrep-cpu-seconds ([\d.]+)/.exec(run.stderr)?.[1] ?? 0);
  const ok = run.code === 0 && kb > 0;
  const phaseRssMb = Object.fromEntries(
    (/sitrep-phase-rss (\S*)/.exec(run.stderr)?.[1] ?? '')
      .split(',')
      .filter((p) => p.includes('='))
      .map((p) => [p.split('=')[0] as string, Number(p.split('=')[1])]),
  );
  const last =
    run.stderr
      .trim()
      .split('\n')
      .filter((l) => !l.startsWith('sitrep-'))
      .at(-1) ?? '';
  return {
    ok,
    wallSeconds,
    cpuSeconds: cpu,
    peakRssBytes: kb * 1024,
    phaseRssMb,
    stderr: run.stderr,
    stdout: run.stdout,
    ...(ok ? {} : { failure: `exit ${run.code ?? run.signal}: ${last.slice(0, 200)}` }),
  };
}

/** Phase wall times from `sitrep brief`'s lines `<phase>… (<s> s in)` and `written in <s> s`. */
export function briefPhases(stderr: string, stdout: string): Record<string, number> {
  const marks: [string, number][] = [['load', 0]];
  for (const [, phase, at] of stderr.matchAll(/^(\w+)… \(([\d.]+) s in\)/gm))
    marks.push([phase as string, Number(at)]);
  const end = Number(/written in ([\d.]+) s/.exec(stdout)?.[1] ?? Number.NaN);
  const phases: Record<string, number> = {};
  marks.forEach(([phase, at], i) => {
    phases[phase] = (marks[i + 1]?.[1] ?? end) - at;
  });
  return phases;
}

const readCorpus = (): CorpusArticle[] =>
  gunzipSync(readFileSync(sharedPath('corpus', 'ukraine-war-media-2022', 'articles.jsonl.gz')))
    .toString('utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CorpusArticle);

/** Writes articles `from` to `size` of the collection as JSONL files in a fresh folder. */
function writeIncrement(
  articles: readonly CorpusArticle[],
  from: number,
  size: number,
  seed: number,
): string {
  const folder = mkdtempSync(join(tmpdir(), 'sitrep-collection-'));
  let lines: string[] = [];
  let file = 0;
  const flush = () => {
    if (lines.length === 0) return;
    writeFileSync(join(folder, `part-${String(file++).padStart(4, '0')}.jsonl`), `${lines.join('\n')}\n`);
    lines = [];
  };
  for (const article of perturbedCollection(articles, size, seed, from)) {
    lines.push(JSON.stringify(article));
    if (lines.length === FILE_ARTICLES) flush();
  }
  flush();
  return folder;
}

/**
 * The war-media corpus grown with perturbed copies to each of `sizes` articles in one kept store
 * (`db`; a sidecar file remembers how many articles of the collection it holds), each size
 * ingested as what it adds to the one before, then briefed whole against the example question in
 * a child process, as a user runs it. Stops briefing once a brief fails (a larger one would too),
 * or briefs none when `brief` is false.
 */
export async function benchCollectionScale(
  options: {
    readonly sizes?: readonly number[];
    readonly db?: string;
    readonly seed?: number;
    /** False: ingest only (the growth of ingest to sizes a brief cannot reach yet). */
    readonly brief?: boolean;
    readonly onStep?: (step: CollectionStep) => void;
  } = {},
): Promise<CollectionStep[]> {
  const sizes = [...(options.sizes ?? COLLECTION_SIZES)].sort((a, b) => a - b);
  const db = options.db ?? join(tmpdir(), 'sitrep-bench-collection.db');
  const seed = options.seed ?? 1;
  const held = `${db}.articles`;
  const questionPath = join(projectRoot, 'examples', 'belarus', 'question.yaml');
  const articles = readCorpus();
  const empty = mkdtempSync(join(tmpdir(), 'sitrep-collection-empty-'));
  const steps: CollectionStep[] = [];
  let briefFailed = false;
  try {
    for (const size of sizes) {
      const from = existsSync(held) ? Number(readFileSync(held, 'utf8')) : 0;
      let ingest: ChildRun | undefined;
      if (from < size) {
        const folder = writeIncrement(articles, from, size, seed);
        try {
          const { stderr: _e, stdout: _o, ...run } = await runChild(['ingest', folder, '--db', db]);
          ingest = run;
        } finally {
          rmSync(folder, { recursive: true, force: true });
        }
        if (!ingest.ok) throw new Error(`bench collection: ingest to ${size} failed (${ingest.failure})`);
        writeFileSync(held, String(size));
      }
      let step: CollectionStep = { size, added: Math.max(0, size - from), ...(ingest ? { ingest } : {}) };
      if (options.brief !== false && !briefFailed) {
        const out = join(empty, 'out');
        const args = ['brief', join(empty, 'inputs'), '--question', questionPath, '--db', db, '--out', out];
        mkdirSync(join(empty, 'inputs'), { recursive: true });
        const { stderr, stdout, ...brief } = await runChild(args);
        briefFailed = !brief.ok;
        step = { ...step, brief, ...(brief.ok ? { phases: briefPhases(stderr, stdout) } : {}) };
        rmSync(out, { recursive: true, force: true });
      }
      steps.push(step);
      options.onStep?.(step);
    }
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
  return steps;
}

/** k in t = c * n^k for one figure over the steps that have it. */
export const exponentOf = (
  steps: readonly CollectionStep[],
  figure: (s: CollectionStep) => number | undefined,
): number | undefined =>
  growthExponent(
    steps.flatMap((s) => {
      const t = figure(s);
      return t === undefined ? [] : [{ n: s.size, t }];
    }),
  );
