import type { Span } from '../../core/index.js';
import type { NerSpan } from '../peers/ner-system.js';

/** One gold person of one document: every occurrence of every surface form used for them. */
export interface GoldPerson {
  readonly canonical: string;
  readonly occurrences: readonly Span[];
}

export interface Counts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

const overlap = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/**
 * The seed gold's people rule, for one document. `people`: a gold person is found when a predicted
 * person mention overlaps any of its occurrences; a predicted person (an entity key) that overlaps
 * no gold person is a false positive. `grouping`: a found person is grouped right when all its
 * covered occurrences fall in one predicted entity and that entity covers no other gold person;
 * predicted entities covering gold people beyond the rightly grouped ones are false positives.
 */
export function matchPeople(
  predicted: readonly NerSpan[],
  gold: readonly GoldPerson[],
): { people: Counts; grouping: Counts } {
  const persons = predicted.filter((p) => p.kind === 'person');
  const entities = new Set(persons.map((p) => p.entity));
  const goldOf = new Map<string, Set<number>>();
  const entitiesOf: Set<string>[] = gold.map(() => new Set<string>());
  gold.forEach((g, gi) => {
    for (const p of persons) {
      if (!g.occurrences.some((o) => overlap(o, p))) continue;
      entitiesOf[gi]?.add(p.entity);
      const set = goldOf.get(p.entity) ?? new Set<number>();
      set.add(gi);
      goldOf.set(p.entity, set);
    }
  });
  const found = entitiesOf.filter((s) => s.size > 0).length;
  const unmatched = [...entities].filter((e) => !goldOf.has(e)).length;
  const grouped = entitiesOf.filter((s) => {
    const [only] = [...s];
    return s.size === 1 && only !== undefined && goldOf.get(only)?.size === 1;
  }).length;
  return {
    people: { tp: found, fp: unmatched, fn: gold.length - found },
    grouping: { tp: grouped, fp: goldOf.size - grouped, fn: gold.length - grouped },
  };
}
