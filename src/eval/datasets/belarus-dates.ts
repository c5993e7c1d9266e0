import { timeStage } from '../../annotate/stages/time.stage.js';
import { sharedPath } from '../../core/index.js';
import { collectArticles } from '../../ingest/index.js';
import { type Dated, referenceDates } from '../../jobs/reference-date.js';
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
 * Every system gets the reference sitrep itself uses (`referenceDates` in jobs/): the document's
 * published day from ingest's metadata (sources.json, else the inferred "not before" day), else the
 * latest day of the documents gathered in the same folder. Cells per system:
 * - `dates`: that reference; predictions overlapping no gold date are not counted (the gold lists
 *   key expressions only);
 * - `dates-all`: the same, with every prediction counted;
 * - `dates-own-ref`: only the document's own (stated or inferred) day, no folder fallback.
 */
export const belarusDates: EvalDataset = {
  name: 'belarus-2022-12',
  needs: 'gold/belarus-2022-12.json',
  run: async () => {
    const entries = loadBelarusGold().filter((e) => e.gold.dates.length > 0);
    const meta = await corpusMetadata();
    const refs = referenceDates(meta);
    const published = (e: BelarusGoldEntry) => meta.find((m) => m.origin.endsWith(`/${e.file}`));
    const own = entries.map((e) => {
      const p = published(e)?.published;
      return p?.precision === 'day' ? p.value : undefined;
    });
    const system = entries.map((e) => {
      const m = published(e);
      return m ? refs.get(m) : undefined;
    });
    const result: DatasetResult = {};
    for (const [name, run] of Object.entries(systems)) {
      result[name] = {
        dates: tally(entries, (i) => system[i], run, true),
        'dates-all': tally(entries, (i) => system[i], run, false),
        'dates-own-ref': tally(entries, (i) => own[i], run, true),
      };
    }
    return result;
  },
};

/** Each corpus file's origin and publication date exactly as ingest reads them. */
async function corpusMetadata(): Promise<Dated[]> {
  const out: Dated[] = [];
  for await (const o of collectArticles([sharedPath('corpus', 'belarus-2022-12')])) {
    if (o.ok)
      out.push({
        origin: o.article.origin,
        ...(o.article.meta.published ? { published: o.article.meta.published } : {}),
      });
  }
  return out;
}

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
