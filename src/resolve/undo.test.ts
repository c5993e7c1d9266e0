import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DocumentId } from '../core/index.js';
import type { AnalystDecision } from './analyst-decision.js';
import { applyDecisions } from './decisions.js';
import type { EntityGroup } from './entity-group.js';
import { decisionsInForce, UNDO } from './undo.js';

const group = (key: string, ...names: string[]): EntityGroup => ({
  kind: 'person',
  key,
  members: names.map((name, i) => ({
    id: `${i}:${key}:${name}`,
    doc: i,
    document: `doc${i}` as DocumentId,
    kind: 'person',
    mentions: [],
    names: new Map([[name, 1]]),
    roles: new Set<string>(),
    expansions: new Set<string>(),
    countries: new Set<string>(),
  })),
  evidence: [],
});

const merge = (id: number): AnalystDecision => ({
  id,
  kind: 'merge',
  target: 'Lukashenko',
  after: 'Lukashenka',
});
const undo = (id: number, of: number): AnalystDecision => ({
  id,
  kind: UNDO,
  target: String(of),
  after: null,
});
const keys = (groups: readonly EntityGroup[]) => groups.map((g) => g.key).sort();

describe('undo of analyst decisions', () => {
  const groups = [
    group('p1', 'Lukashenko'),
    group('p2', 'Lukashenka'),
    group('p3', 'Khrenin', 'Viktor Khrenin'),
  ];
  const idOf = (g: EntityGroup) => g.key;

  it('a merge joins two groups; undoing it keeps them apart; undoing the undo joins them again', () => {
    assert.equal(applyDecisions(groups, [merge(1)], idOf).length, 2);
    assert.deepEqual(keys(applyDecisions(groups, [merge(1), undo(2, 1)], idOf)), ['p1', 'p2', 'p3']);
    assert.equal(applyDecisions(groups, [merge(1), undo(2, 1), undo(3, 2)], idOf).length, 2);
  });

  it('a split undone leaves the group whole', () => {
    const split: AnalystDecision = { id: 7, kind: 'split', target: 'p3', after: { alias: 'Khrenin' } };
    assert.equal(applyDecisions(groups, [split], idOf).length, 4);
    assert.equal(applyDecisions(groups, [split, undo(8, 7)], idOf).length, 3);
  });

  it('an undo naming an unknown id, or decisions without ids, change nothing', () => {
    assert.equal(applyDecisions(groups, [merge(1), undo(2, 99)], idOf).length, 2);
    const anonymous = { kind: 'merge', target: 'p1', after: 'p2' };
    assert.deepEqual(decisionsInForce([anonymous, { kind: UNDO, target: 'undefined' }]), [anonymous]);
  });

  it('keeps the order of the decisions in force and drops the undos themselves', () => {
    const list = [merge(1), merge(2), undo(3, 1), merge(4)];
    assert.deepEqual(
      decisionsInForce(list).map((d) => d.id),
      [2, 4],
    );
  });
});
