import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { modelPath } from '../../core/index.js';
import { goldFolders, readGoldFolder } from './gold-file.js';
import { type RelevanceData, relevanceData } from './relevance-data.js';
import {
  type Decision,
  type EvidenceScore,
  fitRelevance,
  leaveOneGoldOut,
  relevanceSettings,
  scoreWith,
} from './train-relevance.js';

const USAGE =
  'usage: npm run train:relevance -- --golds <dir>... [--write | --score <dir>...] [--decisions kept:added,...] [--cache <dir> [--fresh]]';

/**
 * Chosen by leaving one gold out: the model alone above -1.5; the rules' choice kept above -2.5 with
 * the model's above -1 added (best mean); the rules' choice with the model's above 0.5 added (the
 * best mean that is at or above grep on every development gold).
 */
const DECISIONS: readonly Decision[] = [
  { kept: -1.5, added: -1.5 },
  { kept: -2.5, added: -1 },
  { kept: Number.NEGATIVE_INFINITY, added: 0.5 },
];

const parseDecisions = (text: string): Decision[] =>
  text.split(',').map((pair) => {
    const [kept, added] = pair.split(':').map(Number);
    return { kept: kept ?? 0, added: added ?? kept ?? 0 };
  });

/**
 * `npm run train:relevance -- --golds <dir>...`: the learned relevance experiment of issue 11. Every
 * sentence a matcher path touches for an indicator (and every loose candidate: a cue as a substring, a
 * common word of the indicator's) is featurized without naming the question, and a logistic model
 * fitted on all golds but one scores the one left out. Prints, per gold, the candidates' recall
 * ceiling and evidence P/R/F1 of the rules, of each decision of the model, and of grep. With
 * `--score <dir>...`, a model fitted on all of `--golds` scores those golds instead (one row each).
 * Grep here reads the documents assess reads, without near-duplicate copies, so it can score below
 * the eval's grep row (which reads the copies too). With `--write`, a model fitted on all of `--golds`
 * is written to model/assess-relevance-model.json (what assess uses), and scores those golds.
 */
/** The folders listed after a flag, up to the next flag. */
function listAfter(args: readonly string[], flag: string): string[] {
  const out: string[] = [];
  for (let i = args.indexOf(flag) + 1; i > 0 && i < args.length && !args[i]?.startsWith('--'); i++)
    out.push(args[i] ?? '');
  return out;
}

/** Every gold under the folders, featurized (from `cache` when it holds them). */
async function readData(
  dirs: readonly string[],
  cache: string | undefined,
  fresh: boolean,
): Promise<RelevanceData[]> {
  const data: RelevanceData[] = [];
  for (const path of dirs.flatMap(goldFolders)) {
    const folder = readGoldFolder(path);
    if (typeof folder === 'string') throw new Error(`${path}: ${folder}`);
    const cached = cache ? join(cache, `${folder.name}.json`) : undefined;
    if (cached && existsSync(cached) && !fresh) {
      data.push(JSON.parse(readFileSync(cached, 'utf8')) as RelevanceData);
      continue;
    }
    const d = await relevanceData(folder);
    if (cached) writeFileSync(cached, JSON.stringify(d));
    data.push(d);
  }
  return data;
}

const MODEL = 'assess-relevance-model';

/** The decision assess takes: the model alone, above this logit (the first of `DECISIONS`). */
const THRESHOLD = -1.5;

/** Fits the model on every gold and writes it, with where it came from, for assess. */
function writeModel(data: readonly RelevanceData[]): void {
  const model = fitRelevance(data, relevanceSettings);
  const examples = data.flatMap((d) => d.examples);
  const file = {
    about:
      'Relevance of a candidate sentence to an indicator (evidence when the logit is above the threshold); ' +
      'written by npm run train:relevance -- --write',
    threshold: THRESHOLD,
    bias: model.bias,
    weights: Object.fromEntries(model.weights),
    trained: {
      examples: examples.length,
      positives: examples.filter((e) => e.groups.length > 0).length,
      split: `development golds: ${data.map((d) => d.gold).join(', ')}`,
    },
  };
  writeFileSync(modelPath(MODEL), `${JSON.stringify(file)}\n`);
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const dirs = listAfter(args, '--golds');
  if (dirs.length === 0) {
    console.error(USAGE);
    return 1;
  }
  const option = (name: string): string | undefined => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const data = await readData(dirs, option('--cache'), args.includes('--fresh'));
  const decisions = option('--decisions') ? parseDecisions(option('--decisions') ?? '') : DECISIONS;
  if (args.includes('--write')) {
    writeModel(data);
    console.log(`train: relevance: ${data.length} golds -> ${modelPath(MODEL)}`);
  }
  // Golds to score with a model fitted on all of --golds (held-out golds: aggregate rows only, never cached).
  const scored = listAfter(args, '--score');
  const rows =
    scored.length > 0 || args.includes('--write')
      ? scoreWith(
          data,
          scored.length > 0 ? await readData(scored, undefined, true) : data,
          decisions,
          relevanceSettings,
        )
      : leaveOneGoldOut(data, decisions, relevanceSettings);
  const f = (x: number) => x.toFixed(3);
  const prf = (s: EvidenceScore) => `${f(s.p)}/${f(s.r)}/${f(s.f1)}`;
  const names = decisions.map((d) => {
    if (d.kept === d.added) return `model>${d.added}`;
    return d.kept === Number.NEGATIVE_INFINITY ? `rules|>${d.added}` : `rules>${d.kept}|>${d.added}`;
  });
  console.log(
    [
      'gold'.padEnd(26),
      'ceiling',
      'rules P/R/F1'.padEnd(17),
      ...names.map((n) => n.padEnd(17)),
      'grep F1',
    ].join(' '),
  );
  for (const r of rows)
    console.log(
      [r.gold.padEnd(26), f(r.ceiling).padEnd(7), prf(r.rules), ...r.model.map(prf), f(r.grep.f1)].join(' '),
    );
  const mean = (pick: (r: (typeof rows)[number]) => number) =>
    f(rows.reduce((s, r) => s + pick(r), 0) / rows.length);
  console.log(
    [
      'mean F1'.padEnd(26),
      ''.padEnd(7),
      mean((r) => r.rules.f1).padStart(17),
      ...decisions.map((_, k) => mean((r) => r.model[k]?.f1 ?? 0).padStart(17)),
      mean((r) => r.grep.f1),
    ].join(' '),
  );
  return 0;
}

process.exitCode = await main();
