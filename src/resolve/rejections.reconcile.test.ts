import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { memoryCorpus } from './memory-corpus.js';
import { reconcile } from './reconcile.js';
import { claimKey, REJECT_CLAIM } from './rejections.js';
import type { Reconciliation } from './types.js';
import { UNDO } from './undo.js';

/** Three outlets, two figures that disagree and two statements of one denial. */
const corpus = memoryCorpus([
  { text: 'Russia has sent 9,000 troops to Belarus, the defence ministry said on Monday.', outlet: 'Alpha' },
  { text: 'Officials said Russia had sent 4,000 troops to Belarus last week.', outlet: 'Beta' },
  { text: 'Some 9,000 Russian troops are now stationed in Belarus, the border guard said.', outlet: 'Gamma' },
  { text: 'Minsk denied that any new Russian airbase was being built near the border.', outlet: 'Alpha' },
  { text: 'A new Russian airbase is being built near the border, the opposition said.', outlet: 'Beta' },
]);

const keysIn = (r: Reconciliation): string[] => [
  ...r.clusters.flatMap((c) => c.claims.map(claimKey)),
  ...r.conflicts.flatMap((c) => [claimKey(c.a), claimKey(c.b)]),
];

describe('reconcile with a rejected claim', () => {
  const before = reconcile(corpus);
  const cluster = before.clusters.find((c) => c.claims.length >= 2 && c.claims.some((x) => x.claim >= 0));
  const victim = cluster?.claims.find((x) => x.claim >= 0);

  it('finds a cluster of several claims to work on', () => {
    assert.ok(cluster && victim, JSON.stringify(before.clusters.map((c) => c.label)));
  });

  it('leaves the claim out of every cluster, conflict and origin count', () => {
    if (!cluster || !victim) return;
    const key = claimKey(victim);
    const after = reconcile(corpus, [{ id: 1, kind: REJECT_CLAIM, target: key, after: true }]);
    assert.ok(keysIn(before).includes(key));
    assert.ok(!keysIn(after).includes(key), `${key} still in ${keysIn(after).join(', ')}`);
    const remaining = cluster.claims.map(claimKey).filter((k) => k !== key);
    const left = after.clusters.find((c) => c.claims.some((x) => remaining.includes(claimKey(x))));
    // A figure's cluster keeps the other figures (in one cluster, or split where the rejected claim
    // was what joined them); a statement cluster needs two documents to stay.
    const afterKeys = new Set(after.clusters.flatMap((c) => c.claims.map(claimKey)));
    if (left) {
      for (const k of left.claims.map(claimKey)) assert.ok(remaining.includes(k), k);
      if (cluster.id.startsWith('q-')) for (const k of remaining) assert.ok(afterKeys.has(k), k);
    } else assert.ok(cluster.id.startsWith('s-') && new Set(remaining.map((k) => k.split(':')[0])).size < 2);
    assert.ok(
      after.clusters.flatMap((c) => c.claims).length < before.clusters.flatMap((c) => c.claims).length,
    );
  });

  it('puts the claim back when the rejection is undone, and ignores other decisions', () => {
    if (!victim) return;
    const reject = { id: 1, kind: REJECT_CLAIM, target: claimKey(victim), after: true };
    assert.deepEqual(reconcile(corpus, [reject, { id: 2, kind: UNDO, target: '1', after: null }]), before);
    const other = { id: 3, kind: REJECT_CLAIM, target: `${victim.document}:9999`, after: true };
    assert.deepEqual(reconcile(corpus, [other]), before);
  });
});
