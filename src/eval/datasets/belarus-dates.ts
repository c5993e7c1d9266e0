import { timeStage } from '../../annotate/stages/time.stage.js';
import { inferReference } from '../../annotate/time/infer-reference.js';
import { type BelarusGoldEntry, findAll, loadBelarusGold } from '../gold/belarus.js';
import { chronoNaive } from '../peers/chrono-naive.js';
import { recognizersDate } from '../peers/recognizers-date.js';
import { type DatasetResult, type EvalDataset, type Score, Tally } from '../prf.js';
import { type GoldTime, matchTimes, type PredictedTime } from './time-match.js';

type System = (text: string, reference: string | undefined) => readonly PredictedTime[];

const systems: Record<string, System> = {
  sitrep: (text, reference) =>
    timeStage.run(text, {}, reference ? { referenceDate: reference } : {}).times ?? [],
  'chrono-node': chronoNaive,
  'recognizers-text': recognizersDate,
};

/**
 * Dates in the seed gold: span overlap and equal normalized value (the gold file's `scoring`).
 * Reference: the published date from sources.json, else the "not before" date inferred from the
 * text (`inferReference`, what ingest does), else none. Three cells per system:
 * - `dates`: that reference; predictions overlapping no gold date are not counted (the gold lists
 *   key expressions only);
 * - `dates-all`: the same, with every prediction counted;
 * - `dates-batch-ref`: documents with no date of their own take the latest reference of the
 *   collection (they were gathered together), else as `dates`.
 */
export const belarusDates: EvalDataset = {
  name: 'belarus-2022-12',
  needs: 'gold/belarus-2022-12.json',
  run: async () => {
    const entries = loadBelarusGold().filter((e) => e.gold.dates.length > 0);
    const own = entries.map((e) => e.published ?? inferReference(e.text));
    const batch = own
      .filter((r): r is string => r !== undefined)
      .sort()
      .at(-1);
    const result: DatasetResult = {};
    for (const [name, system] of Object.entries(systems)) {
      result[name] = {
        dates: tally(entries, (i) => own[i], system, true),
        'dates-all': tally(entries, (i) => own[i], system, false),
        'dates-batch-ref': tally(entries, (i) => own[i] ?? batch, system, true),
      };
    }
    return result;
  },
};

function tally(
  entries: readonly BelarusGoldEntry[],
  referenceOf: (i: number) => string | undefined,
  system: System,
  keyOnly: boolean,
): Score {
  const t = new Tally();
  entries.forEach((e, i) => {
    const gold: GoldTime[] = e.gold.dates.map((d) => ({ spans: findAll(e.text, d.text), value: d.value }));
    const { tp, fp, fn } = matchTimes(system(e.text, referenceOf(i)), gold, keyOnly);
    t.add(tp, fp, fn);
  });
  return t.score();
}
