import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assess } from '../assess/index.js';
import { projectRoot, sharedPath } from '../core/index.js';
import { ingestInputs } from '../jobs/ingest-job.js';
import { loadCorpus } from '../jobs/load-corpus.js';
import { readQuestionFile } from '../jobs/question-file.js';
import { buildBrief } from '../report/build-brief.js';
import { writeExports } from '../report/export/write-exports.js';
import { writeBrief } from '../report/write-brief.js';
import { reconcile } from '../resolve/index.js';
import type { CorpusDocument } from '../resolve/types.js';
import { openStore } from '../store/index.js';

/** The bounds issue 13 sets for a briefing of the full news corpus. */
export const BRIEF_BOUNDS = { mdLines: 1500, htmlBytes: 1_000_000, jsonPerTextChar: 5 } as const;

export interface BriefSizeBench {
  readonly documents: number;
  readonly textChars: number;
  readonly mdLines: number;
  readonly htmlBytes: number;
  readonly jsonBytes: number;
  /** CPU seconds of the write phase (build, render, export) on a quarter and on all the documents. */
  readonly writeQuarter: number;
  readonly writeFull: number;
}

/** CPU seconds to build, render and export the brief of `corpus`, and the folder it wrote. */
function timeWrite(
  corpus: readonly CorpusDocument[],
  questionPath: string,
): { seconds: number; out: string } {
  const question = readQuestionFile(questionPath);
  const reconciliation = reconcile(corpus);
  const assessment = assess(question, corpus, reconciliation);
  const out = mkdtempSync(join(tmpdir(), 'sitrep-brief-size-'));
  const started = process.cpuUsage();
  const brief = buildBrief({ corpus, reconciliation, assessment, question });
  writeBrief(out, brief);
  writeExports(out, { corpus, reconciliation, assessment, brief });
  const used = process.cpuUsage(started);
  return { seconds: (used.user + used.system) / 1e6, out };
}

/**
 * The briefing of the full news corpus (`../shared/corpus/ukraine-war-media-2022`) against the
 * example question: its sizes against the bounds, and how the write phase grows from a quarter of
 * the documents to all of them (linear = 4x). The store is kept between runs (`db`), so only the
 * first run ingests and annotates.
 */
export async function benchBriefSize(
  db = join(tmpdir(), 'sitrep-bench-brief-size.db'),
): Promise<BriefSizeBench> {
  const input = sharedPath('corpus', 'ukraine-war-media-2022', 'articles.jsonl.gz');
  const questionPath = join(projectRoot, 'examples', 'belarus', 'question.yaml');
  const store = await openStore(db);
  try {
    if ((await store.countDocuments()) === 0) await ingestInputs(store, [input]);
    const corpus = await loadCorpus(store);
    const quarter = timeWrite(corpus.slice(0, Math.ceil(corpus.length / 4)), questionPath);
    rmSync(quarter.out, { recursive: true, force: true });
    const full = timeWrite(corpus, questionPath);
    const size = (name: string) => statSync(join(full.out, name)).size;
    const result = {
      documents: corpus.length,
      textChars: corpus.reduce((n, c) => n + c.doc.text.length, 0),
      mdLines: readFileSync(join(full.out, 'brief.md'), 'utf8').split('\n').length - 1,
      htmlBytes: size('brief.html'),
      jsonBytes: size('sitrep.json'),
      writeQuarter: quarter.seconds,
      writeFull: full.seconds,
    };
    rmSync(full.out, { recursive: true, force: true });
    return result;
  } finally {
    await store.close();
  }
}
