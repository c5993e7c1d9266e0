/**
 * The exponent k of t = c * n^k that fits the points best (least squares on the logarithms):
 * 1 is linear, 2 quadratic. Undefined with fewer than two sizes or a time that is not positive.
 */
export function growthExponent(
  points: readonly { readonly n: number; readonly t: number }[],
): number | undefined {
  if (points.length < 2 || points.some((p) => p.n <= 0 || p.t <= 0)) return undefined;
  const xs = points.map((p) => Math.log(p.n));
  const ys = points.map((p) => Math.log(p.t));
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  xs.forEach((x, i) => {
    sxy += (x - mx) * ((ys[i] ?? 0) - my);
    sxx += (x - mx) ** 2;
  });
  return sxx === 0 ? undefined : sxy / sxx;
}
