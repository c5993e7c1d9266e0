import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LeaderLinkage } from './leader-linkage.js';

/** Points on a line, alike when at most one apart: a chain under single links. */
const point = (n: number) => ({ id: String(n), n });
type Point = ReturnType<typeof point>;
const near = (a: Point, b: Point) => Math.abs(a.n - b.n) <= 1;

const groupsOf = (link: LeaderLinkage<Point>, points: readonly Point[]) =>
  [...link.groups(points.map((p) => p.id)).values()].map((g) => g.join(','));

describe('leader linkage', () => {
  const points = [0, 1, 2, 3, 4].map(point);

  it('forms no chain: a group takes a point only when its leader is alike too', () => {
    const link = new LeaderLinkage<Point>();
    for (let i = 0; i + 1 < points.length; i++)
      link.join(points[i] as Point, points[i + 1] as Point, 'near', near);
    assert.deepEqual(groupsOf(link, points), ['0,1', '2,3', '4']);
  });

  it('keeps the larger group’s leader when two groups merge', () => {
    const link = new LeaderLinkage<Point>();
    const [p0, p1, p2] = points as [Point, Point, Point];
    link.join(p1, p0, 'near', near);
    link.join(p1, p2, 'near', near);
    assert.deepEqual(groupsOf(link, points.slice(0, 3)), ['0,1,2']);
  });

  it('lets a bond (a denial and what it denies) join a lone member to any group', () => {
    const link = new LeaderLinkage<Point>();
    const [p0, p1, p2] = points as [Point, Point, Point];
    link.join(p0, p1, 'near', near);
    assert.equal(link.join(p1, p2, 'near', near), false);
    assert.equal(link.join(p1, p2, 'near', near, 'alone'), true);
    assert.deepEqual(groupsOf(link, points.slice(0, 3)), ['0,1,2']);
  });
});
