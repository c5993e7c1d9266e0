import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { NerSpan } from '../peers/ner-system.js';
import { type GoldPerson, matchPeople } from './people-match.js';

const person = (start: number, end: number, entity: string): NerSpan => ({
  start,
  end,
  kind: 'person',
  entity,
});
const gold: GoldPerson[] = [
  {
    canonical: 'A',
    occurrences: [
      { start: 0, end: 5 },
      { start: 20, end: 25 },
    ],
  },
  { canonical: 'B', occurrences: [{ start: 40, end: 45 }] },
];

describe('matchPeople (the seed gold people rule)', () => {
  it('counts found people and entities that match no one', () => {
    const m = matchPeople([person(0, 5, 'a'), person(21, 24, 'a'), person(60, 65, 'c')], gold);
    assert.deepEqual(m.people, { tp: 1, fp: 1, fn: 1 });
    assert.deepEqual(m.grouping, { tp: 1, fp: 0, fn: 1 });
  });

  it('marks a person split over two keys as badly grouped but still found', () => {
    const m = matchPeople([person(0, 5, 'a1'), person(20, 25, 'a2'), person(40, 45, 'b')], gold);
    assert.deepEqual(m.people, { tp: 2, fp: 0, fn: 0 });
    assert.deepEqual(m.grouping, { tp: 1, fp: 2, fn: 1 });
  });

  it('marks two people merged under one key as badly grouped', () => {
    const m = matchPeople([person(0, 5, 'x'), person(40, 45, 'x')], gold);
    assert.deepEqual(m.grouping, { tp: 0, fp: 1, fn: 2 });
  });

  it('ignores mentions of other kinds', () => {
    const m = matchPeople([{ start: 0, end: 5, kind: 'place', entity: 'place:a' }], gold);
    assert.deepEqual(m.people, { tp: 0, fp: 0, fn: 2 });
  });
});
