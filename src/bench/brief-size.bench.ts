import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { assess } from '../assess/index.js';
import { projectRoot, sharedPath } from '../core/index.js';
import { buildBrief, writeBrief, writeExports } from '../jobs/brief-parts.js';
import { ingestInputs } from '../jobs/ingest-job.js';
import { loadCorpus } from '../jobs/load-corpus.js';
import { readQuestionFile } from '../jobs/question-file.js';
import { reconcile } from '../resolve/index.js';
import type { CorpusDocument } from '../resolve/types.js';
import { openStore } from '../store/index.js';
import { CHROMIUM, chromiumArgs } from '../test-support/browser.js';
import { spawnCli } from '../test-support/run-cli.js';
import { growthExponent } from './growth-exponent.js';

/** The bounds issue 13 sets for a briefing of the full news corpus, and issue 14's for its memory. */
export const BRIEF_BOUNDS = {
  mdLines: 1500,
  htmlBytes: 1_000_000,
  jsonPerTextChar: 5,
  peakRssBytes: 1e9,
  renderSeconds: 2,
} as const;

/** Seconds from navigation to the load event of a briefing in headless Chromium (undefined without it). */
async function renderSeconds(html: string): Promise<number | undefined> {
  if (!existsSync(CHROMIUM)) return undefined;
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: chromiumArgs });
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const started = performance.now();
    await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
    return (performance.now() - started) / 1000;
  } finally {
    await browser.close();
  }
}

export interface WriteTiming {
  readonly documents: number;
  /** CPU seconds of the write phase: build the briefing, render it, write every export. */
  readonly seconds: number;
}

export interface BriefSizeBench {
  readonly documents: number;
  readonly textChars: number;
  readonly mdLines: number;
  readonly htmlBytes: number;
  readonly jsonBytes: number;
  /** Peak resident set of the whole `sitrep brief` process (its worker threads included). */
  readonly peakRssBytes: number;
  /** Seconds Chromium takes to load `brief.html` (its load event); absent without Debian's chromium. */
  readonly renderSeconds?: number;
  /** The write phase on a quarter, a half and all of the documents. */
  readonly writes: readonly WriteTiming[];
  /** k in time = c * documents^k over `writes` (1 = linear). */
  readonly writeExponent?: number;
}

/** CPU seconds to build, render and export the brief of `corpus`. */
function timeWrite(corpus: readonly CorpusDocument[], questionPath: string): WriteTiming {
  const question = readQuestionFile(questionPath);
  const reconciliation = reconcile(corpus);
  const assessment = assess(question, corpus, reconciliation);
  const out = mkdtempSync(join(tmpdir(), 'sitrep-brief-size-'));
  try {
    const started = process.cpuUsage();
    const brief = buildBrief({ corpus, reconciliation, assessment, question });
    writeBrief(out, brief);
    writeExports(out, { corpus, reconciliation, assessment, brief });
    const used = process.cpuUsage(started);
    return { documents: corpus.length, seconds: (used.user + used.system) / 1e6 };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const maxRssHook = pathToFileURL(join(dirname(fileURLToPath(import.meta.url)), 'report-max-rss.js')).href;

/** `sitrep brief` on the store in a child process, as a user runs it: its output folder and peak RSS. */
async function briefInChild(
  db: string,
  questionPath: string,
): Promise<{ out: string; peakRssBytes: number }> {
  const work = mkdtempSync(join(tmpdir(), 'sitrep-brief-size-run-'));
  const nothingNew = join(work, 'inputs');
  mkdirSync(nothingNew);
  const out = join(work, 'out');
  const options = [process.env.NODE_OPTIONS, `--import=${maxRssHook}`].filter(Boolean).join(' ');
  const run = await spawnCli(['brief', nothingNew, '--question', questionPath, '--db', db, '--out', out], {
    env: { NODE_OPTIONS: options },
  }).done;
  const kb = /sitrep-max-rss (\d+)/.exec(run.stderr)?.[1];
  if (run.code !== 0 || !kb)
    throw new Error(`bench brief-size: sitrep brief failed (${run.code}): ${run.stderr}`);
  return { out, peakRssBytes: Number(kb) * 1024 };
}

/**
 * The briefing of the full news corpus (`../shared/corpus/ukraine-war-media-2022`) against the
 * example question: `sitrep brief` run in a child process for its output sizes and peak memory,
 * then the write phase timed on a quarter, a half and all of the documents for its growth. The
 * store is kept between runs (`db`), so only the first run ingests and annotates.
 */
export async function benchBriefSize(
  db = join(tmpdir(), 'sitrep-bench-brief-size.db'),
): Promise<BriefSizeBench> {
  const input = sharedPath('corpus', 'ukraine-war-media-2022', 'articles.jsonl.gz');
  const questionPath = join(projectRoot, 'examples', 'belarus', 'question.yaml');
  const store = await openStore(db);
  try {
    if ((await store.countDocuments()) === 0) await ingestInputs(store, [input]);
  } finally {
    await store.close();
  }
  const child = await briefInChild(db, questionPath);
  const size = (name: string) => statSync(join(child.out, name)).size;
  const outputs = {
    mdLines: readFileSync(join(child.out, 'brief.md'), 'utf8').split('\n').length - 1,
    htmlBytes: size('brief.html'),
    jsonBytes: size('sitrep.json'),
  };
  const rendered = await renderSeconds(join(child.out, 'brief.html'));
  rmSync(dirname(child.out), { recursive: true, force: true });
  const reopened = await openStore(db);
  try {
    const corpus = await loadCorpus(reopened);
    const writes = [4, 2, 1].map((part) =>
      timeWrite(corpus.slice(0, Math.ceil(corpus.length / part)), questionPath),
    );
    const exponent = growthExponent(writes.map((w) => ({ n: w.documents, t: w.seconds })));
    return {
      documents: corpus.length,
      textChars: corpus.reduce((n, c) => n + c.doc.text.length, 0),
      ...outputs,
      peakRssBytes: child.peakRssBytes,
      ...(rendered === undefined ? {} : { renderSeconds: rendered }),
      writes,
      ...(exponent === undefined ? {} : { writeExponent: exponent }),
    };
  } finally {
    await reopened.close();
  }
}
