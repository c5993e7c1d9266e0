import { hasShared, sharedPath } from '../../core/index.js';
import type { StanceTask } from '../../resolve/stance/index.js';
import { predictDev, type StanceRow, stanceFigures } from './evaluate.js';
import { stanceNeeds } from './sets.js';

/**
 * Published figures, quoted as reference rows (never computed here). They are on each set's test
 * part, which is kept aside; sitrep's own figure is computed on the dev part of the public
 * training data, here and now.
 */
const published: Record<StanceTask, readonly StanceRow[]> = {
  emergent: [
    { system: 'published: Ferreira & Vlachos 2016 (test)', published: true, figures: { accuracy: 0.73 } },
    { system: 'published: majority class (test)', published: true, figures: { accuracy: 0.469 } },
  ],
  fnc1: [
    { system: 'published: official baseline (test)', published: true, figures: { 'FNC score': 0.752 } },
    {
      system: 'published: winner SOLAT in the SWEN (test)',
      published: true,
      figures: { 'FNC score': 0.8202, 'macro-F1': 0.578 },
    },
  ],
};

export const stanceEvalTasks: readonly StanceTask[] = ['emergent', 'fnc1'];

export interface StanceTable {
  readonly task: StanceTask;
  readonly rows: readonly StanceRow[];
}

/** sitrep's figures on the dev part beside the published ones; undefined when the set is absent. */
export function runStanceEval(task: StanceTask): StanceTable | undefined {
  if (!hasShared(stanceNeeds[task])) {
    console.error(`eval: ${task}: ${sharedPath(stanceNeeds[task])} is missing; skipped`);
    return undefined;
  }
  const { gold, predicted } = predictDev(task);
  const own: StanceRow = {
    system: 'sitrep (dev part)',
    published: false,
    figures: stanceFigures(task, gold, predicted),
  };
  return { task, rows: [own, ...published[task]] };
}

/** The table as printed lines: one column per figure, '-' where a row has none. */
export function stanceTableLines(table: StanceTable): string[] {
  const columns = [...new Set(table.rows.flatMap((r) => Object.keys(r.figures)))];
  const cell = (x: number | undefined, column: string): string =>
    x === undefined ? '-' : column === 'pairs' ? String(x) : x.toFixed(4);
  return [
    `\n## ${table.task} (stance)`,
    ['system'.padEnd(46), ...columns.map((c) => c.padStart(10))].join(' '),
    ...table.rows.map((r) =>
      [r.system.padEnd(46), ...columns.map((c) => cell(r.figures[c], c).padStart(10))].join(' '),
    ),
    '(rows headed "published" are quoted from the papers, on the held-out test part; sitrep is scored here on dev)',
  ];
}
