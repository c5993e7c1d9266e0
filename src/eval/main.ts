import { hasShared, sharedPath } from '../core/index.js';
import { datasets } from './datasets/index.js';
import type { DatasetResult } from './prf.js';
import { questionsTable, runQuestionsEval } from './questions/questions-eval.js';
import { runStanceEval, type StanceTable, stanceEvalTasks, stanceTableLines } from './stance/stance-eval.js';

const QUESTIONS = 'questions';

const flagValue = (argv: readonly string[], flag: string): string | undefined => {
  const at = argv.indexOf(flag);
  return at >= 0 ? argv[at + 1] : undefined;
};

/**
 * `npm run eval [-- --json] [-- --only name] [-- --questions-dir dir]`: scores sitrep and its peers
 * on every gold set in ../shared, side by side. `--only questions` runs the question golds alone;
 * `--questions-dir` scores the gold folders in another folder (held-out golds) instead of
 * ../shared/gold/questions. Every figure comes from running the systems here and now, except the
 * stance tables' reference rows, which quote published figures and say so.
 */
async function main(argv: readonly string[]): Promise<number> {
  const json = argv.includes('--json');
  const questionsDir = flagValue(argv, '--questions-dir');
  const only = flagValue(argv, '--only') ?? (questionsDir ? QUESTIONS : undefined);
  const results: Record<string, DatasetResult> = {};
  let missing = 0;
  let questions: unknown;
  if (!only || only === QUESTIONS) {
    const dir = questionsDir ?? sharedPath('gold', QUESTIONS);
    const run = await runQuestionsEval(dir);
    for (const problem of run.problems) console.error(`eval: questions: ${problem}`);
    missing += run.problems.length;
    questions = run.results;
    if (!json) for (const line of questionsTable(run, dir)) console.log(line);
  }
  for (const dataset of datasets) {
    if (only && dataset.name !== only) continue;
    if (!hasShared(dataset.needs)) {
      console.error(`eval: ${dataset.name}: ${sharedPath(dataset.needs)} is missing; skipped`);
      missing++;
      continue;
    }
    results[dataset.name] = merge(results[dataset.name] ?? {}, await dataset.run());
  }
  const stance: StanceTable[] = [];
  for (const task of stanceEvalTasks) {
    if (only && task !== only) continue;
    const table = runStanceEval(task);
    if (table) stance.push(table);
    else missing++;
  }
  if (!json) for (const [name, result] of Object.entries(results)) printTable(name, result);
  if (!json) for (const table of stance) for (const line of stanceTableLines(table)) console.log(line);
  const stanceJson = Object.fromEntries(stance.map((t) => [t.task, t.rows]));
  if (json)
    console.log(JSON.stringify({ ...results, ...stanceJson, ...(questions ? { questions } : {}) }, null, 2));
  return missing > 0 ? 1 : 0;
}

/** Several modules may score one gold set (one per category); their systems and categories merge. */
function merge(into: DatasetResult, more: DatasetResult): DatasetResult {
  const out: DatasetResult = { ...into };
  for (const [system, categories] of Object.entries(more))
    out[system] = { ...(out[system] ?? {}), ...categories };
  return out;
}

function printTable(name: string, result: DatasetResult): void {
  console.log(`\n## ${name}`);
  const categories = [...new Set(Object.values(result).flatMap((r) => Object.keys(r)))];
  console.log(['system'.padEnd(22), ...categories.map((c) => c.padStart(16))].join(' '));
  for (const [system, byCategory] of Object.entries(result)) {
    const cells = categories.map((c) => {
      const s = byCategory[c];
      return (s ? `${s.p.toFixed(2)}/${s.r.toFixed(2)}/${s.f1.toFixed(2)}` : '-').padStart(16);
    });
    console.log([system.padEnd(22), ...cells].join(' '));
  }
  console.log('(cells: precision/recall/F1)');
}

process.exitCode = await main(process.argv.slice(2));
