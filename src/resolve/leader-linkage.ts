import { UnionFind } from './union-find.js';

/**
 * Groups joined by leader linkage: each group has a leader (its first member, or the larger
 * group's leader after a merge), and two groups join only when the pair that links them matches
 * and their leaders match as well. Single links chain at scale (A like B, B like C, so A with C:
 * a credit line, a speech and a talk-show line in one group); here a member is never further
 * from its leader than the groups it came with, so no chain runs through a collection. Linear in
 * the pairs compared, like single linkage.
 */
export class LeaderLinkage<T extends { readonly id: string }> {
  private readonly sets = new UnionFind();
  private readonly leaders = new Map<string, T>();
  private readonly sizes = new Map<string, number>();
  private readonly refused = new Set<string>();

  together(a: T, b: T): boolean {
    return this.sets.find(a.id) === this.sets.find(b.id);
  }

  private leaderOf(x: T, root: string): T {
    return this.leaders.get(root) ?? x;
  }

  /**
   * Joins the groups of `a` and `b` when the pair matches and their leaders match too; `kind`
   * names the test `match` applies (two leaders refused once under it are not tried again). A
   * bond joins without the leaders' match: `alone` when one side is alone (a denial and what it
   * denies), `always` whatever the sides (two sides blaming each other).
   */
  join(
    a: T,
    b: T,
    kind: string,
    match: (x: T, y: T) => boolean,
    bond: 'none' | 'alone' | 'always' = 'none',
  ): boolean {
    const [ra, rb] = [this.sets.find(a.id), this.sets.find(b.id)];
    if (ra === rb) return true;
    const [la, lb] = [this.leaderOf(a, ra), this.leaderOf(b, rb)];
    const [na, nb] = [this.sizes.get(ra) ?? 1, this.sizes.get(rb) ?? 1];
    const free = bond === 'always' || (bond === 'alone' && (na === 1 || nb === 1));
    const leaders = la === a && lb === b;
    const pair = `${kind}\u0000${la.id}\u0000${lb.id}`;
    if (!free && !leaders && this.refused.has(pair)) return false;
    if (!match(a, b)) return false;
    if (!free && !leaders && !match(la, lb)) {
      this.refused.add(pair);
      return false;
    }
    this.sets.union(a.id, b.id);
    const root = this.sets.find(a.id);
    this.leaders.set(root, nb > na ? lb : la);
    this.sizes.set(root, na + nb);
    return true;
  }

  groups(ids: Iterable<string>): Map<string, string[]> {
    return this.sets.groups(ids);
  }
}
