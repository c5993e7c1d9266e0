import { goldFolders, readGoldFolder } from './gold-file.js';
import type { Count, QuestionScore } from './question-score.js';
import { type QuestionResult, runQuestion } from './run-question.js';

export interface QuestionsEval {
  readonly results: readonly QuestionResult[];
  /** One line per folder that could not be scored. */
  readonly problems: readonly string[];
}

/** Scores every gold folder under `dir` (or `dir` itself), one after another. */
export async function runQuestionsEval(dir: string): Promise<QuestionsEval> {
  const results: QuestionResult[] = [];
  const problems: string[] = [];
  const folders = goldFolders(dir);
  if (folders.length === 0) problems.push(`${dir}: no gold folder (a folder with a gold.json)`);
  for (const path of folders) {
    const folder = readGoldFolder(path);
    if (typeof folder === 'string') {
      problems.push(`${path}: ${folder}`);
      continue;
    }
    try {
      results.push(await runQuestion(folder));
    } catch (e) {
      problems.push(`${path}: ${(e as Error).message}`);
    }
  }
  return { results, problems };
}

const ratio = (c: Count): string => (c.of === 0 ? '-' : (c.right / c.of).toFixed(2));
const nOfM = (c: Count): string => `${c.right}/${c.of}`;

function row(system: string, s: QuestionScore): string {
  const e = s.evidence;
  return [
    system.padEnd(8),
    `${e.p.toFixed(2)}/${e.r.toFixed(2)}/${e.f1.toFixed(2)}`.padStart(16),
    ratio(s.polarity).padStart(9),
    nOfM(s.status).padStart(7),
    ratio(s.viewPresence).padStart(9),
    nOfM(s.viewsGiven).padStart(7),
    nOfM(s.bandExact).padStart(7),
    nOfM(s.bandWithinOne).padStart(7),
  ].join(' ');
}

/** The side-by-side table: sitrep and the grep baseline for each gold. */
export function questionsTable(run: QuestionsEval, dir: string): string[] {
  const lines = ['', `## questions (evidence, polarity, status and views against the golds in ${dir})`];
  lines.push(
    [
      'system'.padEnd(8),
      'evidence P/R/F1'.padStart(16),
      'polarity'.padStart(9),
      'status'.padStart(7),
      'view has'.padStart(9),
      'given'.padStart(7),
      'band'.padStart(7),
      'band±1'.padStart(7),
    ].join(' '),
  );
  for (const r of run.results) {
    lines.push(`### ${r.name} (${r.documents} documents; assess ${r.assessSeconds.toFixed(2)} s)`);
    lines.push(row('sitrep', r.sitrep), row('grep', r.grep));
    if (r.sitrep.wrongStatus.length > 0)
      lines.push(`  sitrep status wrong: ${r.sitrep.wrongStatus.join(', ')}`);
    if (r.sitrep.unlocated > 0) lines.push(`  ${r.sitrep.unlocated} gold quotes not found in their text`);
  }
  lines.push('(polarity: share of matched items; status: indicators right; views: share of documents whose');
  lines.push(' view presence is right; given: documents given a view whose gold has one / documents given a');
  lines.push(' view; bands exact / within one step of the gold views)');
  return lines;
}
