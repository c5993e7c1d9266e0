import { findAll, loadBelarusGold } from '../gold/belarus.js';
import { compromiseNer } from '../peers/compromise-ner.js';
import { type NerSystem, sitrepNer } from '../peers/ner-system.js';
import { winkNer } from '../peers/wink-ner.js';
import { type DatasetResult, type EvalDataset, Tally } from '../prf.js';
import { type GoldPerson, matchPeople } from './people-match.js';

const systems: Record<string, NerSystem> = {
  sitrep: sitrepNer,
  compromise: compromiseNer,
  'wink-nlp': winkNer,
};

/**
 * People in the seed gold (the gold file's `scoring`): per document the set of canonical persons
 * found, and whether their mentions are grouped one key per person. A system that reports no person
 * at all (wink-nlp's light model has no person type) gets no cell rather than a zero.
 */
export const belarusPeople: EvalDataset = {
  name: 'belarus-2022-12',
  needs: 'gold/belarus-2022-12.json',
  run: async () => {
    const entries = loadBelarusGold().filter((e) => e.gold.people.length > 0);
    const result: DatasetResult = {};
    for (const [name, system] of Object.entries(systems)) {
      const people = new Tally();
      const grouping = new Tally();
      let any = false;
      for (const e of entries) {
        const gold: GoldPerson[] = e.gold.people.map((p) => ({
          canonical: p.canonical,
          occurrences: p.surfaces.flatMap((s) => findAll(e.text, s)),
        }));
        const predicted = system(e.text);
        any ||= predicted.some((p) => p.kind === 'person');
        const m = matchPeople(predicted, gold);
        people.add(m.people.tp, m.people.fp, m.people.fn);
        grouping.add(m.grouping.tp, m.grouping.fp, m.grouping.fn);
      }
      if (any) result[name] = { people: people.score(), 'people-grouping': grouping.score() };
    }
    return result;
  },
};
