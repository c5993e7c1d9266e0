import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import type { Question } from '../../assess/question/index.js';
import type { CorpusDocument } from '../../resolve/types.js';
import type { Store } from '../../store/index.js';
import { ExitCode } from '../exit-codes.js';
import { type Io, printJson } from '../io.js';
import { DB_HELP, DEFAULT_DB, withStore } from '../store-option.js';

/** Reads and checks a question file; prints one line per problem (file:line: ...) and returns undefined. */
async function loadQuestion(path: string, io: Io): Promise<Question | undefined> {
  const { parseQuestion } = await import('../../assess/question/index.js');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    io.err(`error: ${path}:1: cannot read the question file (${(e as Error).message}) [E_QUESTION_FILE]`);
    return undefined;
  }
  const parsed = parseQuestion(text, path);
  if (parsed.ok) return parsed.question;
  for (const e of parsed.errors) io.err(`error: ${e.message} [E_QUESTION_FILE]`);
  return undefined;
}

async function runAssessment(store: Store, question: Question) {
  const { loadCorpus } = await import('../../jobs/load-corpus.js');
  const { assess } = await import('../../assess/index.js');
  const { reconcileCollection } = await import('../../jobs/reconcile-collection.js');
  const corpus = await loadCorpus(store);
  const { decisions, reconciliation } = await reconcileCollection(store, corpus);
  return { corpus, assessment: assess(question, corpus, reconciliation, decisions) };
}

const labelOf = (cd: CorpusDocument): string => basename(cd.doc.origin);

export function assessCommands(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('assess')
    .description('assess a watch question: indicator board, ACH matrix, bottom lines and forecast')
    .argument('<question>', 'the watch question file (YAML)')
    .option('--db <file>', DB_HELP, DEFAULT_DB)
    .option('--json', 'print { question, indicators, matrix, bottomLines, forecast } as JSON')
    .option('--evidence <n>', 'evidence sentences shown per indicator in the text view', '3')
    .action(async (path: string, flags: { db: string; json?: boolean; evidence: string }) => {
      const question = await loadQuestion(path, io);
      if (!question) return setExit(ExitCode.usage);
      await withStore(flags, async (store) => {
        const { assessmentText } = await import('../../assess/render/assessment-text.js');
        const { corpus, assessment } = await runAssessment(store, question);
        if (flags.json) return printJson(io, assessment);
        const labels = new Map(corpus.map((cd) => [cd.doc.id, { label: labelOf(cd), text: cd.doc.text }]));
        for (const line of assessmentText(assessment, labels, Number(flags.evidence) || 3)) io.out(line);
      });
    });

  const decide = program.command('decide').description('record an analyst decision (it always wins)');
  decide
    .command('ach-cell')
    .description('set the grade of one ACH matrix cell: CC, C, N, I or II (or "very inconsistent" ...)')
    .argument('<evidence>', 'the evidence item id (an indicator id, or not-<indicator id>)')
    .argument('<hypothesis>', 'the hypothesis id')
    .argument('<grade>', 'CC | C | N | I | II')
    .option('--who <name>', 'who decides', process.env.USER ?? 'analyst')
    .option('--question <file>', 'check the ids against this question file and record the grade it replaces')
    .option('--note <text>', 'why')
    .option('--db <file>', DB_HELP, DEFAULT_DB)
    .action(async (evidence: string, hypothesis: string, input: string, flags: DecideFlags) => {
      const { ACH_CELL, cellTarget, parseGrade } = await import('../../assess/index.js');
      const grade = parseGrade(input);
      if (!grade) {
        io.err(`error: unknown grade "${input}" (expected CC, C, N, I or II) [E_USAGE]`);
        return setExit(ExitCode.usage);
      }
      const question = flags.question ? await loadQuestion(flags.question, io) : undefined;
      if (flags.question && !question) return setExit(ExitCode.usage);
      const unknown = question ? unknownIds(question, evidence, hypothesis) : [];
      for (const reason of unknown) io.err(`error: ${reason} [E_USAGE]`);
      if (unknown.length > 0) return setExit(ExitCode.usage);
      const target = cellTarget(evidence, hypothesis);
      await withStore(flags, async (store) => {
        const before = await currentGrade(store, target, evidence, hypothesis, question);
        const d = await store.addDecision({
          who: flags.who,
          kind: ACH_CELL,
          target,
          before,
          after: grade,
          ...(flags.note ? { note: flags.note } : {}),
        });
        io.out(`recorded decision ${d.id}: ${target} ${before ?? '?'} -> ${grade} by ${d.who} at ${d.at}`);
      });
    });
}

interface DecideFlags {
  readonly who: string;
  readonly question?: string;
  readonly note?: string;
  readonly db: string;
}

function unknownIds(question: Question, evidence: string, hypothesis: string): string[] {
  const reasons: string[] = [];
  const ids = question.indicators.flatMap((i) => [i.id, `not-${i.id}`]);
  if (!ids.includes(evidence))
    reasons.push(`no evidence item "${evidence}" (expected an indicator id, or not-<id>)`);
  if (!question.hypotheses.some((h) => h.id === hypothesis)) {
    reasons.push(
      `no hypothesis "${hypothesis}" (expected ${question.hypotheses.map((h) => h.id).join(', ')})`,
    );
  }
  return reasons;
}

/** The grade a decision replaces: the last analyst grade, else the machine's suggestion. */
async function currentGrade(
  store: Store,
  target: string,
  evidence: string,
  hypothesis: string,
  question: Question | undefined,
): Promise<string | null> {
  const { ACH_CELL } = await import('../../assess/index.js');
  const previous = (await store.listDecisions(ACH_CELL)).filter((d) => d.target === target).pop();
  if (previous) return String(previous.after);
  if (!question) return null;
  const { assessment } = await runAssessment(store, question);
  const item = assessment.matrix.items.find((i) => i.id === evidence);
  return item?.cells.find((c) => c.hypothesis === hypothesis)?.grade ?? null;
}
