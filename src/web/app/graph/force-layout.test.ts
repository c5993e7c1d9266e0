import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forceLayout } from './force-layout.js';

const distance = (a: { x: number; y: number } | undefined, b: { x: number; y: number } | undefined) =>
  a && b ? Math.hypot(a.x - b.x, a.y - b.y) : Number.NaN;

/** Two stars of five leaves each, joined by one edge between their hubs. */
const stars = {
  nodes: ['a', 'b']
    .flatMap((hub) => [hub, ...[1, 2, 3, 4, 5].map((i) => `${hub}${i}`)])
    .map((id) => ({ id })),
  edges: [
    ...['a', 'b'].flatMap((hub) =>
      [1, 2, 3, 4, 5].map((i) => ({ source: hub, target: `${hub}${i}`, weight: 1 })),
    ),
    { source: 'a', target: 'b', weight: 1 },
  ],
};

describe('force layout', () => {
  it('keeps every node inside the frame, less the margin', () => {
    const at = forceLayout(stars, 400, 300, 200, 20);
    assert.equal(at.size, stars.nodes.length);
    for (const [id, p] of at) {
      assert.ok(p.x >= 20 && p.x <= 380, `${id} x ${p.x}`);
      assert.ok(p.y >= 20 && p.y <= 280, `${id} y ${p.y}`);
    }
  });

  it('puts a leaf nearer its own hub than the other hub', () => {
    const at = forceLayout(stars, 600, 400);
    for (const [hub, other] of [
      ['a', 'b'],
      ['b', 'a'],
    ] as const)
      for (const i of [1, 2, 3, 4, 5])
        assert.ok(
          distance(at.get(`${hub}${i}`), at.get(hub)) < distance(at.get(`${hub}${i}`), at.get(other)),
          `${hub}${i}`,
        );
  });

  it('gives the same picture for the same graph, and ignores edges to unknown nodes', () => {
    const withStray = { ...stars, edges: [...stars.edges, { source: 'a', target: 'nowhere', weight: 3 }] };
    assert.deepEqual([...forceLayout(stars, 500, 400)], [...forceLayout(withStray, 500, 400)]);
  });

  it('spreads unlinked nodes apart rather than stacking them', () => {
    const at = forceLayout({ nodes: [{ id: 'x' }, { id: 'y' }, { id: 'z' }], edges: [] }, 300, 300);
    const ps = [...at.values()];
    for (let i = 0; i < ps.length; i++)
      for (let j = i + 1; j < ps.length; j++) assert.ok(distance(ps[i], ps[j]) > 30, `${i}-${j}`);
  });

  it('draws no node over another when the nodes have a radius', () => {
    const big = { ...stars, nodes: stars.nodes.map((n, i) => ({ ...n, radius: i % 6 === 0 ? 22 : 8 })) };
    const at = forceLayout(big, 500, 300);
    for (const a of big.nodes)
      for (const b of big.nodes)
        if (a.id < b.id)
          assert.ok(distance(at.get(a.id), at.get(b.id)) >= a.radius + b.radius, `${a.id} and ${b.id}`);
  });
});
