import type { Refiner } from './candidate.js';

const SHAPE_ONLY = new Set(['person:shape', 'person:known']);

/** A person reading that rests on the shape of the words alone (no given name, title or cue). */
export const isShapeOnlyPerson = (rule: string): boolean => SHAPE_ONLY.has(rule);

/**
 * A name a document writes after an article ("the Nord Stream pipeline") names an organisation or
 * a thing wherever else the document uses it ("Nord Stream said"), not a person: a person's name
 * takes no article, and a document gives one name one bearer.
 */
export const thingSameNameRefiner: Refiner = (_ctx, candidates) => {
  const things = new Set(candidates.filter((c) => c.rule === 'organisation:determiner').map((c) => c.name));
  if (things.size === 0) return [...candidates];
  return candidates.map((c) =>
    c.kind === 'person' && isShapeOnlyPerson(c.rule) && things.has(c.name)
      ? {
          start: c.start,
          end: c.end,
          kind: 'organisation',
          name: c.name,
          rule: 'organisation:determiner-same-name',
        }
      : c,
  );
};
