/** Disjoint sets over string ids, with path halving. */
export class UnionFind {
  private readonly parent = new Map<string, string>();

  find(x: string): string {
    let p = this.parent.get(x) ?? x;
    if (p === x) {
      this.parent.set(x, x);
      return x;
    }
    while (p !== (this.parent.get(p) ?? p)) {
      const grand = this.parent.get(this.parent.get(p) ?? p) ?? p;
      this.parent.set(p, grand);
      p = grand;
    }
    this.parent.set(x, p);
    return p;
  }

  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }

  groups(ids: Iterable<string>): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const id of ids) {
      const root = this.find(id);
      const list = out.get(root);
      if (list) list.push(id);
      else out.set(root, [id]);
    }
    return out;
  }
}
