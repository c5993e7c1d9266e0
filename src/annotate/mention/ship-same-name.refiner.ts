import type { Refiner } from './candidate.js';

/**
 * A name a document gives a ship ("the cruiser Moskva") names that ship wherever else the
 * document uses it ("the Moskva was hit"), not the place or person the words could also be.
 */
export const shipSameNameRefiner: Refiner = (_ctx, candidates) => {
  const ships = new Set(candidates.filter((c) => c.rule === 'equipment:ship-noun').map((c) => c.name));
  if (ships.size === 0) return [...candidates];
  return candidates.map((c) =>
    c.kind !== 'equipment' && ships.has(c.name)
      ? { start: c.start, end: c.end, kind: 'equipment', name: c.name, rule: 'equipment:ship-same-name' }
      : c,
  );
};
