/** A small deterministic force layout (Fruchterman–Reingold): same graph in, same picture out. */

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface LayoutInput {
  /** A node's radius, when given, keeps other nodes from being drawn over it. */
  readonly nodes: readonly { readonly id: string; readonly radius?: number }[];
  readonly edges: readonly { readonly source: string; readonly target: string; readonly weight: number }[];
}

/** A number in [0, 1) from a string: the starting place of a node, so no layout depends on Math.random. */
const unit = (s: string, salt: number): number => {
  let h = 2166136261 ^ salt;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return ((h >>> 0) % 10007) / 10007;
};

/**
 * Places the nodes inside `width` × `height` (less a margin): edges pull (heavier ones a little
 * more), every pair pushes, and a weak pull to the centre keeps loose parts in view; at the end,
 * nodes that still overlap are pushed apart.
 */
export function forceLayout(
  graph: LayoutInput,
  width: number,
  height: number,
  iterations = 300,
  margin = 30,
): Map<string, Point> {
  const n = graph.nodes.length;
  const index = new Map(graph.nodes.map((node, i) => [node.id, i]));
  const xs = graph.nodes.map((node) => margin + unit(node.id, 1) * (width - 2 * margin));
  const ys = graph.nodes.map((node) => margin + unit(node.id, 2) * (height - 2 * margin));
  const links = graph.edges.flatMap((e) => {
    const a = index.get(e.source);
    const b = index.get(e.target);
    return a === undefined || b === undefined || a === b
      ? []
      : [[a, b, 1 + 0.3 * Math.log2(e.weight)] as const];
  });
  const k = Math.sqrt(((width - 2 * margin) * (height - 2 * margin)) / Math.max(1, n)) * 0.8;
  let temperature = width / 8;
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  for (let step = 0; step < iterations; step++) {
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const ddx = (xs[i] ?? 0) - (xs[j] ?? 0) || 0.01;
        const ddy = (ys[i] ?? 0) - (ys[j] ?? 0) || 0.01;
        const d2 = ddx * ddx + ddy * ddy;
        const f = (k * k) / d2;
        dx[i] = (dx[i] ?? 0) + ddx * f;
        dy[i] = (dy[i] ?? 0) + ddy * f;
        dx[j] = (dx[j] ?? 0) - ddx * f;
        dy[j] = (dy[j] ?? 0) - ddy * f;
      }
    }
    for (const [a, b, w] of links) {
      const ddx = (xs[a] ?? 0) - (xs[b] ?? 0);
      const ddy = (ys[a] ?? 0) - (ys[b] ?? 0);
      const d = Math.sqrt(ddx * ddx + ddy * ddy) || 0.01;
      const f = (d * w) / k;
      dx[a] = (dx[a] ?? 0) - ddx * f;
      dy[a] = (dy[a] ?? 0) - ddy * f;
      dx[b] = (dx[b] ?? 0) + ddx * f;
      dy[b] = (dy[b] ?? 0) + ddy * f;
    }
    for (let i = 0; i < n; i++) {
      const gx = ((xs[i] ?? 0) - width / 2) * 0.02;
      const gy = ((ys[i] ?? 0) - height / 2) * 0.02;
      const mx = (dx[i] ?? 0) - gx * k * 0.05;
      const my = (dy[i] ?? 0) - gy * k * 0.05;
      const len = Math.sqrt(mx * mx + my * my) || 1;
      const move = Math.min(len, temperature);
      xs[i] = Math.min(width - margin, Math.max(margin, (xs[i] ?? 0) + (mx / len) * move));
      ys[i] = Math.min(height - margin, Math.max(margin, (ys[i] ?? 0) + (my / len) * move));
    }
    temperature = Math.max(0.5, temperature * 0.985);
  }
  separate(
    graph.nodes.map((node) => node.radius ?? 0),
    xs,
    ys,
    width,
    height,
    margin,
  );
  return new Map(graph.nodes.map((node, i) => [node.id, { x: xs[i] ?? 0, y: ys[i] ?? 0 }]));
}

/** Pushes overlapping circles apart (a few passes, each pair half each way), staying in the frame. */
function separate(
  radii: readonly number[],
  xs: number[],
  ys: number[],
  width: number,
  height: number,
  margin: number,
  gap = 3,
): void {
  for (let pass = 0; pass < 50; pass++) {
    let moved = false;
    for (let i = 0; i < radii.length; i++) {
      for (let j = i + 1; j < radii.length; j++) {
        const ddx = (xs[j] ?? 0) - (xs[i] ?? 0) || 0.01 * (j - i);
        const ddy = (ys[j] ?? 0) - (ys[i] ?? 0);
        const d = Math.sqrt(ddx * ddx + ddy * ddy);
        const need = (radii[i] ?? 0) + (radii[j] ?? 0) + gap;
        if (d >= need) continue;
        moved = true;
        const push = (need - d) / 2 / (d || 1);
        xs[i] = Math.min(width - margin, Math.max(margin, (xs[i] ?? 0) - ddx * push));
        ys[i] = Math.min(height - margin, Math.max(margin, (ys[i] ?? 0) - ddy * push));
        xs[j] = Math.min(width - margin, Math.max(margin, (xs[j] ?? 0) + ddx * push));
        ys[j] = Math.min(height - margin, Math.max(margin, (ys[j] ?? 0) + ddy * push));
      }
    }
    if (!moved) return;
  }
}
