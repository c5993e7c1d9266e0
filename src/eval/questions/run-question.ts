import { createHash } from 'node:crypto';
import { mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { projectRoot } from '../../core/index.js';
import { runBriefJob } from '../../jobs/brief-job.js';
import { loadCorpus } from '../../jobs/load-corpus.js';
import { readQuestionFile } from '../../jobs/question-file.js';
import type { CorpusDocument, Reconciliation } from '../../resolve/types.js';
import { openSqliteStore } from '../../store/index.js';
import { goldKeyOf, grepAnswer, sitrepAnswer } from './answers.js';
import type { GoldFolder } from './gold-file.js';
import { type QuestionScore, scoreQuestion } from './question-score.js';

export interface QuestionResult {
  readonly name: string;
  readonly documents: number;
  readonly sitrep: QuestionScore;
  readonly grep: QuestionScore;
  /** Seconds of wall time spent in assess (the part a question changes). */
  readonly assessSeconds: number;
}

/**
 * A store per input set, kept in the temp folder between runs: ingest is idempotent and stale
 * annotations are redone (their version is the annotate code's hash), so reuse never serves old output.
 */
function storePath(folder: GoldFolder): string {
  // One cache per checkout: two builds with different store migrations must not share a file.
  const hash = createHash('sha256').update(projectRoot);
  for (const input of folder.inputs) hash.update(resolve(input)).update(String(statSync(input).mtimeMs));
  const dir = join(tmpdir(), 'sitrep-eval-questions');
  mkdirSync(dir, { recursive: true });
  return join(dir, `${folder.name}-${hash.digest('hex').slice(0, 10)}.db`);
}

/** A gold folder's documents, annotated and reconciled (through the same cached store as `runQuestion`). */
export async function collectionOf(
  folder: GoldFolder,
): Promise<{ corpus: readonly CorpusDocument[]; reconciliation: Reconciliation }> {
  const store = await openSqliteStore(storePath(folder));
  try {
    const { corpus, reconciliation } = await runBriefJob(store, {
      inputs: folder.inputs,
      questionPath: folder.questionPath,
    });
    return { corpus, reconciliation };
  } finally {
    await store.close();
  }
}

/** Runs sitrep on one gold folder the way `sitrep brief --question` does and scores it beside grep. */
export async function runQuestion(folder: GoldFolder): Promise<QuestionResult> {
  const question = readQuestionFile(folder.questionPath);
  const store = await openSqliteStore(storePath(folder));
  try {
    let assessStarted = 0;
    let assessSeconds = 0;
    const result = await runBriefJob(store, {
      inputs: folder.inputs,
      question,
      questionPath: folder.questionPath,
      onPhase: (phase) => {
        if (phase === 'assess') assessStarted = performance.now();
        if (phase === 'write' && assessStarted) assessSeconds = (performance.now() - assessStarted) / 1000;
      },
    });
    const all = await loadCorpus(store, { withCopies: true });
    const keys = new Set(folder.gold.documents.map((d) => d.key));
    const onGold = all.filter((cd) => keys.has(goldKeyOf(cd)));
    const texts = new Map(onGold.map((cd) => [goldKeyOf(cd), cd.doc.text]));
    const assessment = result.assessment;
    if (!assessment) throw new Error(`${folder.name}: no assessment`);
    return {
      name: folder.name,
      documents: onGold.length,
      sitrep: scoreQuestion(folder.gold, texts, sitrepAnswer(assessment, all)),
      grep: scoreQuestion(folder.gold, texts, grepAnswer(question, onGold)),
      assessSeconds,
    };
  } finally {
    await store.close();
  }
}
